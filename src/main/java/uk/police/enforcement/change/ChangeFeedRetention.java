package uk.police.enforcement.change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import uk.police.enforcement.common.background.PeriodicTask;
import uk.police.enforcement.common.config.EnforcementConfig;
/**
 * Prunes the change feed of entries older than its retention (enforcement.changes.retention, P90D), so that a
 * feed written for years stays the size of its horizon. Oldest first and only ever a prefix of the feed: each
 * statement takes the oldest entries every reader can already see, deletes those up to the first one still
 * retained, and records the last one deleted in change_feed_pruned, in one transaction; a cursor before it then
 * gets a 410 (ChangeResource). A statement touches at most {@link #PER_STATEMENT} old rows, which no writer
 * ever locks, so writers never wait on it. Every instance may run it: the pruned end only moves forward.
 */
@ApplicationScoped
public class ChangeFeedRetention {

    private static final Logger LOG = Logger.getLogger(ChangeFeedRetention.class);
    static final int PER_STATEMENT = 1000;
    private static final String PRUNE = """
            with oldest as (
                select tx_id, seq, occurred_at from change_event
                 where tx_id < pg_snapshot_xmin(pg_current_snapshot())
                 order by tx_id, seq limit ?),
            first_kept as (
                select tx_id, seq from oldest where occurred_at >= now() - make_interval(secs => ?)
                 order by tx_id, seq limit 1),
            gone as (
                delete from change_event e using oldest o
                 where e.tx_id = o.tx_id and e.seq = o.seq
                   and not exists (select 1 from first_kept k where (o.tx_id, o.seq) >= (k.tx_id, k.seq))
                returning e.tx_id, e.seq),
            moved as (
                update change_feed_pruned p set through_tx = g.tx_id, through_seq = g.seq, pruned_at = now()
                  from (select tx_id, seq from gone order by tx_id desc, seq desc limit 1) g
                 where (g.tx_id, g.seq) > (p.through_tx, p.through_seq)
                returning 1)
            select count(*) from gone""";

    private final DataSource dataSource;
    private final Duration retention;
    private final int perStatement;
    private PeriodicTask pruner;

    @Inject
    public ChangeFeedRetention(DataSource dataSource, EnforcementConfig config) {
        this(dataSource, config.changes().retention(), PER_STATEMENT);
    }

    ChangeFeedRetention(DataSource dataSource, Duration retention, int perStatement) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalStateException("ENFORCEMENT_CHANGES_RETENTION (enforcement.changes.retention) is "
                    + retention + ": it must be a positive duration, e.g. P90D (it would prune the whole feed)");
        }
        this.dataSource = dataSource;
        this.retention = retention;
        this.perStatement = perStatement;
    }

    void start(@Observes StartupEvent event) {
        // A failed round is tried again at the next; the feed only keeps a little more for a while.
        pruner = PeriodicTask.startRetrying("change-feed-prune", Duration.ofMinutes(2), Duration.ofMinutes(10), LOG,
                "Could not prune the change feed", () -> {
                    long deleted = prune();
                    if (deleted > 0) {
                        LOG.infof("Pruned %d change feed entries older than %s", deleted, retention);
                    }
                });
    }

    void stop(@Observes ShutdownEvent event) {
        if (pruner != null) {
            pruner.stop();
        }
    }

    /** Deletes every entry older than the retention, a batch per statement; returns how many. */
    public long prune() throws SQLException {
        long deleted = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prune = connection.prepareStatement(PRUNE)) {
            prune.setInt(1, perStatement);
            prune.setDouble(2, retention.toSeconds());
            long batch;
            do {
                try (ResultSet count = prune.executeQuery()) {
                    batch = count.next() ? count.getLong(1) : 0;
                }
                deleted += batch;
            } while (batch == perStatement);
        }
        return deleted;
    }

}
