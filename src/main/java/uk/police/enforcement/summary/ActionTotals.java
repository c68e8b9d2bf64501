package uk.police.enforcement.summary;
/** The action figures of one group (or of everything in scope), and how many of its actions are OFFICIAL-SENSITIVE. */
record ActionTotals(long positiveWarrants, long negativeWarrants, long devicesSeized, long childrenSafeguarded,
        long personsArrested, long personsCharged, long actionsRecorded, long sensitiveActions) {

    static final ActionTotals NONE = new ActionTotals(0, 0, 0, 0, 0, 0, 0, 0);
}
