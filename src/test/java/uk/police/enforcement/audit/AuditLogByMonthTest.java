package uk.police.enforcement.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.police.enforcement.support.ScratchDatabase;
/**
 * The s.62 log is kept for years as one table per calendar month (UTC; V37): the entries written before the
 * change keep their ids and contents in the months they belong to, a period's query reads only its months,
 * the coming months are added ahead, and every partition refuses UPDATE, DELETE and TRUNCATE, including one
 * added after the migration. Its own database: the migration is run on entries written before it.
 */
class AuditLogByMonthTest {

    private static final String ENTRY = "insert into audit_event (occurred_at, actor, roles, action, resource_type, "
            + "request_method, request_path, outcome_status, correlation_id) values (?::timestamptz, 'a', 'reader', "
            + "'CONSULTATION', 'operations', 'GET', '/api/v2/operations', 200, ?)";

    private static ScratchDatabase database;

    @BeforeAll
    static void migrateEntriesWrittenBefore() throws Exception {
        database = ScratchDatabase.create();
        database.migrateTo("36");
        try (Connection connection = database.connect()) {
            insert(connection, "2019-03-01T00:00:00Z", "first-of-march");
            insert(connection, "2019-03-31T23:59:59.999999Z", "end-of-march");
            insert(connection, "2019-04-01T00:00:00Z", "first-of-april");
            insert(connection, "2024-02-29T12:00:00Z", "leap-day");
        }
        database.migrateTo(null);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void entriesWrittenBeforeKeepTheirIdsAndLandInTheirUtcMonth() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            Map<String, String> partitionOf = new LinkedHashMap<>();
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select correlation_id, tableoid::regclass::text, id from audit_event where correlation_id in "
                    + "('first-of-march', 'end-of-march', 'first-of-april', 'leap-day') order by id")) {
                while (rows.next()) {
                    partitionOf.put(rows.getString(1), rows.getString(2));
                    ids.add(rows.getLong(3));
                }
            }
            assertEquals(Map.of("first-of-march", "audit_event_y2019m03", "end-of-march", "audit_event_y2019m03",
                    "first-of-april", "audit_event_y2019m04", "leap-day", "audit_event_y2024m02"), partitionOf);
            assertEquals(List.of(1L, 2L, 3L, 4L), ids);
            // The sequence goes on after them (other tests of this class may have written since).
            long next = insert(connection, "2019-03-15T10:00:00Z", "after-the-migration");
            assertTrue(next > 4L, "next id " + next);
        }
    }

    @Test
    void aPeriodsQueryReadsOnlyItsMonths() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            String plan = plan(statement, "select * from audit_event where occurred_at >= '2019-03-10T00:00:00Z' "
                    + "and occurred_at < '2019-04-02T00:00:00Z' order by occurred_at, id");
            assertTrue(plan.contains("audit_event_y2019m03") && plan.contains("audit_event_y2019m04"), plan);
            assertFalse(plan.contains("audit_event_y2024m02") || plan.contains("audit_event_other_months"), plan);
        }
    }

    @Test
    void theComingMonthsAreAddedAheadAndOnlyOnce() throws SQLException {
        Clock november = Clock.fixed(Instant.parse("2031-11-30T23:30:00Z"), ZoneOffset.UTC);
        AuditLogMonths months = new AuditLogMonths(database.dataSource(), november);
        assertEquals(List.of("audit_event_y2031m11", "audit_event_y2031m12", "audit_event_y2032m01"),
                months.addComingMonths());
        assertEquals(List.of(), months.addComingMonths());
        try (Connection connection = database.connect()) {
            insert(connection, "2031-12-31T23:59:59Z", "new-year-eve");
            assertEquals("audit_event_y2031m12", partitionOf(connection, "new-year-eve"));
        }
    }

    @Test
    void aMonthWithoutItsPartitionIsStillWrittenAndNeverMovedLater() throws SQLException {
        try (Connection connection = database.connect()) {
            insert(connection, "2045-06-01T08:00:00Z", "clock-far-ahead");
            assertEquals("audit_event_other_months", partitionOf(connection, "clock-far-ahead"));
            assertNull(AuditLogMonths.addMonth(connection, OffsetDateTime.parse("2045-06-10T00:00:00Z")));
            assertEquals("audit_event_other_months", partitionOf(connection, "clock-far-ahead"));
            // The months either side of it are added as usual.
            assertEquals("audit_event_y2045m07",
                    AuditLogMonths.addMonth(connection, OffsetDateTime.parse("2045-07-01T00:00:00Z")));
        }
    }

    @Test
    void everyPartitionRefusesChangeAndRemovalIncludingOnesAddedLater() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            assertEquals("audit_event_y2038m01",
                    AuditLogMonths.addMonth(connection, OffsetDateTime.parse("2038-01-19T03:14:08Z")));
            insert(connection, "2038-01-19T03:14:08Z", "added-later");
            List<String> partitions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select inhrelid::regclass::text from pg_inherits where inhparent = 'audit_event'::regclass")) {
                while (rows.next()) {
                    partitions.add(rows.getString(1));
                }
            }
            assertTrue(partitions.containsAll(List.of("audit_event_y2038m01", "audit_event_y2019m03",
                    "audit_event_other_months")), partitions.toString());
            for (String table : partitions) {
                // Row triggers refuse the rows they would touch: an empty month has none to refuse.
                boolean holdsEntries;
                try (ResultSet any = statement.executeQuery("select exists (select 1 from " + table + ")")) {
                    any.next();
                    holdsEntries = any.getBoolean(1);
                }
                if (holdsEntries) {
                    refused(statement, "update " + table + " set actor = 'someone-else'");
                    refused(statement, "delete from " + table);
                }
                refused(statement, "truncate " + table);
            }
            refused(statement, "update audit_event set actor = 'someone-else' where correlation_id = 'added-later'");
            refused(statement, "delete from audit_event where correlation_id = 'added-later'");
            refused(statement, "truncate audit_event");
            assertEquals("audit_event_y2038m01", partitionOf(connection, "added-later"));
        }
    }

    private static void refused(Statement statement, String sql) {
        SQLException refusal = assertThrows(SQLException.class, () -> statement.executeUpdate(sql), sql);
        assertEquals("42501", refusal.getSQLState(), sql + ": " + refusal.getMessage());
        assertTrue(refusal.getMessage().contains("append-only"), refusal.getMessage());
    }

    private static long insert(Connection connection, String at, String correlationId) throws SQLException {
        try (var insert = connection.prepareStatement(ENTRY + " returning id")) {
            insert.setString(1, at);
            insert.setString(2, correlationId);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static String partitionOf(Connection connection, String correlationId) throws SQLException {
        try (var select = connection.prepareStatement(
                "select tableoid::regclass::text from audit_event where correlation_id = ?")) {
            select.setString(1, correlationId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static String plan(Statement statement, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = statement.executeQuery("explain " + sql)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
