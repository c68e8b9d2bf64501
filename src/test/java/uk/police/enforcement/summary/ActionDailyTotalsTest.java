package uk.police.enforcement.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.figure.FigureCatalogue;
import uk.police.enforcement.figure.FigureSql;
import uk.police.enforcement.figure.FigureSql.Quantity;
import uk.police.enforcement.figure.TotalsFolder;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/** The daily totals that summaries read stay exactly what the action records say, through every change. */
@QuarkusTest
class ActionDailyTotalsTest {

    private static final String DIMENSIONS = "day, area, offence_category, offence_code, action_type";
    private static final String QUANTITIES = FigureSql.QUANTITIES.stream().map(Quantity::column)
            .collect(Collectors.joining(", "));

    /**
     * Each quantity of the catalogue summed straight from the actions: what the triggers and the folder, which
     * keep the totals a statement at a time, must always add up to.
     */
    private static final String FROM_RECORDS = "select " + FigureCatalogue.ACTION_DAY + ", area, offence_category,"
            + " coalesce(offence_code, ''), action_type, "
            + FigureSql.QUANTITIES.stream().map(q -> "sum(" + q.perAction() + ")").collect(Collectors.joining(", "))
            + " from enforcement_action group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5";
    /** What summaries read: the daily totals plus the deltas not yet folded into them. */
    private static final String FROM_TOTALS_AND_DELTAS = "select " + DIMENSIONS + ", "
            + FigureSql.QUANTITIES.stream().map(q -> "sum(" + q.column() + ")").collect(Collectors.joining(", "))
            + " from (select " + DIMENSIONS + ", " + QUANTITIES + " from action_daily_totals union all select "
            + DIMENSIONS + ", " + QUANTITIES + " from action_daily_total_deltas) t"
            + " group by 1, 2, 3, 4, 5 having sum(actions_recorded) <> 0 order by 1, 2, 3, 4, 5";
    private static final String FROM_TOTALS = "select " + DIMENSIONS + ", " + QUANTITIES
            + " from action_daily_totals where actions_recorded <> 0 order by 1, 2, 3, 4, 5";
    /** The monthly totals, and the daily totals summed by month: folded together, always equal. */
    private static final String MONTHS = "select month, area, offence_category, offence_code, action_type, "
            + QUANTITIES + " from action_monthly_totals where actions_recorded <> 0 order by 1, 2, 3, 4, 5";
    private static final String DAYS_BY_MONTH = "select date_trunc('month', day)::date, area, offence_category,"
            + " offence_code, action_type, " + FigureSql.QUANTITIES.stream().map(q -> "sum(" + q.column() + ")")
                    .collect(Collectors.joining(", "))
            + " from action_daily_totals group by 1, 2, 3, 4, 5 having sum(actions_recorded) <> 0 order by 1, 2, 3, 4, 5";

    @Inject
    DataSource dataSource;

    @Inject
    TotalsFolder folder;

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
            body.put("security_marking", random.nextBoolean() ? "OFFICIAL" : "OFFICIAL_SENSITIVE");
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
        Api.as("recorder").body(Map.of("items", batch)).post("/api/v2/enforcement-actions/batch").then().statusCode(201);
        for (int i = 0; i < 8; i++) { // move some to another day, type, marking and operation-less
            Map<String, Object> body = Actions.charge(1 + random.nextInt(3));
            body.put("security_marking", i % 2 == 0 ? "OFFICIAL" : "OFFICIAL_SENSITIVE");
            body.put("occurred_at", "2026-03-2" + random.nextInt(10) + "T12:00:00Z");
            Api.as("recorder").header("If-Match", "\"0\"").body(body).put("/api/v2/enforcement-actions/" + ids.get(i))
                    .then().statusCode(200);
        }
        for (int i = 8; i < 14; i++) {
            Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"0\"")
                    .delete("/api/v2/enforcement-actions/" + ids.get(i)).then().statusCode(204);
        }
        for (int i = 14; i < 17; i++) { // a marking changed alone moves the sensitive count, nothing else
            Api.as("recorder").contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                    .body("{\"security_marking\": \"OFFICIAL\"}").patch("/api/v2/enforcement-actions/" + ids.get(i))
                    .then().statusCode(200);
        }
        List<List<String>> records = rows(FROM_RECORDS);
        assertFalse(records.isEmpty());
        assertEquals(records, rows(FROM_TOTALS_AND_DELTAS));
        foldEverything();
        assertEquals(records, rows(FROM_TOTALS));
        assertEquals(rows(DAYS_BY_MONTH), rows(MONTHS));
    }

    /**
     * Writers for one day, area and offence (the hot key of a week of action) and for other days, in
     * single creates, batches, replaces and deletes, while the folder folds as fast as it can: at every
     * check the figures equal a count over the records, and once folded the totals alone do.
     */
    @Test
    void foldingWhileWritersWriteKeepsTheFiguresExact() throws Exception {
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            work.add(pool.submit(() -> {
                Random random = new Random(writer);
                for (int i = 0; i < 15; i++) {
                    Map<String, Object> hot = Actions.warrant("POSITIVE", 1 + random.nextInt(3), random.nextInt(2), 0);
                    hot.put("occurred_at", "2026-03-04T07:00:00Z");
                    String id = Actions.create(hot);
                    List<Map<String, Object>> batch = new ArrayList<>();
                    for (int b = 0; b < 5; b++) {
                        Map<String, Object> item = Actions.seizure(1 + random.nextInt(4), List.of());
                        item.put("occurred_at", "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                                + "T12:00:00Z");
                        batch.add(item);
                    }
                    Api.as("recorder").body(Map.of("items", batch)).post("/api/v2/enforcement-actions/batch").then()
                            .statusCode(201);
                    if (i % 3 == 0) {
                        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"0\"")
                                .delete("/api/v2/enforcement-actions/" + id).then().statusCode(204);
                    } else if (i % 3 == 1) {
                        hot.put("devices_seized", 7);
                        Api.as("recorder").header("If-Match", "\"0\"").body(hot)
                                .put("/api/v2/enforcement-actions/" + id).then().statusCode(200);
                    }
                }
                return null;
            }));
        }
        int folds = 0;
        while (work.stream().anyMatch(future -> !future.isDone())) {
            if (folder.fold() >= 0) {
                folds++;
            }
            assertFiguresMatchRecordsInOneSnapshot();
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        assertTrue(folds > 0, "the folder never ran while the writers wrote");
        assertFiguresMatchRecordsInOneSnapshot();
        foldEverything();
        assertEquals(rows(FROM_RECORDS), rows(FROM_TOTALS));
        assertEquals(rows(DAYS_BY_MONTH), rows(MONTHS));
        assertEquals(List.of(List.of("0")), rows("select count(*) from action_daily_total_deltas"));
    }

    /** Folds until a fold of this test ran (the background folder of the service may hold the lock). */
    private void foldEverything() throws Exception {
        while (folder.fold() < 0) {
            Thread.sleep(20);
        }
    }

    /** Records and figures read in one snapshot, as a summary reads them, while writers may be writing. */
    private void assertFiguresMatchRecordsInOneSnapshot() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try {
                assertEquals(rows(connection, FROM_RECORDS), rows(connection, FROM_TOTALS_AND_DELTAS));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        }
    }

    private List<List<String>> rows(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return rows(connection, sql);
        }
    }

    private static List<List<String>> rows(Connection connection, String sql) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
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
