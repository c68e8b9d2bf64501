package uk.police.enforcement.figure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import uk.police.enforcement.common.background.PeriodicTask;
import uk.police.enforcement.common.config.EnforcementConfig;
/**
 * Moves the deltas that writers append (action_daily_total_deltas, see R__03_action_figures.sql) into action_daily_totals,
 * every {@code enforcement.totals.fold-interval}, so that the deltas summaries read stay few. Every
 * instance runs it; one folds at a time (an advisory lock in the database). A fold that fails (database
 * away) changes nothing and is simply tried again: the summaries are exact either way.
 */
@ApplicationScoped
public class TotalsFolder {

    private static final Logger LOG = Logger.getLogger(TotalsFolder.class);
    /**
     * The deltas table is a queue: writers append, each fold deletes. Every summary scans it, stepping over
     * its dead rows until they are vacuumed, and autovacuum looks only once a minute: right after 20 s of
     * batch imports the one-year summary answered 57 requests/s, and 111 with this. So the folder vacuums
     * it itself once this many rows have been folded since it last did.
     */
    private static final long VACUUM_AFTER_ROWS = 10_000;

    private final DataSource dataSource;
    private final EnforcementConfig config;
    private PeriodicTask folding;
    private final AtomicLong foldedSinceVacuum = new AtomicLong();

    public TotalsFolder(DataSource dataSource, EnforcementConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        long intervalMillis = config.totals().foldInterval().toMillis();
        if (intervalMillis <= 0) {
            throw new IllegalStateException("enforcement.totals.fold-interval must be positive, e.g. PT1S");
        }
        // The summaries stay exact while folding fails: they read the deltas not yet folded too.
        folding = PeriodicTask.startRetrying("totals-folder", config.totals().foldInterval(),
                config.totals().foldInterval(), LOG, "Could not fold daily totals (summaries stay exact)", this::fold);
    }

    void stop(@Observes ShutdownEvent event) {
        if (folding != null) {
            folding.stop();
        }
    }

    /**
     * Folds every delta committed so far in one transaction; returns how many delta rows it folded, or -1
     * when another instance was folding at that moment.
     */
    public long fold() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            // One statement, one transaction; READ COMMITTED so that it folds every delta committed so far.
            connection.setAutoCommit(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try (ResultSet rs = statement.executeQuery("select fold_action_total_deltas()")) {
                rs.next();
                long folded = rs.getLong(1);
                if (folded > 0 && foldedSinceVacuum.addAndGet(folded) >= VACUUM_AFTER_ROWS) {
                    foldedSinceVacuum.set(0);
                    statement.execute("vacuum action_daily_total_deltas"); // autocommit: outside any transaction
                }
                return folded;
            } finally {
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

}
