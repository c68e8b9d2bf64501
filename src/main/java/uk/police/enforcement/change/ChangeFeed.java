package uk.police.enforcement.change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.enforcement.common.persistence.Cursor;
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
            select tx_id::text as position_tx, seq, id, kind, change, record_id, version, security_marking, occurred_at
              from change_event
             where (tx_id, seq) > (?::xid8, ?)
               and tx_id < pg_snapshot_xmin(pg_current_snapshot())
            %s
             order by change_event.tx_id, seq
             limit ?""";
    private static final String ALL = PAGE.formatted("");
    private static final String OF_AGENCY = PAGE.formatted(
            "   and agency_id = (select id from partner_agency where code = ?)");

    /** One entry of the feed and its position. */
    record Entry(String txId, long seq, UUID id, String kind, String change, UUID recordId, long version,
            String securityMarking, OffsetDateTime occurredAt) {

        String cursor() {
            return Cursor.encode(txId, Long.toString(seq));
        }
    }

    /** A page and where the next one starts (the position after its last entry, or where it began). */
    record Page(List<Entry> entries, String cursor) {
    }

    private final DataSource dataSource;

    public ChangeFeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The entries after {@code after} (from the start when null), of one agency's notices when given. */
    Page page(String after, int limit, Optional<String> agencyCode) {
        List<String> position = Cursor.decode(after, 2, AFTER);
        // xid8 is an unsigned 64-bit number: anything else in an altered cursor is refused here, not by a cast.
        String txId = position == null ? "0" : Long.toUnsignedString(
                Cursor.parse(position.get(0), value -> Long.parseUnsignedLong(value), AFTER));
        long seq = position == null ? 0 : Cursor.parse(position.get(1), Long::parseLong, AFTER);
        // Autocommit, no transaction of ours: a reader holds back no one's horizon for longer than a query.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(agencyCode.isPresent() ? OF_AGENCY : ALL)) {
            int parameter = 1;
            query.setString(parameter++, txId);
            query.setLong(parameter++, seq);
            if (agencyCode.isPresent()) {
                query.setString(parameter++, agencyCode.get());
            }
            query.setInt(parameter, limit);
            List<Entry> entries = new ArrayList<>(limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getString(1), rows.getLong(2), rows.getObject(3, UUID.class),
                            rows.getString(4), rows.getString(5), rows.getObject(6, UUID.class), rows.getLong(7),
                            rows.getString(8), rows.getObject(9, OffsetDateTime.class)));
                }
            }
            String next = entries.isEmpty() ? Cursor.encode(txId, Long.toString(seq)) : entries.get(entries.size() - 1).cursor();
            return new Page(entries, next);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
