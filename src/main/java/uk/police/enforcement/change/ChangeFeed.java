package uk.police.enforcement.change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.SnapshotExport;
import uk.police.enforcement.common.problem.ApiProblem;
/**
 * Reads change_event (V13) in feed order. Only entries whose transaction id is below the oldest transaction
 * still running are returned: every transaction below that horizon has ended, so no entry can appear later
 * behind a position already returned, whichever order transactions commit in.
 */
@ApplicationScoped
public class ChangeFeed {

    static final String AFTER = "after";

    // Ordered by the xid8 column itself: the text form, named like it, would sort "1000" before "887".
    private static final String PAGE = """
            select tx_id::text as position_tx, seq, id, kind, change, record_id, version, security_marking, occurred_at,
                   traceparent
              from change_event
             where (tx_id, seq) > (?::xid8, ?)
               and tx_id < pg_snapshot_xmin(pg_current_snapshot())
            %s
             order by change_event.tx_id, seq
             limit ?""";
    private static final String ALL = PAGE.formatted("");
    private static final String OF_AGENCY = PAGE.formatted(
            "   and agency_id = (select id from partner_agency where code = ?)");

    /** A place in the feed: after the entry of transaction {@code txId} (an unsigned xid8) numbered {@code seq}. */
    public record Position(String txId, long seq) implements Comparable<Position> {

        @Override
        public int compareTo(Position other) {
            int byTransaction = Long.compareUnsigned(Long.parseUnsignedLong(txId), Long.parseUnsignedLong(other.txId));
            return byTransaction != 0 ? byTransaction : Long.compare(seq, other.seq);
        }

        /** Before every entry. */
        public static final Position START = new Position("0", 0);

        /** The cursor that stands for this position in the API. */
        public String cursor() {
            return Cursor.encode(txId, Long.toString(seq));
        }

        /** The position a cursor stands for (the start when null); a 400 naming {@code field} when altered. */
        public static Position of(String cursor, String field) {
            List<String> position = Cursor.decode(cursor, 2, field);
            if (position == null) {
                return START;
            }
            // xid8 is an unsigned 64-bit number: anything else in an altered cursor is refused here, not by a cast.
            return new Position(Long.toUnsignedString(Cursor.parse(position.get(0), Long::parseUnsignedLong, field)),
                    Cursor.parse(position.get(1), Long::parseLong, field));
        }
    }

    /**
     * One entry of the feed and its position; {@code traceparent}, the W3C trace context of the request whose
     * transaction made the change (null when it was not traced), carried on to the change's webhook deliveries.
     */
    public record Entry(Position position, UUID id, String kind, String change, UUID recordId, long version,
            String securityMarking, OffsetDateTime occurredAt, String traceparent) {

        /** Its CloudEvents type, e.g. {@code uk.police.enforcement.notice.transitioned}. */
        public String type() {
            return ChangeEvents.TYPE_PREFIX + kind + "." + change;
        }
    }

    /** A page and where the next one starts (the position after its last entry, or where it began). */
    public record Page(List<Entry> entries, Position next) {

        public String cursor() {
            return next.cursor();
        }
    }

    private static final String END = SnapshotExport.FEED_END;

    private static final String PRUNED = "select through_tx::text, through_seq from change_feed_pruned";

    /** A position before the feed's pruned end: the entries after it up to that end are gone. */
    public static final class PositionExpired extends RuntimeException {
        private final Duration retention;

        PositionExpired(Duration retention) {
            super("the feed was pruned past this position", null, false, false);
            this.retention = retention;
        }

        /** The 410 for a cursor the feed no longer reaches, saying how a follower gets back in step. */
        public ApiProblem problem() {
            String kept = retention.toSeconds() % 86_400 == 0 ? retention.toDays() + " days"
                    : retention.toString().substring(2).toLowerCase();
            return ApiProblem.gone("This cursor is older than the change feed keeps (entries older than " + kept
                    + " are removed), so changes after it may be missing. Resynchronise: note the feed's end (the"
                    + " cursor of a page read to the end), re-read the records you follow (an export of actions or"
                    + " notices states its own Feed-Position, which can be used instead), then follow the feed from"
                    + " that cursor.");
        }
    }

