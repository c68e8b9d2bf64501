package uk.police.enforcement.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.IsolatedDeployment;
import uk.police.enforcement.support.PackagedService;
/**
 * Two packaged instances behind one (imagined) load balancer, sharing one PostgreSQL: whichever
 * instance a retry or a follow-up call reaches, the answer is the same. They start at the same time,
 * so Flyway's lock on the schema history is exercised too.
 */
class SeveralInstancesIT {

    private static IsolatedDeployment deployment;
    private static PackagedService first;
    private static PackagedService second;

    @BeforeAll
    static void start() {
        deployment = IsolatedDeployment.start("instance-a", "instance-b");
        first = deployment.instance(0);
        second = deployment.instance(1);
    }

    @AfterAll
    static void stop() {
        if (deployment != null) {
            deployment.close();
        }
    }

    @Test
    void anIdempotencyKeyUsedOnOneInstanceIsHonouredByTheOther() {
        Map<String, Object> body = Operations.body();
        String key = UUID.randomUUID().toString();
        Response original = first.as("recorder").header("Idempotency-Key", key).body(body).post("/api/v2/operations");
        Response retry = second.as("recorder").header("Idempotency-Key", key).body(body).post("/api/v2/operations");
        assertEquals(201, original.statusCode(), original.asString());
        assertEquals(201, retry.statusCode(), retry.asString());
        assertEquals(original.asString(), retry.asString());
        assertEquals(original.header("Location"), retry.header("Location"));
        assertEquals(original.header("ETag"), retry.header("ETag"));

        Map<String, Object> other = new HashMap<>(body);
        other.put("name", "Another body under the same key");
        second.badRequestAs("recorder").header("Idempotency-Key", key).body(other).post("/api/v2/operations")
                .then().statusCode(422);
        // One operation holds the reference: creating it again without a key conflicts on both instances.
        first.badRequestAs("recorder").body(body).post("/api/v2/operations").then().statusCode(409);
        second.badRequestAs("recorder").body(body).post("/api/v2/operations").then().statusCode(409);
    }

    @Test
    void racingRetriesSpreadOverBothInstancesCreateOneRecord() throws Exception {
        Map<String, Object> body = Operations.body();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            PackagedService instance = i % 2 == 0 ? first : second;
            answers.add(pool.submit(() -> {
                go.await();
                // As a client does: a 409 means the first request with this key is still in flight, so
                // wait Retry-After and retry (bounded), until its answer is replayed.
                for (int attempt = 0; ; attempt++) {
                    Response response = instance.badRequestAs("recorder").header("Idempotency-Key", key).body(body)
                            .post("/api/v2/operations");
                    if (response.statusCode() != 409 || attempt == 10) {
                        return response;
                    }
                    Thread.sleep(Long.parseLong(response.header("Retry-After")) * 1000);
                }
            }));
        }
        go.countDown();
        Set<String> bodies = new HashSet<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertEquals(201, response.statusCode(), response.asString());
            bodies.add(response.asString());
        }
        pool.shutdown();
        assertEquals(1, bodies.size(), "every retry must replay the one record: " + bodies);
    }

    @Test
    void etagsAgreeAndOptimisticLockingHoldsAcrossInstances() {
        Map<String, Object> body = Operations.body();
        Response created = first.as("recorder").body(body).post("/api/v2/operations");
        String id = created.path("id");
        Response onFirst = first.as("reader").get("/api/v2/operations/" + id);
        Response onSecond = second.as("reader").get("/api/v2/operations/" + id);
        assertEquals(onFirst.header("ETag"), onSecond.header("ETag"));
        assertEquals(onFirst.asString(), onSecond.asString());
        second.as("reader").header("If-None-Match", onFirst.header("ETag")).get("/api/v2/operations/" + id)
                .then().statusCode(304);

        Map<String, Object> change = new HashMap<>(body);
        change.put("description", "Changed through the second instance");
        String etag = onFirst.header("ETag");
        String newEtag = second.as("recorder").header("If-Match", etag).body(change).put("/api/v2/operations/" + id)
                .then().statusCode(200).extract().header("ETag");
        change.put("description", "A stale write through the first instance");
        first.badRequestAs("recorder").header("If-Match", etag).body(change).put("/api/v2/operations/" + id)
                .then().statusCode(412);
        assertEquals(newEtag, first.as("reader").get("/api/v2/operations/" + id).header("ETag"));
    }

    @Test
    void summariesMatchWhicheverInstanceRecordedAndWhicheverAnswers() {
        String operation = first.as("recorder").body(Operations.body()).post("/api/v2/operations").path("id");
        List<Map<String, Object>> actions = List.of(Actions.warrant("POSITIVE", 6, 2, 1), Actions.warrant("POSITIVE", 3, 0, 0),
                Actions.seizure(4, List.of("EX-1", "EX-2")), Actions.arrest(1), Actions.charge(2), Actions.safeguarding(3));
        int n = 0;
        for (Map<String, Object> action : actions) {
            action.put("operation_id", operation);
            action.put("occurred_at", "2026-03-0" + (2 + n % 5) + "T06:05:00Z");
            PackagedService recorder = n++ % 2 == 0 ? first : second;
            recorder.as("recorder").body(action).post("/api/v2/enforcement-actions").then().statusCode(201);
        }
        for (String path : List.of("/api/v2/operations/" + operation + "/summary",
                "/api/v2/summaries?day_from=2026-03-01&day_to=2026-03-31&operation_id=" + operation,
                "/api/v2/summaries/time-series?day_from=2026-03-01&day_to=2026-03-31&interval=WEEK&operation_id=" + operation)) {
            Map<String, Object> fromFirst = figures(first, path);
            Map<String, Object> fromSecond = figures(second, path);
            assertEquals(fromFirst, fromSecond, path);
        }
        assertEquals(6 + 3 + 4, (int) second.as("reader").get("/api/v2/operations/" + operation + "/summary")
                .path("figures.devices_seized"));
    }

    /** A summary without its generated_at, the one field that rightly differs between two answers. */
    private static Map<String, Object> figures(PackagedService instance, String path) {
        Map<String, Object> summary = new HashMap<>(instance.as("reader").get(path).then().statusCode(200)
                .extract().jsonPath().getMap("$"));
        summary.remove("generated_at");
        return summary;
    }

    @Test
    void aLongPollOnOneInstanceWakesWhenTheOtherRecordsAChange() throws Exception {
        // The end of the feed now, as a consumer of the second instance sees it.
        String cursor = null;
        JsonPath page;
        do {
            var request = second.as("reader").queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            page = request.get("/api/v2/changes").then().statusCode(200).extract().jsonPath();
            cursor = page.getString("cursor");
        } while (!page.getList("items").isEmpty());
        String end = cursor;

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            long asked = System.nanoTime();
            Future<JsonPath> poll = pool.submit(() -> second.as("reader").queryParam("after", end)
                    .queryParam("wait", "PT20S").get("/api/v2/changes").then().statusCode(200).extract().jsonPath());
            Thread.sleep(500);
            String operation = first.as("recorder").body(Operations.body()).post("/api/v2/operations").then()
                    .statusCode(201).extract().path("id");
            JsonPath woken = poll.get(30, TimeUnit.SECONDS);
            assertEquals(operation, woken.getString("items[0].data.id"));
            assertEquals("uk.police.enforcement.operation.created", woken.getString("items[0].type"));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
            assertTrue(millis < 15_000, "woken by the other instance's change, not by the end of the wait: " + millis);
        } finally {
            pool.shutdownNow();
        }
    }
}
