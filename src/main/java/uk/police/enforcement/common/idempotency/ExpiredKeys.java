package uk.police.enforcement.common.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import uk.police.enforcement.common.background.PeriodicTask;
import uk.police.enforcement.common.config.EnforcementConfig;
/**
 * Deletes Idempotency-Keys older than their retention, with the answers stored for them: those answers quote
 * the records they created, and must not outlive their purpose (nor a record's erasure). Every few minutes, a
 * few thousand rows per statement so that no delete holds locks for long; every instance may run it.
 */
@ApplicationScoped
public class ExpiredKeys {

    private static final Logger LOG = Logger.getLogger(ExpiredKeys.class);
    private static final long EVERY_MINUTES = 5;
    private static final int PER_STATEMENT = 5000;
    private static final String DELETE = """
            delete from idempotency_key where ctid in (
                select ctid from idempotency_key where created_at < now() - make_interval(secs => ?) limit ?)""";

    private final DataSource dataSource;
    private final EnforcementConfig config;
    private PeriodicTask purger;

    public ExpiredKeys(DataSource dataSource, EnforcementConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        // A failed round is tried again at the next; the keys only wait a little longer.
        purger = PeriodicTask.startRetrying("idempotency-key-purge", Duration.ofMinutes(1),
                Duration.ofMinutes(EVERY_MINUTES), LOG, "Could not delete expired Idempotency-Keys", this::purge);
    }

    void stop(@Observes ShutdownEvent event) {
        if (purger != null) {
            purger.stop();
        }
    }

    /** Deletes every expired key; returns how many. */
    public long purge() throws SQLException {
        long deleted = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setDouble(1, config.idempotency().retention().toSeconds());
            delete.setInt(2, PER_STATEMENT);
            int batch;
            do {
                batch = delete.executeUpdate();
                deleted += batch;
            } while (batch == PER_STATEMENT);
        }
        return deleted;
    }

}