    private final DataSource dataSource;
    private final Duration retention;

    @Inject
    public ChangeFeed(DataSource dataSource, EnforcementConfig config) {
        this(dataSource, config.changes().retention());
    }

    ChangeFeed(DataSource dataSource, Duration retention) {
        this.dataSource = dataSource;
        this.retention = retention;
    }

    /** The entries after {@code after}, of one agency's notices when given. */
    public Page page(Position after, int limit, Optional<String> agencyCode) {
        // No long transaction of ours: a reader holds back no one's horizon for longer than a page's queries. A
        // partner's page and the feed's end are read in one repeatable-read snapshot, a read-only transaction
        // rolled back however the page ends (a 410 included); anyone else's page is one statement, autocommitted.
        try (Connection connection = dataSource.getConnection()) {
            if (agencyCode.isEmpty()) {
                return page(connection, after, limit, agencyCode);
            }
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return page(connection, after, limit, agencyCode);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Page page(Connection connection, Position after, int limit, Optional<String> agencyCode)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(agencyCode.isPresent() ? OF_AGENCY : ALL)) {
            int parameter = 1;
            query.setString(parameter++, after.txId());
            query.setLong(parameter++, after.seq());
            if (agencyCode.isPresent()) {
                query.setString(parameter++, agencyCode.get());
            }
            query.setInt(parameter, limit);
            List<Entry> entries = new ArrayList<>(limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(new Position(rows.getString(1), rows.getLong(2)), rows.getObject(3, UUID.class),
                            rows.getString(4), rows.getString(5), rows.getObject(6, UUID.class), rows.getLong(7),
                            rows.getString(8), rows.getObject(9, OffsetDateTime.class), rows.getString(10)));
                }
            }
            // Read after the page: pruning only moves forward, so a position not behind the pruned end now was
            // not behind it when the page was read either, and nothing after it was missing.
            if (!after.equals(Position.START)) {
                Position pruned = prunedThrough(connection);
                if (after.compareTo(pruned) < 0) {
                    throw new PositionExpired(retention);
                }
            }
            Position next = entries.isEmpty() ? after : entries.get(entries.size() - 1).position();
            if (agencyCode.isPresent() && entries.size() < limit) {
                // A partner's short page read everything of its agency up to the feed's end as of the same
                // snapshot: its cursor moves to that end, so that an agency quiet for longer than the feed keeps
                // entries is not taken for a reader that fell behind (410).
                try (PreparedStatement end = connection.prepareStatement(END); ResultSet row = end.executeQuery()) {
                    if (row.next()) {
                        Position visibleEnd = new Position(row.getString(1), row.getLong(2));
                        next = visibleEnd.compareTo(next) > 0 ? visibleEnd : next;
                    }
                }
            }
            return new Page(entries, next);
        }
    }

    /**
     * Throws the 410 problem when {@code position} is before the feed's pruned end, the start included once
     * anything was pruned (a replay from the start would silently miss what was).
     */
    public void requireRetained(Position position) {
        try (Connection connection = dataSource.getConnection()) {
            Position pruned = prunedThrough(connection);
            if (position.compareTo(pruned) < 0 || (position.equals(Position.START) && !pruned.equals(Position.START))) {
                throw new PositionExpired(retention).problem();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Position prunedThrough(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(PRUNED); ResultSet row = query.executeQuery()) {
            return row.next() ? new Position(row.getString(1), row.getLong(2)) : Position.START;
        }
    }

    /**
     * The position after the last entry a reader can see now: whatever is read after it is a change that
     * had not ended yet (a new subscription starts here).
     */
    public Position end() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(END);
                ResultSet row = query.executeQuery()) {
            return row.next() ? new Position(row.getString(1), row.getLong(2)) : Position.START;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
