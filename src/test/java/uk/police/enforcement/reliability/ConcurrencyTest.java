package uk.police.enforcement.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/** Fifty clients at once: optimistic locking and Idempotency-Key hold. */
@QuarkusTest
class ConcurrencyTest {

    private static final int CLIENTS = 50;

    private static <T> List<T> race(Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
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
            Map<String, Object> change = new java.util.HashMap<>(body);
            change.put("description", "writer " + UUID.randomUUID());
            return Api.badRequestAs("recorder").header("If-Match", "\"0\"").body(change)
                    .put("/api/v1/operations/" + id).statusCode();
        });
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(CLIENTS - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        Api.as("reader").get("/api/v1/operations/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void fiftyPostsWithTheSameIdempotencyKeyCreateOneRecordAndGiveFiftyIdenticalAnswers() throws Exception {
        Map<String, Object> body = Operations.body();
        String key = UUID.randomUUID().toString();
        List<Response> responses = race(() -> Api.as("recorder").header("Idempotency-Key", key).body(body)
                .post("/api/v1/operations"));
        Set<String> bodies = new HashSet<>();
        Set<String> locations = new HashSet<>();
        for (Response response : responses) {
            assertEquals(201, response.statusCode(), response.asString());
            bodies.add(response.asString());
            locations.add(response.header("Location"));
        }
        assertEquals(1, bodies.size());
        assertEquals(1, locations.size());
        // Exactly one operation carries the reference: creating it again without the key is a conflict.
        Api.badRequestAs("recorder").body(body).post("/api/v1/operations").then().statusCode(409);
    }
}
