package uk.police.enforcement.common.persistence;
/** A conditional change to a record that has moved on since the client read it. */
public class VersionMismatch extends RuntimeException {

    private final long currentVersion;

    public VersionMismatch(long currentVersion) {
        super("The record is at version " + currentVersion, null, false, false);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
