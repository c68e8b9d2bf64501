package uk.police.enforcement.common.background;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one piece of background work on a daemon thread of its own, again a fixed delay after each run ends,
 * until stopped. The work handles its own failures: an exception it lets through ends the repetition.
 */
public final class PeriodicTask {

    private final ScheduledExecutorService scheduler;

    private PeriodicTask(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts {@code work} on thread {@code threadName}, first after {@code initialDelay}, then every {@code delay}. */
    public static PeriodicTask start(String threadName, Duration initialDelay, Duration delay, Runnable work) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(work, initialDelay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
        return new PeriodicTask(scheduler);
    }

    /** Stops the repetition and interrupts a run under way. */
    public void stop() {
        scheduler.shutdownNow();
    }
}
