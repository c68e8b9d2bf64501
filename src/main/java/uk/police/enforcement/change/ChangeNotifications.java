package uk.police.enforcement.change;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import uk.police.enforcement.common.config.EnforcementConfig;
/**
 * Wakes long-polling feed readers when any instance commits a change: the change_event trigger NOTIFYs on
 * channel {@value #CHANNEL}, and one thread per instance LISTENs on a connection of its own (outside the
 * pool, so it never takes a connection that requests need). A notification is only a hint to read the feed
 * again; the feed query stays the truth, and readers also look again every second, so a lost connection or
 * a horizon that moves without a notification delays an entry by a second at most.
 */
@ApplicationScoped
public class ChangeNotifications {

    static final String CHANNEL = "change_event";
    private static final Logger LOG = Logger.getLogger(ChangeNotifications.class);
    private static final int POLL_MILLIS = 1000;

    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private final Object signal = new Object();
    private long generation;
    private volatile boolean stopped;
    private Thread listener;
    /** Bounds the worker threads that long polls hold; a request beyond it answers at once. */
    private final Semaphore waiting;

    public ChangeNotifications(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password, EnforcementConfig config) {
        this.waiting = new Semaphore(config.changes().maxWaiting());
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        listener = new Thread(this::listenUntilStopped, "change-feed-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        wakeAll();
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** Takes one of the long-poll places, if one is free; give it back with {@link #endWaiting}. */
    boolean startWaiting() {
        return waiting.tryAcquire();
    }

    void endWaiting() {
        waiting.release();
    }

    /** How many notifications have arrived so far; pass it to {@link #awaitAfter} to wait for the next. */
    public long generation() {
        synchronized (signal) {
            return generation;
        }
    }

    /** Waits until a notification after {@code seen} arrives, {@code timeout} passes, or shutdown begins. */
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

    private void listenUntilStopped() {
        while (!stopped) {
            try (Connection connection = connect()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("listen " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] arrived = notifications.getNotifications(POLL_MILLIS);
                    if (arrived != null && arrived.length > 0) {
                        wakeAll();
                    }
                }
            } catch (SQLException e) {
                if (!stopped) {
                    // Readers fall back to looking every second; try again shortly.
                    LOG.debugf("Change feed listener lost its connection (%s); reconnecting", e.getSQLState());
                    sleepQuietly();
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(value -> properties.setProperty("user", value));
        password.ifPresent(value -> properties.setProperty("password", value));
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "enforcement-service change feed listener");
        return DriverManager.getConnection(url, properties);
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
