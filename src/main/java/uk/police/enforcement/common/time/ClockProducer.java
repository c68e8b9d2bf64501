package uk.police.enforcement.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;
/**
 * The one clock of the service, so that rules about "now" and "today" can be tested at any instant.
 * Dates that users see ("today", a day's figures) are days in Europe/London.
 */
public class ClockProducer {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The day users mean at {@code instant}: its day in Europe/London. */
    public static LocalDate londonDay(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
