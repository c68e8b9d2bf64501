package uk.police.enforcement.common.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
/**
 * Stopping at shutdown lets a round under way end as it would (its statements finish before the pool closes), then
 * no round starts; a round that does not end in time is interrupted rather than holding the shutdown up.
 */
class PeriodicTaskTest {

    @Test
    void stopLetsTheRoundUnderWayFinishAndStartsNoOther() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger rounds = new AtomicInteger();
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        PeriodicTask task = PeriodicTask.start("test-round", Duration.ZERO, Duration.ofMillis(1), () -> {
            rounds.incrementAndGet();
            started.countDown();
            try {
                Thread.sleep(300);
                finished.set(true);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        task.stop();
        assertTrue(finished.get(), "stop returned before the round under way ended");
        assertFalse(interrupted.get(), "the round under way was interrupted");
        int after = rounds.get();
        Thread.sleep(100);
        assertEquals(after, rounds.get(), "a round started after stop");
    }

    @Test
    void aRoundThatDoesNotEndInTimeIsInterrupted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        PeriodicTask task = PeriodicTask.start("test-stuck-round", Duration.ZERO, Duration.ofSeconds(1), () -> {
            started.countDown();
            try {
                Thread.sleep(PeriodicTask.ROUND_END_WAIT.multipliedBy(4).toMillis());
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        long begin = System.nanoTime();
        task.stop();
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the stuck round was not interrupted");
        assertTrue(System.nanoTime() - begin < PeriodicTask.ROUND_END_WAIT.multipliedBy(2).toNanos(),
                "stop waited past its bound");
    }
}
