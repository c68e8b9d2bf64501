package uk.police.enforcement.common.persistence;
/** A paging cursor this service did not issue for this list (or one that was altered). */
public class InvalidCursor extends RuntimeException {

    private final String parameter;

    public InvalidCursor() {
        this("cursor");
    }

    /** A cursor sent in the named query parameter ({@code cursor} for lists, {@code after} for the feed). */
    public InvalidCursor(String parameter) {
        super("not a cursor issued by this list", null, false, false);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
