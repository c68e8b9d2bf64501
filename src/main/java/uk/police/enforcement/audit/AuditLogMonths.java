package uk.police.enforcement.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import uk.police.enforcement.common.background.PeriodicTask;
/**
 * Keeps the s.62 log's coming months ready: the log is partitioned by month (V37), and this adds the partition of
 * the current month and of the next {@link #MONTHS_AHEAD} (audit_event_add_month), soon after start and then
 * hourly, so that entries are written to a month of their own. Attaching a month does not hold writers; the
 * statement gives up after {@link #LOCK_TIMEOUT} rather than queue behind a long transaction, and is tried
 * again at the next round (until then an entry would go to audit_event_other_months, never be refused).
 */
@ApplicationScoped
public class AuditLogMonths {

    private static final Logger LOG = Logger.getLogger(AuditLogMonths.class);
    static final int MONTHS_AHEAD = 2;
    private static final String LOCK_TIMEOUT = "1s";

    private final DataSource dataSource;
    private final Clock clock;
    private PeriodicTask task;

    public AuditLogMonths(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        // A failed round is tried again next hour; the months are made two ahead, and an entry is never refused.
        task = PeriodicTask.startRetrying("audit-log-months", Duration.ofSeconds(5), Duration.ofHours(1), LOG,
                "Could not add the audit log's coming months", () -> {
                    List<String> added = addComingMonths();
                    if (!added.isEmpty()) {
                        LOG.infof("Audit log partitions added: %s", String.join(", ", added));
                    }
                });
    }

    void stop(@Observes ShutdownEvent event) {
        if (task != null) {
            task.stop();
        }
    }

    /** Adds the partitions missing from this month to {@link #MONTHS_AHEAD} ahead (UTC); answers their names. */
    public List<String> addComingMonths() throws SQLException {
        OffsetDateTime month = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        List<String> added = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (int ahead = 0; ahead <= MONTHS_AHEAD; ahead++) {
                String name = addMonth(connection, month.plusMonths(ahead));
                if (name != null) {
                    added.add(name);
                }
            }
        }
        return added;
    }

    /** The partition added for the month holding {@code day}, or null when it exists or cannot be added. */
    static String addMonth(Connection connection, OffsetDateTime day) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement settings = connection.createStatement();
                PreparedStatement add = connection.prepareStatement("select audit_event_add_month(?)")) {
            settings.execute("set local lock_timeout = '" + LOCK_TIMEOUT + "'");
            add.setObject(1, day);
            String name;
            try (ResultSet result = add.executeQuery()) {
                result.next();
                name = result.getString(1);
            }
            connection.commit();
            return name;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

}
