package uk.police.enforcement.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.support.ScratchDatabase;
/**
 * Change feed retention, on a database of its own: entries older than the retention go, oldest first and only
 * ever a prefix of the feed (an old entry behind a newer one stays until the newer one goes), in batches; the
 * last one pruned is recorded; a cursor before it is refused as expired, one at it or after reads on.
 */
class ChangeFeedRetentionTest {

    private static final Duration RETENTION = Duration.ofDays(90);

    /** Appends an entry that occurred {@code daysAgo} days ago, in a transaction of its own; its position. */
    private static ChangeFeed.Position append(Statement statement, int daysAgo) throws Exception {
        try (ResultSet row = statement.executeQuery("insert into change_event (kind, change, record_id, version,"
                + " occurred_at) values ('operation', 'created', gen_random_uuid(), 0, now() - make_interval(days => "
                + daysAgo + ")) returning tx_id::text, seq")) {
            row.next();
            return new ChangeFeed.Position(row.getString(1), row.getLong(2));
        }
    }

    @Test
    void oldEntriesArePrunedAsAPrefixInBatchesAndACursorBeforeThemExpires() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create()) {
            database.migrateTo(null);
            List<ChangeFeed.Position> positions = new ArrayList<>();
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                for (int daysAgo : new int[] { 120, 110, 100, 95, 91, 30, 1, 100, 0 }) {
                    positions.add(append(statement, daysAgo));
                }
            }
            DataSource dataSource = database.dataSource();
            // Two per statement: 2 + 2 + 1 of the five old ones at the head of the feed.
            assertEquals(5, new ChangeFeedRetention(dataSource, RETENTION, 2).prune());
            assertEquals(0, new ChangeFeedRetention(dataSource, RETENTION, 2).prune(), "pruning again prunes nothing");
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*), (select through_tx::text || ':'"
                            + " || through_seq from change_feed_pruned) from change_event")) {
                rows.next();
                // The entry 100 days old behind the 30-day one stays: the feed is only ever cut at its head.
                assertEquals(4, rows.getLong(1));
                assertEquals(positions.get(4).txId() + ":" + positions.get(4).seq(), rows.getString(2));
            }

            ChangeFeed feed = new ChangeFeed(dataSource, RETENTION);
            ChangeFeed.PositionExpired expired = assertThrows(ChangeFeed.PositionExpired.class,
                    () -> feed.page(positions.get(2), 100, Optional.empty()));
            ApiProblem problem = expired.problem();
            assertEquals(410, problem.status());
            assertEquals(true, problem.getMessage().contains("Resynchronise: note the feed's end"), problem.getMessage());
            // At the last one pruned, nothing is missing: the rest of the feed follows.
            assertEquals(positions.subList(5, 9), feed.page(positions.get(4), 100, Optional.empty()).entries()
                    .stream().map(ChangeFeed.Entry::position).toList());
            // Without a cursor, the feed starts at its oldest entry kept.
            assertEquals(positions.get(5), feed.page(ChangeFeed.Position.START, 1, Optional.empty()).entries().get(0)
                    .position());
            // A replay from before the pruned end is refused the same way.
            ApiProblem replay = assertThrows(ApiProblem.class, () -> feed.requireRetained(positions.get(3)));
            assertEquals(410, replay.status());
            feed.requireRetained(positions.get(4));
        }
    }
}
