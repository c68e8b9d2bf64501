package uk.police.enforcement.common.persistence;
/** No record of this kind has the id asked for (or the caller may not know that one exists). */
public class RecordNotFound extends RuntimeException {

    /** @param kind what the record is called in messages, e.g. "operation", "partner notice" */
    public RecordNotFound(String kind) {
        super("No " + kind + " has that id.", null, false, false);
    }
}
