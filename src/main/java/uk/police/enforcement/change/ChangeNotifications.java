package uk.police.enforcement.change;

import java.time.Duration;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import uk.police.enforcement.common.config.EnforcementConfig;
/**
 * Wakes long-polling feed readers and the webhook dispatcher when the feed's readable end moves, whichever
 * instance (or SQL session) wrote the change: one thread per instance reads {@link ChangeFeed#end()} every
 * {@value #WATCH_MILLIS} ms. A wake-up is only a hint to read the feed again; the feed query stays the truth,
 * and readers also look again every second, so a failed look delays an entry by a second at most.
 * <p>
 * Not LISTEN/NOTIFY: a transaction that NOTIFYs holds a database-wide lock from before its commit until
 * after it (PostgreSQL serialises notifying commits to keep the queue in commit order), so every writer's
 * commit, WAL flush included, would queue behind the others'. Measured with 32 clients inserting one row
 * per transaction: 4,800 commits per second without NOTIFY, 1,400 to 1,800 with it.
 */
@ApplicationScoped
public class ChangeNotifications {

    private static final Logger LOG = Logger.getLogger(ChangeNotifications.class);
    private static final int POLL_MILLIS = 1000;
    static final int WATCH_MILLIS = 50;

    private final ChangeFeed feed;
    private final Object signal = new Object();
    private long generation;
    private volatile boolean stopped;
    private Thread watcher;
    /** Bounds the worker threads that long polls hold; a request beyond it answers at once. */
    private final Semaphore waiting;

    public ChangeNotifications(ChangeFeed feed, EnforcementConfig config) {
        this.feed = feed;
        this.waiting = new Semaphore(config.changes().maxWaiting());
    }

    void start(@Observes StartupEvent event) {
        watcher = new Thread(this::watchUntilStopped, "change-feed-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        wakeAll();
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    /** Takes one of the long-poll places, if one is free; give it back with {@link #endWaiting}. */
    boolean startWaiting() {
        return waiting.tryAcquire();
    }

    void endWaiting() {
        waiting.release();
    }

    /** How many times the feed's end has moved so far; pass it to {@link #awaitAfter} to wait for the next. */
    public long generation() {
        synchronized (signal) {
            return generation;
        }
    }

    /** Waits until the feed's end moves after {@code seen}, {@code timeout} passes, or shutdown begins. */
    public void awaitAfter(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (signal) {
            while (generation == seen && !stopped) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return;
                }
                signal.wait(Math.max(1, remaining / 1_000_000));
            }
        }
    }

    private void wakeAll() {
        synchronized (signal) {
            generation++;
            signal.notifyAll();
        }
    }

    private void watchUntilStopped() {
        ChangeFeed.Position seen = null;
        while (!stopped) {
            try {
                ChangeFeed.Position end = feed.end();
                if (!end.equals(seen)) {
                    seen = end;
                    wakeAll();
                }
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!stopped) {
                    // Readers fall back to looking every second; look again shortly.
                    LOG.debugf("Change feed watcher could not read the feed's end (%s); trying again", e.getClass().getSimpleName());
                    sleepQuietly();
                }
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int pollMillis() {
        return POLL_MILLIS;
    }
}
