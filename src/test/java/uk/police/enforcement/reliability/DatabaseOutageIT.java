package uk.police.enforcement.reliability;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.IsolatedDeployment;
import uk.police.enforcement.support.PackagedService;
import uk.police.enforcement.support.RestartablePostgres;
/**
 * PostgreSQL stops under a write and read load and comes back: the packaged service reports not-ready, answers
 * 503 problems with Retry-After (never a 500, never a hang), stays alive, recovers without a restart,
 * every acknowledged write is stored exactly once and whole, and every read answered has its audit entry
 * (reads are logged by the group commit). Writers behave like the force's
 * systems: on a 503 they retry the same request with the same Idempotency-Key.
 */
class DatabaseOutageIT {

    private static final int WRITERS = 6;
    private static final int READERS = 6;
    /** Pool acquisition (3 s) plus connect and login timeouts bound every answer during the outage. */
    private static final long MAX_ANSWER_MILLIS = 12_000;

    private static IsolatedDeployment deployment;
    private static RestartablePostgres postgres;
    private static PackagedService service;

    @BeforeAll
    static void start() {
        deployment = IsolatedDeployment.start("database-outage");
        postgres = deployment.postgres();
        service = deployment.instance(0);
    }

    @AfterAll
    static void stop() {
        if (deployment != null) {
            deployment.close();
        }
    }

