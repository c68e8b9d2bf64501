package uk.police.enforcement.common.metrics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
/**
 * Business gauges read from the database when scraped (the backlog, breaching referrals, failing webhooks,
 * the feed's end): each is one SQL query answering one number, the same SQL its module answers with, run
 * at most once per {@link #MAX_AGE_NANOS} however often it is scraped and by however many scrapers, bounded
 * by a statement timeout, and NaN while the database cannot answer (the readiness check says why).
 */
@ApplicationScoped
public class DatabaseGauges {

    private static final Logger LOG = Logger.getLogger(DatabaseGauges.class);
    static final long MAX_AGE_NANOS = 10_000_000_000L;
    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final MeterRegistry meters;

    DatabaseGauges(DataSource dataSource, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.meters = meters;
    }

    /** Registers {@code name}, whose value is the first column of the first row {@code sql} answers. */
    public void register(String name, String description, String sql) {
        Reading reading = new Reading(name, sql);
        // Held strongly: a gauge otherwise keeps its object weakly and reads NaN once it is collected.
        Gauge.builder(name, reading, Reading::value).description(description).strongReference(true).register(meters);
    }

    private record Value(double value, long readAt) {
    }

    private final class Reading {
        private final String sql;
        private final String name;
        private final AtomicReference<Value> last = new AtomicReference<>();
        private volatile boolean failing;

        Reading(String name, String sql) {
            this.name = name;
            this.sql = sql;
        }

        double value() {
            Value known = last.get();
            long now = System.nanoTime();
            if (known != null && now - known.readAt() < MAX_AGE_NANOS) {
                return known.value();
            }
            Value read = new Value(read(), now);
            last.set(read);
            return read.value();
        }

        private double read() {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(TIMEOUT_SECONDS);
                try (ResultSet row = statement.executeQuery(sql)) {
                    double value = row.next() ? row.getDouble(1) : Double.NaN;
                    failing = false;
                    return value;
                }
            } catch (SQLException e) {
                if (!failing) {
                    LOG.warnf("Metric %s could not be read (SQLState %s); it is NaN until it can", name, e.getSQLState());
                }
                failing = true;
                return Double.NaN;
            }
        }
    }
}
