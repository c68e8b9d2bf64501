package uk.police.enforcement.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.IsolatedDeployment;
import uk.police.enforcement.support.PackagedService;
import uk.police.enforcement.support.RestartablePostgres;
/**
 * SIGTERM under load, as an orchestrator sends it: a request already being served completes (here one
 * held on a row lock across the signal), new requests are refused, the process exits within
 * quarkus.shutdown.timeout, and every acknowledged write is stored whole.
 */
class GracefulShutdownIT {

    private static final int WRITERS = 4;

    private static IsolatedDeployment deployment;
    private static RestartablePostgres postgres;
    private static PackagedService service;

    @BeforeAll
    static void start() {
        deployment = IsolatedDeployment.start("graceful-shutdown");
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
    void sigtermLetsInFlightRequestsFinishRefusesNewOnesAndLosesNothing() throws Exception {
        Map<String, Object> body = Operations.body();
        Response created = service.as("recorder").body(body).post("/api/v2/operations");
        String heldId = created.path("id");
        String etag = created.header("ETag");

        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean stopping = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        List<Future<?>> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(pool.submit(() -> {
                while (!stopping.get()) {
                    Response response;
                    try {
                        response = service.badRequestAs("recorder").body(Operations.body()).post("/api/v2/operations");
                    } catch (Exception e) {
                        // The listener has closed: the connection is refused (or closed before an answer).
                        refused.incrementAndGet();
                        IsolatedDeployment.sleep(20);
                        continue;
                    }
                    if (response.statusCode() == 201) {
                        acknowledged.put(response.path("id"), response.path("reference"));
                    } else if (response.statusCode() == 503) {
                        refused.incrementAndGet();
                    } else {
                        unexpected.add(response.statusCode() + " " + response.asString());
                    }
                }
            }));
        }
        while (acknowledged.size() < 50) {
            IsolatedDeployment.sleep(20);
        }

        try (Connection holder = postgres.connect()) {
            // Hold the operation's row so that an update of it is in flight when the signal arrives.
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select id from operation where id = ?::uuid for update")) {
                lock.setString(1, heldId);
                lock.executeQuery().close();
            }
            Map<String, Object> change = new HashMap<>(body);
            change.put("description", "Updated across a SIGTERM");
            CompletableFuture<Response> inFlight = CompletableFuture.supplyAsync(() -> service.as("recorder")
                    .header("If-Match", etag).body(change).put("/api/v2/operations/" + heldId), pool);
            awaitBlockedOnLock();

            long signalled = System.nanoTime();
            service.terminate();
            IsolatedDeployment.sleep(1_000);
            // The listener is still open (the update holds it): a new request is refused with the contract's 503.
            Response newRequest = service.badRequestAs("reader").get("/api/v2/operations");
            assertEquals(503, newRequest.statusCode(), newRequest.asString());
            assertTrue(newRequest.contentType().startsWith("application/problem+json"), newRequest.contentType());
            assertEquals("1", newRequest.header("Retry-After"));
            int readiness = service.status("/q/health/ready");
            assertTrue(readiness == 503 || readiness == -1, "readiness during shutdown was " + readiness);
            assertTrue(!inFlight.isDone(), "the in-flight update must still be waiting on its row");
            holder.commit();

            Response update = inFlight.get(30, TimeUnit.SECONDS);
            assertEquals(200, update.statusCode(), update.asString());
            assertEquals("Updated across a SIGTERM", update.path("description"));
            assertTrue(service.awaitExit(Duration.ofSeconds(30)), "the service did not exit:\n" + service.log());
            long exitMillis = (System.nanoTime() - signalled) / 1_000_000;
            stopping.set(true);
            for (Future<?> writer : writers) {
                writer.get();
            }
            pool.shutdown();
            System.out.printf("graceful shutdown: %d writes acknowledged, %d refused during shutdown, exit %d after %d ms "
                    + "(1 s of it holding the in-flight update)%n", acknowledged.size(), refused.get(),
                    service.exitValue(), exitMillis);
            assertTrue(unexpected.isEmpty(), "answers other than 201 or 503: " + unexpected);
            assertTrue(service.log().contains("stopped in"), "no orderly stop in the log:\n" + service.log());
        }

        try (Connection db = postgres.connect()) {
            Set<String> stored = new HashSet<>();
            try (ResultSet rows = db.createStatement().executeQuery("""
                    select o.id::text from operation o
                     where exists (select 1 from audit_event a where a.resource_id = o.id and a.action = 'COLLECTION')
                    """)) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
            assertTrue(stored.containsAll(acknowledged.keySet()), "acknowledged writes are missing after shutdown");
            try (ResultSet count = db.createStatement().executeQuery("select count(*) from operation")) {
                count.next();
                assertEquals(stored.size(), count.getInt(1), "operations stored without their audit entry");
            }
            try (ResultSet held = db.createStatement().executeQuery(
                    "select description, version from operation where id = '" + heldId + "'")) {
                held.next();
                assertEquals("Updated across a SIGTERM", held.getString(1));
                assertEquals(1, held.getInt(2));
            }
        }
    }

    /** Waits until the service's update is waiting for the row lock the test holds. */
    private static void awaitBlockedOnLock() throws Exception {
        for (int i = 0; i < 200; i++) {
            try (Connection observer = postgres.connect(); ResultSet rows = observer.createStatement().executeQuery(
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock'")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            IsolatedDeployment.sleep(50);
        }
        throw new AssertionError("the update never reached the database");
    }
}
