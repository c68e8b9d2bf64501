package uk.police.enforcement.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
/**
 * A clock a test can set, to check rules about "today" at chosen instants (e.g. around midnight in
 * GMT and in BST). Enabled only by test profiles that list it in getEnabledAlternatives().
 */
@Alternative
@Singleton
public class TestClock extends Clock {

    private volatile Instant now = Instant.now();

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
