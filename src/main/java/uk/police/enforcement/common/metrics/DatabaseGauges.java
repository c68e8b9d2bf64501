package uk.police.enforcement.common.metrics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;

import uk.police.enforcement.common.background.PeriodicTask;
/**
 * Business gauges read from the database (the backlog, breaching referrals, failing webhooks, the feed's end):
 * each is one SQL query answering one number, or a count its module makes with the rule its API uses. A background task reads them
 * all every {@link #EVERY}, one connection at a time, each bounded by a statement timeout; a scrape only reads
 * the numbers last read, so it never waits for the database or takes a connection from requests. NaN while the
 * database cannot answer (the readiness check says why).
 */
@ApplicationScoped
public class DatabaseGauges {

    private static final Logger LOG = Logger.getLogger(DatabaseGauges.class);
    static final Duration EVERY = Duration.ofSeconds(10);
    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final MeterRegistry meters;
    private final List<Reading> readings = new CopyOnWriteArrayList<>();
    private PeriodicTask refresher;

    DatabaseGauges(DataSource dataSource, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.meters = meters;
    }

    /** Registers {@code name}, whose value is the first column of the first row {@code sql} answers. */
    public void register(String name, String description, String sql) {
        register(name, description, statement -> {
            try (ResultSet row = statement.executeQuery(sql)) {
                return row.next() ? row.getDouble(1) : Double.NaN;
            }
        });
    }

    /** Registers {@code name}, read by {@code count} (which brings its own transaction) at each refresh. */
    public void register(String name, String description, java.util.function.LongSupplier count) {
        register(name, description, statement -> count.getAsLong());
    }

    /** How a gauge's number is read, on the refresh's connection. */
    @FunctionalInterface
    private interface Source {
        double read(Statement statement) throws SQLException;
    }

    private synchronized void register(String name, String description, Source source) {
        Reading reading = new Reading(name, source);
        readings.add(reading);
        // Held strongly: a gauge otherwise keeps its object weakly and reads NaN once it is collected.
        Gauge.builder(name, reading, r -> r.value).description(description).strongReference(true).register(meters);
        if (refresher == null) {
            refresher = PeriodicTask.start("database-gauges", Duration.ofSeconds(1), EVERY, this::refresh);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (refresher != null) {
            refresher.stop();
        }
    }

    private void refresh() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            for (Reading reading : readings) {
                reading.read(statement);
            }
        } catch (SQLException e) {
            readings.forEach(reading -> reading.failed(e));
        } catch (RuntimeException e) {
            // The pool itself failing: read again next time (an exception would end the task).
            LOG.warnf("Business metrics could not be read (%s)", e.getClass().getSimpleName());
        }
    }

    private static final class Reading {
        private final String name;
        private final Source source;
        private volatile double value = Double.NaN;
        private volatile boolean failing;

        Reading(String name, Source source) {
            this.name = name;
            this.source = source;
        }

        void read(Statement statement) {
            try {
                value = source.read(statement);
                failing = false;
            } catch (SQLException e) {
                failed(e);
            } catch (RuntimeException e) {
                failed(new SQLException(e.getClass().getSimpleName(), (String) null));
            }
        }

        void failed(SQLException e) {
            if (!failing) {
                LOG.warnf("Metric %s could not be read (SQLState %s); it is NaN until it can", name, e.getSQLState());
            }
            failing = true;
            value = Double.NaN;
        }
    }
}
