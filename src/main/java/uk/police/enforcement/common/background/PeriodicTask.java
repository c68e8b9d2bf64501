package uk.police.enforcement.common.background;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

/**
 * Runs one piece of background work on a daemon thread of its own, again a fixed delay after each run ends,
 * until stopped. With {@link #start} the work handles its own failures (an exception it lets through ends the
 * repetition); with {@link #startRetrying} a failed round is logged once per outage and tried again.
 */
public final class PeriodicTask {

    /** A round of background work that may fail: the database away, a lock not granted in time. */
    @FunctionalInterface
    public interface Round {
        void run() throws SQLException;
    }

    /** How long {@link #stop} waits for a round under way. */
    static final Duration ROUND_END_WAIT = Duration.ofSeconds(5);

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

    /**
     * Starts {@code round} as {@link #start} does, a failed round simply tried again at the next: the first failure
     * of an outage is logged once, as a warning that says what could not be done ({@code couldNot}, e.g. "Could not
     * prune the change feed") and the failure's kind only, never a statement or a value; the first round that
     * succeeds after it is logged too. A round's own news (what it did) is the round's to log.
     */
    public static PeriodicTask startRetrying(String threadName, Duration initialDelay, Duration delay, Logger log,
            String couldNot, Round round) {
        AtomicBoolean failing = new AtomicBoolean();
        return start(threadName, initialDelay, delay, () -> {
            try {
                round.run();
                if (failing.getAndSet(false)) {
                    log.infof("%s: done again after failing", threadName);
                }
            } catch (SQLException | RuntimeException e) {
                if (!failing.getAndSet(true)) {
                    log.warnf("%s (%s); trying again every %s", couldNot, e instanceof SQLException sql
                            ? "SQLState " + sql.getSQLState() : e.getClass().getSimpleName(), delay);
                }
            }
        });
    }

    /**
     * Stops the repetition, letting a round under way finish for up to {@link #ROUND_END_WAIT} (each round is bounded
     * by its statements' timeouts) before interrupting it. Called at shutdown, before the connection pool closes: a
     * round cut off there failed with errors in the log of an orderly stop.
     */
    public void stop() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(ROUND_END_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
