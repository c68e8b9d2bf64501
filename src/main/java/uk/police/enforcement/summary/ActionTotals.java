package uk.police.enforcement.summary;
/** The action figures of one group (or of everything in scope). */
record ActionTotals(long positiveWarrants, long negativeWarrants, long devicesSeized, long childrenSafeguarded,
        long personsArrested, long personsCharged, long actionsRecorded) {

    static final ActionTotals NONE = new ActionTotals(0, 0, 0, 0, 0, 0, 0);
}
