package uk.police.enforcement.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/** Many clients at once: optimistic locking and Idempotency-Key hold, concurrent batches do not deadlock. */
@QuarkusTest
class ConcurrencyTest {

    private static final int CLIENTS = 50;
    private static final List<String> AREAS = List.of("NORTH", "SOUTH", "WEST");

    private static <T> List<T> race(Callable<T> call) throws Exception {
        return race(CLIENTS, client -> call);
    }

    /** Runs one call per client, all released at the same moment; the results in client order. */
    private static <T> List<T> race(int clients, IntFunction<Callable<T>> callOfClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Callable<T> call = callOfClient.apply(i);
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }

    @Test
    void fiftyPutsWithTheSameIfMatchEndWithExactlyOneSuccess() throws Exception {
        Map<String, Object> body = Operations.body();
        String id = Operations.createId(body);
        List<Integer> statuses = race(() -> {
            Map<String, Object> change = new HashMap<>(body);
            change.put("description", "writer " + UUID.randomUUID());
            return Api.badRequestAs("recorder").header("If-Match", "\"0\"").body(change)
                    .put("/api/v2/operations/" + id).statusCode();
        });
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(CLIENTS - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        Api.as("reader").get("/api/v2/operations/" + id).then().header("ETag", "\"1\"");
    }

    /**
     * Fifty clients retrying one create with one Idempotency-Key: one record. Each answer is that record's
     * 201, identical byte for byte, or a 409 problem with Retry-After while the first is still in flight
     * (IETF idempotency-key draft); retrying after a 409 gives the 201.
     */
    @Test
    void fiftyPostsWithTheSameIdempotencyKeyCreateOneRecord() throws Exception {
        Map<String, Object> body = Operations.body();
        String key = UUID.randomUUID().toString();
        List<Response> responses = race(() -> Api.badRequestAs("recorder").header("Idempotency-Key", key).body(body)
                .post("/api/v2/operations"));
        Set<String> bodies = new HashSet<>();
        for (Response response : responses) {
            if (response.statusCode() == 409) {
                assertEquals("1", response.header("Retry-After"), response.asString());
                assertEquals("Idempotency-Key", response.path("errors[0].field"));
            } else {
                assertEquals(201, response.statusCode(), response.asString());
                bodies.add(response.asString());
            }
        }
        Response retried = Api.as("recorder").header("Idempotency-Key", key).body(body).post("/api/v2/operations");
        assertEquals(201, retried.statusCode(), retried.asString());
        bodies.add(retried.asString());
        assertEquals(1, bodies.size(), "every 201 is the same answer");
        // Exactly one operation carries the reference: creating it again without the key is a conflict.
        Api.badRequestAs("recorder").body(body).post("/api/v2/operations").then().statusCode(409);
    }

    /**
     * A bulk import from four clients at once, each posting 1000-action batches for random days and areas:
     * every batch is stored (201), none deadlocks, and the figures count every action.
     */
    @Test
    void concurrentBatchesForRandomDaysAreAllStored() throws Exception {
        int clients = 4;
        int batchesPerClient = 2;
        int batchSize = 1000;
        String operation = Operations.createId(Operations.body());
        List<List<Integer>> statuses = race(clients, client -> () -> {
            Random random = new Random(client);
            List<Integer> mine = new ArrayList<>();
            for (int batch = 0; batch < batchesPerClient; batch++) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (int i = 0; i < batchSize; i++) {
                    Map<String, Object> item = Actions.arrest(1);
                    item.put("operation_id", operation);
                    item.put("area", AREAS.get(random.nextInt(AREAS.size())));
                    item.put("occurred_at", LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365))
                            + "T1" + random.nextInt(10) + ":00:00Z");
                    items.add(item);
                }
                mine.add(Api.badRequestAs("recorder").body(Map.of("items", items))
                        .post("/api/v2/enforcement-actions/batch").statusCode());
            }
            return mine;
        });
        statuses.forEach(mine -> assertEquals(List.of(201, 201), mine, statuses.toString()));
        int stored = Api.as("reader").get("/api/v2/operations/" + operation + "/summary").then().statusCode(200)
                .extract().path("figures.persons_arrested");
        assertEquals(clients * batchesPerClient * batchSize, stored);
    }
}
