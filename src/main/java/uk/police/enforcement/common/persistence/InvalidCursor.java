package uk.police.enforcement.common.persistence;
/** A paging cursor this service did not issue for this list (or one that was altered). */
public class InvalidCursor extends RuntimeException {

    public InvalidCursor() {
        super("not a cursor issued by this list", null, false, false);
    }
}
