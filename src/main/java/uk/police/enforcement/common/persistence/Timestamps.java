package uk.police.enforcement.common.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
/**
 * Timestamps at PostgreSQL's precision (microseconds), so that what a create returns is exactly what a
 * later read returns; always shown in UTC.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** Now by the service's one clock (ClockProducer), at PostgreSQL's precision. */
    public static Instant at(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A timestamptz as a native query gives it (an Instant, an OffsetDateTime or a Timestamp), or null. */
    public static Instant instant(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        return value instanceof java.sql.Timestamp at ? at.toInstant() : (Instant) value;
    }
}
