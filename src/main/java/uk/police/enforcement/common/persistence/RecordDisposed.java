package uk.police.enforcement.common.persistence;

import java.time.Instant;
/** The record asked for was disposed of under MoPI review: its references are erased, its figures remain. */
public class RecordDisposed extends RuntimeException {

    private final Instant disposedAt;

    /** @param kind what the record is called in messages, e.g. "operation", "partner notice" */
    public RecordDisposed(String kind, Instant disposedAt) {
        super("This " + kind + " was disposed of under review on " + disposedAt
                + ": its references are erased and it can no longer be read or changed; the published figures still count it.",
                null, false, false);
        this.disposedAt = disposedAt;
    }

    public Instant disposedAt() {
        return disposedAt;
    }
}
