package uk.police.enforcement.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
/** Back-off: doubling from the initial delay up to the maximum, each wait between half and all of it. */
class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(24));

    @Test
    void eachFailureDoublesTheWaitWithinItsJitterUpToTheMaximum() {
        Random random = new Random(42);
        long[] full = { 5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560, 3600, 3600 };
        for (int failures = 1; failures <= full.length; failures++) {
            long ceiling = full[failures - 1] * 1000;
            for (int i = 0; i < 200; i++) {
                long wait = schedule.delayAfter(failures, random).toMillis();
                assertTrue(wait >= ceiling / 2 && wait <= ceiling, failures + " failures: " + wait + " ms");
            }
        }
        assertEquals(Duration.ofHours(1).toMillis(), schedule.delayAfter(1_000_000, new Random() {
            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        }).toMillis());
    }

    @Test
    void theJitterSpreadsReceiversComingBack() {
        Set<Long> waits = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            waits.add(schedule.delayAfter(3, random).toMillis());
        }
        assertTrue(waits.size() > 40, "distinct waits: " + waits.size());
    }
}
