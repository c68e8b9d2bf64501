package uk.police.enforcement.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/**
 * Reads are logged by a group commit: one durable commit carries the entries of many concurrent reads,
 * no read is answered before its entry is committed, and when a commit fails every read waiting on it
 * gets a 503 problem and no body. Reads are held in the queue by locking audit_event (the writer's
 * insert waits), so that they meet in one commit whatever the speed of the machine.
 */
@QuarkusTest
class ConsultationGroupCommitTest {

    private static final int READERS = 16;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry meters;

    @Test
    void concurrentReadsShareCommitsAndEachIsAnsweredOnlyWithItsEntry() throws Exception {
        String operation = Operations.createId(Operations.body());
        double commitsBefore = counter("enforcement.audit.consultation.commits");
        double entriesBefore = counter("enforcement.audit.consultation.entries");
        List<Read> reads = readWhileTheLogIsLocked(List.of(operation), READERS);
        for (Read read : reads) {
            assertEquals(200, read.status(), read.body());
        }
        Set<String> logged = consultationsOf(reads);
        assertEquals(requestIds(reads), logged, "every answered read has its committed entry");
        double commits = counter("enforcement.audit.consultation.commits") - commitsBefore;
        double entries = counter("enforcement.audit.consultation.entries") - entriesBefore;
        assertTrue(entries >= READERS, "entries " + entries);
        assertTrue(commits <= entries / 4, commits + " commits for " + entries + " entries: reads were not grouped");
    }

    /**
     * A read waiting for its entry's commit holds no connection of the pool (8 in tests): twice as many readers
     * of the audit log, whose pages quote justifications, are all answered once the commit can go through. Each
     * used to keep the connection it had read the quotes with, and such readers starved the instance.
     */
    @Test
    void moreWaitingReadsThanThePoolHasConnectionsAreAllAnswered() throws Exception {
        String operation = Api.as("recorder").header("Justification", "Recording Op Astraea").body(Operations.body())
                .post("/api/v2/operations").then().statusCode(201).extract().path("id");
        List<Read> reads = readWhileTheLogIsLocked("auditor", id -> "/api/v2/audit-events?resource_id=" + id,
                List.of(operation), READERS);
        for (Read read : reads) {
            assertEquals(200, read.status(), read.body());
            assertTrue(read.body().contains("\"justification\":\"Recording Op Astraea\""), read.body());
        }
        assertEquals(requestIds(reads), consultationsOf(reads), "every answered read has its committed entry");
    }

    @Test
    void whenTheCommitFailsEveryReadWaitingOnItGets503AndNoBody() throws Exception {
        String operation = Operations.createId(Operations.body());
        poison(operation, "P0001"); // a failure of the commit itself, as when the database goes away
        try {
            List<Read> reads = readWhileTheLogIsLocked(List.of(operation), 8);
            for (Read read : reads) {
                assertEquals(503, read.status(), read.body());
                assertTrue(read.body().contains("\"status\":503"), read.body());
                assertFalse(read.body().contains("\"reference\""), "a body was disclosed without its entry: " + read.body());
            }
            assertEquals(Set.of(), consultationsOf(reads));
        } finally {
            cure();
        }
        Api.as("reader").get("/api/v2/operations/" + operation).then().statusCode(200);
    }

    @Test
    void anEntryTheDatabaseRefusesFailsOnlyItsOwnRead() throws Exception {
        String refused = Operations.createId(Operations.body());
        String fine = Operations.createId(Operations.body());
        poison(refused, "22023"); // a data error: the others in its commit are retried alone
        try {
            List<Read> reads = readWhileTheLogIsLocked(List.of(refused, fine), 8);
            for (Read read : reads) {
                assertEquals(read.operation().equals(fine) ? 200 : 503, read.status(), read.body());
            }
            Set<String> expected = new HashSet<>();
            reads.stream().filter(r -> r.operation().equals(fine)).forEach(r -> expected.add(r.requestId()));
            assertEquals(expected, consultationsOf(reads));
        } finally {
            cure();
        }
    }

    private record Read(String operation, String requestId, int status, String body) {
    }

    /** {@code count} concurrent reads of the operations (in turn), queued behind a lock on audit_event. */
    private List<Read> readWhileTheLogIsLocked(List<String> operations, int count) throws Exception {
        return readWhileTheLogIsLocked("reader", operation -> "/api/v2/operations/" + operation, operations, count);
    }

    /** {@code count} concurrent reads by {@code role} of {@code path} of each item (in turn), queued likewise. */
    private List<Read> readWhileTheLogIsLocked(String role, java.util.function.UnaryOperator<String> path,
            List<String> operations, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<Read>> futures = new ArrayList<>();
        // Each pool thread's first request sets up its client; do that before the lock, not under it.
        List<Future<?>> warmUps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            warmUps.add(pool.submit(() -> given().get("/q/health/live")));
        }
        for (Future<?> warmUp : warmUps) {
            warmUp.get();
        }
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("lock table audit_event in exclusive mode");
            }
            for (int i = 0; i < count; i++) {
                String operation = operations.get(i % operations.size());
                futures.add(pool.submit(() -> {
                    String requestId = UUID.randomUUID().toString();
                    Response response = Api.as(role).header("X-Request-Id", requestId)
                            .get(path.apply(operation));
                    return new Read(operation, requestId, response.statusCode(), response.asString());
                }));
            }
            // The first commit is stuck on the lock; the other reads wait in the queue for the next one.
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (meters.get("enforcement.audit.consultation.pending").gauge().value() < count) {
                assertTrue(System.nanoTime() < deadline, "the reads never queued for the group commit");
                Thread.sleep(20);
            }
            lock.rollback();
        }
        List<Read> reads = new ArrayList<>();
        for (Future<Read> future : futures) {
            reads.add(future.get());
        }
        pool.shutdown();
        return reads;
    }

    private Set<String> consultationsOf(List<Read> reads) throws Exception {
        Set<String> logged = new HashSet<>();
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(
                "select correlation_id from audit_event where action = 'CONSULTATION' and correlation_id = any (?)")) {
            query.setArray(1, db.createArrayOf("varchar", requestIds(reads).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    logged.add(rows.getString(1));
                }
            }
        }
        return logged;
    }

    private static Set<String> requestIds(List<Read> reads) {
        Set<String> ids = new HashSet<>();
        reads.forEach(r -> ids.add(r.requestId()));
        return ids;
    }

    /** Makes the database refuse audit entries about {@code operation}, with {@code sqlState}. */
    private void poison(String operation, String sqlState) throws Exception {
        execute("create or replace function test_refuse_audit_entry() returns trigger language plpgsql as $$"
                + " begin if new.resource_id = '" + UUID.fromString(operation) + "' and new.action = 'CONSULTATION'"
                + " then raise exception 'refused by the test' using errcode = '" + sqlState + "'; end if;"
                + " return new; end $$");
        execute("create trigger test_refuse_audit_entry before insert on audit_event for each row"
                + " execute function test_refuse_audit_entry()");
    }

    private void cure() throws Exception {
        execute("drop trigger if exists test_refuse_audit_entry on audit_event");
        execute("drop function if exists test_refuse_audit_entry()");
    }

    private void execute(String sql) throws Exception {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private double counter(String name) {
        return meters.get(name).counter().count();
    }
}
