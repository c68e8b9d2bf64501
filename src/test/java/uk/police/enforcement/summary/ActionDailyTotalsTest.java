package uk.police.enforcement.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/** The daily totals that summaries read stay exactly what the action records say, through every change. */
@QuarkusTest
class ActionDailyTotalsTest {

    private static final String FROM_RECORDS = """
            select (occurred_at at time zone 'Europe/London')::date, area,
                   offence_category, action_type, coalesce(warrant_result, ''), count(*),
                   count(*) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'POSITIVE'),
                   count(*) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'NEGATIVE'),
                   sum(devices_seized), sum(children_safeguarded), sum(persons_arrested), sum(persons_charged)
              from enforcement_action group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5""";
    private static final String FROM_TOTALS = """
            select day, area, offence_category, action_type,
                   coalesce(warrant_result, ''), actions, positive_warrants, negative_warrants, devices_seized,
                   children_safeguarded, persons_arrested, persons_charged
              from action_daily_totals where actions <> 0 order by 1, 2, 3, 4, 5""";

    @Inject
    DataSource dataSource;

    @Test
    void totalsMatchTheRecordsAfterCreatesBatchesReplacesAndDeletes() throws Exception {
        Random random = new Random(11L);
        String operation = Operations.createId(Operations.body());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> body = random.nextBoolean() ? Actions.warrant(random.nextBoolean() ? "POSITIVE"
                    : "NEGATIVE", random.nextInt(4), random.nextInt(3), random.nextInt(2)) : Actions.seizure(
                            1 + random.nextInt(3), List.of());
            body.put("operation_id", operation);
            body.put("occurred_at", "2026-0" + (1 + random.nextInt(8)) + "-1" + random.nextInt(10) + "T23:30:00Z");
            ids.add(Actions.create(body));
        }
        // A batch is summed per statement: many actions on the same day and dimensions, and new ones.
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Map<String, Object> body = random.nextBoolean() ? Actions.warrant(random.nextBoolean() ? "POSITIVE"
                    : "NEGATIVE", random.nextInt(4), random.nextInt(3), random.nextInt(2)) : Actions.seizure(
                            1 + random.nextInt(3), List.of());
            body.put("occurred_at", "2026-0" + (1 + random.nextInt(3)) + "-0" + (1 + random.nextInt(3)) + "T23:30:00Z");
            batch.add(body);
        }
        Api.as("recorder").body(Map.of("items", batch)).post("/api/v1/enforcement-actions/batch").then().statusCode(201);
        for (int i = 0; i < 8; i++) { // move some to another day, type and operation-less
            Map<String, Object> body = Actions.charge(1 + random.nextInt(3));
            body.put("occurred_at", "2026-03-2" + random.nextInt(10) + "T12:00:00Z");
            Api.as("recorder").header("If-Match", "\"0\"").body(body).put("/api/v1/enforcement-actions/" + ids.get(i))
                    .then().statusCode(200);
        }
        for (int i = 8; i < 14; i++) {
            Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"0\"")
                    .delete("/api/v1/enforcement-actions/" + ids.get(i)).then().statusCode(204);
        }
        List<List<String>> records = rows(FROM_RECORDS);
        assertFalse(records.isEmpty());
        assertEquals(records, rows(FROM_TOTALS));
    }

    private List<List<String>> rows(String sql) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(rs.getString(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
