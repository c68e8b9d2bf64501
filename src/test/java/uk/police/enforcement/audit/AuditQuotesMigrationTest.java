package uk.police.enforcement.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.police.enforcement.support.ScratchDatabase;
/**
 * V21 moves what entries written before it quote (their justifications and the values their queries looked
 * up) into audit_quote, so that a disposal can erase those too; nothing else of an entry changes, and the log
 * is append-only again afterwards.
 */
class AuditQuotesMigrationTest {

    private static final String ENTRY = "insert into audit_event (occurred_at, actor, roles, action, resource_type, "
            + "request_method, request_path, query, outcome_status, correlation_id, justification) values ";

    @Test
    void entriesWrittenBeforeKeepWhatTheyQuotedInTheQuotes() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create()) {
            database.migrateTo("20");
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute(ENTRY + "(now(), 'a', 'reader', 'CONSULTATION', 'enforcement-actions', 'GET', "
                        + "'/api/v2/enforcement-actions', 'limit=5&rms_reference=CU-26-000001&exhibit_reference=ABC%2F1', "
                        + "200, 'r1', 'Occurrence CU-26-000001')");
                statement.execute(ENTRY + "(now(), 'a', 'reader', 'CONSULTATION', 'operations', 'GET', "
                        + "'/api/v2/operations', 'status=ACTIVE', 200, 'r2', 'Occurrence CU-26-000001')");
                statement.execute(ENTRY + "(now(), 'b', 'recorder', 'COLLECTION', 'operations', 'POST', "
                        + "'/api/v2/operations', null, 201, 'r3', null)");
            }
            database.migrateTo(null);
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                Map<String, List<Object>> entries = rows(statement, """
                        select e.correlation_id, e.query, j.text,
                               (select string_agg(q.text, ',' order by o.n) from unnest(e.query_quotes)
                                  with ordinality o (id, n) join audit_quote q on q.id = o.id)
                          from audit_event e left join audit_quote j on j.id = e.justification_quote""");
                assertEquals(List.of("limit=5&rms_reference=&exhibit_reference=", "Occurrence CU-26-000001",
                        "CU-26-000001,ABC/1"), entries.get("r1"));
                assertEquals(java.util.Arrays.asList("status=ACTIVE", "Occurrence CU-26-000001", null), entries.get("r2"));
                assertEquals(java.util.Arrays.asList(null, null, null), entries.get("r3"));
                // One quote per distinct text.
                try (ResultSet count = statement.executeQuery("select count(*) from audit_quote")) {
                    count.next();
                    assertEquals(3, count.getLong(1));
                }
                SQLException refused = assertThrows(SQLException.class,
                        () -> statement.executeUpdate("update audit_event set actor = 'x'"));
                assertEquals("42501", refused.getSQLState());
            }
        }
    }

    /** Rows by their first column, the rest as a list. */
    private static Map<String, List<Object>> rows(Statement statement, String sql) throws SQLException {
        Map<String, List<Object>> rows = new HashMap<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> rest = new ArrayList<>();
                for (int i = 2; i <= columns; i++) {
                    rest.add(result.getObject(i));
                }
                rows.put(String.valueOf(result.getObject(1)), rest);
            }
        }
        return rows;
    }
}