    @Test
    void aDatabaseRestartUnderLoadLosesNothingAndNeedsNoServiceRestart() throws Exception {
        Load load = new Load();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(pool.submit(load::write));
        }
        ExecutorService readerPool = Executors.newFixedThreadPool(READERS);
        List<Future<?>> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            readers.add(readerPool.submit(load::read));
        }
        load.awaitAcknowledged(60);

        long stoppedAt = System.nanoTime();
        postgres.stop();
        long readinessDownMillis = awaitStatus("/q/health/ready", 503, stoppedAt, 15_000);
        assertEquals(200, service.status("/q/health/live"), "liveness must stay UP while the database is away");
        load.awaitUnavailableAnswers(20, 30_000);
        assertEquals(200, service.status("/q/health/live"));
        io.restassured.RestAssured.given().baseUri(service.baseUri()).get("/q/health/ready").then().statusCode(503)
                // Readiness names what is down: the database (the audit writer reports itself beside it).
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"))
                .body("checks.name", hasItem("audit-writer"));

        long restartedAt = System.nanoTime();
        postgres.startAgain();
        long recoveryMillis = awaitStatus("/q/health/ready", 200, restartedAt, 30_000);
        io.restassured.RestAssured.given().baseUri(service.baseUri()).get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'audit-writer' }.status", equalTo("UP"));
        int beforeRecovery = load.acknowledged.size();
        load.awaitAcknowledged(beforeRecovery + 60);
        load.stopping.set(true);
        for (Future<?> writer : writers) {
            writer.get();
        }
        for (Future<?> reader : readers) {
            reader.get();
        }
        pool.shutdown();
        readerPool.shutdown();

        System.out.printf("database outage: %d requests, %d acknowledged writes, %d reads answered, %d answered 503, "
                + "%d other; readiness DOWN after %d ms, ready again %d ms after PostgreSQL restarted, slowest answer "
                + "%d ms%n", load.requests.get(), load.acknowledged.size(), load.answeredReads.size(),
                load.unavailable.get(), load.unexpected.size(), readinessDownMillis, recoveryMillis,
                load.slowestMillis.get());
        assertLogsAreJsonNamingRequestAndCaller(service.log());
        assertTrue(load.answeredReads.size() > 0, "no read was answered");
        assertTrue(load.unexpected.isEmpty(), "answers other than 201 or 503 problem+json: " + load.unexpected);
        assertTrue(load.slowestMillis.get() <= MAX_ANSWER_MILLIS, "an answer took " + load.slowestMillis + " ms");

        try (Connection db = postgres.connect()) {
            Set<String> stored = strings(db, "select id::text from operation");
            assertEquals(load.acknowledged.size(), new HashSet<>(load.acknowledged.values()).size(),
                    "two idempotent writes were acknowledged with the same record");
            assertEquals(new HashSet<>(load.acknowledged.values()), stored,
                    "the stored operations must be exactly the acknowledged ones: none lost, none created twice");
            assertEquals(Set.of(), strings(db, """
                    select o.id::text from operation o
                     where not exists (select 1 from audit_event a where a.resource_id = o.id
                                          and a.action = 'COLLECTION' and a.outcome_status = 201)
                    """), "operations stored without the audit entry of their creation");
            // Reads are logged by the group commit: every read answered with a body has its committed entry.
            Set<String> logged = strings(db, "select correlation_id from audit_event where action = 'CONSULTATION'");
            Set<String> unlogged = new HashSet<>(load.answeredReads);
            unlogged.removeAll(logged);
            assertEquals(Set.of(), unlogged, "reads answered with a body but without their audit entry");
            assertEquals(Set.of(), strings(db, """
                    select idempotency_key from idempotency_key
                     where response_status is null
                        or not exists (select 1 from operation o
                                        where response_location like '%/' || o.id::text)
                    """), "idempotency keys claimed without their record");
        }
    }

    private static long awaitStatus(String path, int status, long since, long withinMillis) {
        while (true) {
            long elapsed = (System.nanoTime() - since) / 1_000_000;
            if (service.status(path) == status) {
                return elapsed;
            }
            assertTrue(elapsed < withinMillis, path + " did not answer " + status + " within " + withinMillis + " ms");
            IsolatedDeployment.sleep(100);
        }
    }

    private static Set<String> strings(Connection db, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Writers creating operations (each logical write retried with its key until acknowledged), and readers. */
    private static final class Load {
        final Map<String, String> acknowledged = new ConcurrentHashMap<>();
        final Set<String> answeredReads = ConcurrentHashMap.newKeySet();
        final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger unavailable = new AtomicInteger();
        final AtomicLong slowestMillis = new AtomicLong();
        final AtomicBoolean stopping = new AtomicBoolean();

        void write() {
            while (!stopping.get()) {
                String key = UUID.randomUUID().toString();
                Map<String, Object> body = Operations.body();
                while (!acknowledged.containsKey(key)) {
                    Response response = send(() -> service.as("recorder").header("Idempotency-Key", key).body(body)
                            .post("/api/v2/operations"), 201);
                    if (response != null) {
                        acknowledged.put(key, response.path("id"));
                    }
                }
            }
        }

        /** Reads acknowledged operations, each request with its own X-Request-Id, until the writers stop. */
        void read() {
            while (!stopping.get()) {
                List<String> ids = List.copyOf(acknowledged.values());
                if (ids.isEmpty()) {
                    IsolatedDeployment.sleep(50);
                    continue;
                }
                String requestId = UUID.randomUUID().toString();
                String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                if (send(() -> service.as("reader").header("X-Request-Id", requestId)
                        .get("/api/v2/operations/" + id), 200) != null) {
                    answeredReads.add(requestId);
                }
            }
        }

        /**
         * Sends one request and sorts its answer: the response when it has the status expected, else null
         * after counting it as a 503 problem with Retry-After (then waiting as a client would) or as unexpected.
         */
        private Response send(Supplier<Response> request, int expected) {
            long started = System.nanoTime();
            Response response;
            try {
                response = request.get();
            } catch (RuntimeException | AssertionError e) {
                unexpected.add(e.toString());
                IsolatedDeployment.sleep(200);
                return null;
            }
            requests.incrementAndGet();
            slowestMillis.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
            if (response.statusCode() == expected) {
                return response;
            }
            if (response.statusCode() == 503 && response.header("Retry-After") != null
                    && response.contentType().startsWith("application/problem+json")) {
                unavailable.incrementAndGet();
                IsolatedDeployment.sleep(250);
            } else {
                unexpected.add(response.statusCode() + " " + response.asString());
                IsolatedDeployment.sleep(200);
            }
            return null;
        }

        void awaitAcknowledged(int count) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (acknowledged.size() < count) {
                assertTrue(System.nanoTime() < deadline, "only " + acknowledged.size() + " writes acknowledged");
                IsolatedDeployment.sleep(50);
            }
        }

        void awaitUnavailableAnswers(int count, long withinMillis) {
            long deadline = System.nanoTime() + withinMillis * 1_000_000;
            int before = unavailable.get();
            while (unavailable.get() < before + count) {
                assertTrue(System.nanoTime() < deadline, "no 503 answers while the database was away; unexpected: "
                        + unexpected);
                IsolatedDeployment.sleep(50);
            }
        }
    }
    /**
     * The packaged service logs one JSON object per line (as a SIEM reads it), and a line logged while answering a
     * request names the request and, once its token was read, the caller: the outage's warnings are such lines.
     */
    private static void assertLogsAreJsonNamingRequestAndCaller(String log) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<com.fasterxml.jackson.databind.JsonNode> lines = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (!line.isBlank()) {
                com.fasterxml.jackson.databind.JsonNode entry = json.readTree(line);
                assertTrue(entry.isObject() && entry.has("timestamp") && entry.has("level")
                        && entry.has("loggerName") && entry.has("message"), "not a JSON log line: " + line);
                lines.add(entry);
            }
        }
        List<com.fasterxml.jackson.databind.JsonNode> unavailable = lines.stream()
                .filter(l -> l.path("message").asText().startsWith("Database unavailable for ")).toList();
        assertTrue(!unavailable.isEmpty(), "no warning of the outage in the log:\n" + log);
        assertTrue(unavailable.stream().allMatch(l -> !l.path("mdc").path("request_id").asText().isEmpty()),
                "an outage warning without its request id: " + unavailable);
        assertTrue(unavailable.stream().anyMatch(l -> l.path("mdc").path("subject").asText().startsWith("test-")),
                "no outage warning names its caller: " + unavailable);
    }
}
