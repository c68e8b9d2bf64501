package uk.police.enforcement.webhook;

import java.time.Duration;
import java.util.random.RandomGenerator;

import uk.police.enforcement.common.config.EnforcementConfig;
/**
 * When a failed delivery is tried again: the initial delay doubled per failure up to the maximum, and a
 * random part ("equal jitter": between half and all of it) so that receivers coming back are not hit by
 * every instance at the same moment.
 */
record RetrySchedule(Duration initialDelay, Duration maxDelay, Duration horizon) {

    static RetrySchedule of(EnforcementConfig.Webhooks.Retry config) {
        return new RetrySchedule(config.initialDelay(), config.maxDelay(), config.horizon());
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    Duration delayAfter(int failures, RandomGenerator random) {
        long cap = maxDelay.toMillis();
        long base = initialDelay.toMillis();
        int doublings = Math.min(Math.max(failures - 1, 0), 40);
        long delay = base > cap >> doublings ? cap : Math.min(cap, base << doublings);
        long half = delay / 2;
        return Duration.ofMillis(half + (delay - half == 0 ? 0 : random.nextLong(delay - half + 1)));
    }
}
