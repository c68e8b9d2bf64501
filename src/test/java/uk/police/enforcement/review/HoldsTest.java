package uk.police.enforcement.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/**
 * Holds keep a record whatever its review says (CPIA 1996 Code para 5, litigation, an inquiry, the IOPC, a
 * restriction): a held record, or one under a held operation, is neither proposed nor approved for disposal
 * (409 naming the hold); holds are audited, listed, counted by kind and age, and in the change feed.
 */
@QuarkusTest
class HoldsTest {

    /** Another supervisor: a token for other roles has another subject. */
    private static final String[] APPROVER = { "supervisor", "reader" };

    private static String etag(String path) {
        return Api.as("supervisor").get(path).then().statusCode(200).extract().header("ETag");
    }

    private static io.restassured.response.Response proposeDisposal(String path) {
        return Api.badRequestAs("supervisor").header("If-Match", etag(path))
                .body(Map.of("decision", "DISPOSE", "reason", "No continuing policing purpose"))
                .post(path + "/review-decisions");
    }

    private static String hold(String path, String kind, String reason) {
        return Api.as("supervisor").body(Map.of("kind", kind, "reason", reason)).post(path + "/holds").then()
                .statusCode(201).body("status", equalTo("ACTIVE")).body("kind", equalTo(kind))
                .body("placed_by", equalTo("test-supervisor")).extract().path("id");
    }

    private static void lift(String hold, String reason) {
        Api.as("supervisor").body(Map.of("reason", reason)).post("/api/v2/holds/" + hold + "/lifting").then()
                .statusCode(200).body("status", equalTo("LIFTED")).body("lift_reason", equalTo(reason));
    }

    @Test
    void aHeldRecordIsNeitherProposedNorApprovedForDisposalUntilItsHoldsAreLifted() {
        String path = "/api/v2/enforcement-actions/" + Actions.create(Actions.arrest(1));
        String cpia = hold(path, "CPIA", "Charged 2026-03-07; keep until the proceedings are decided");
        proposeDisposal(path).then().statusCode(409).body("detail", containsString("CPIA, hold " + cpia))
                .body("errors.field", hasItem("holds"));

        lift(cpia, "Acquitted; no appeal lodged");
        Api.badRequestAs("supervisor").body(Map.of("reason", "again")).post("/api/v2/holds/" + cpia + "/lifting")
                .then().statusCode(409);
        String disposal = proposeDisposal(path).then().statusCode(201).extract().path("id");

        // A hold placed while the disposal waits stops its approval too.
        String iopc = hold(path, "IOPC", "IOPC referral 2026/0412");
        Api.badRequestAs(APPROVER).post("/api/v2/disposals/" + disposal + "/approval").then().statusCode(409)
                .body("detail", containsString("IOPC, hold " + iopc));
        lift(iopc, "IOPC investigation closed, no case to answer");
        Api.as(APPROVER).post("/api/v2/disposals/" + disposal + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED"));

        // The disposed record's holds stay, with their kinds and dates; their reasons are erased with it.
        Api.as("auditor").get("/api/v2/holds/" + cpia).then().statusCode(200).body("kind", equalTo("CPIA"))
                .body("status", equalTo("LIFTED")).body("reason", equalTo("[erased]"))
                .body("lift_reason", equalTo("[erased]"));
        Api.badRequestAs("supervisor").body(Map.of("kind", "CPIA", "reason", "too late")).post(path + "/holds")
                .then().statusCode(410);
    }

    @Test
    void aHoldOnAnOperationHoldsTheRecordsUnderIt() {
        Map<String, Object> body = Operations.body();
        String operation = Operations.createId(body);
        Map<String, Object> arrest = Actions.arrest(1);
        arrest.put("operation_id", operation);
        String action = "/api/v2/enforcement-actions/" + Actions.create(arrest);
        String operationPath = "/api/v2/operations/" + operation;
        Api.as("supervisor").contentType("application/merge-patch+json").header("If-Match", etag(operationPath))
                .body(Map.of("status", "CLOSED")).patch(operationPath).then().statusCode(200);
        String litigation = hold("/api/v2/operations/" + operation, "LITIGATION", "Civil claim 26/CL/0031");
        proposeDisposal(action).then().statusCode(409)
                .body("detail", containsString("The operation " + body.get("reference")))
                .body("detail", containsString("LITIGATION, hold " + litigation));
        proposeDisposal("/api/v2/operations/" + operation).then().statusCode(409);
        Api.as("auditor").get("/api/v2/operations/" + operation + "/holds").then().statusCode(200)
                .body("items.id", equalTo(List.of(litigation)));
        lift(litigation, "Claim settled");
        proposeDisposal(action).then().statusCode(201);
    }

    @Test
    void holdsAreListedCountedAuditedAndInTheFeed() {
        String feedStart = feedEnd(null);
        String path = "/api/v2/enforcement-actions/" + Actions.create(Actions.arrest(1));
        JsonPath before = Api.as("auditor").get("/api/v2/holds/counts").then().statusCode(200).extract().jsonPath();
        String inquiry = hold(path, "PUBLIC_INQUIRY", "Inquiry request IR-7");
        String restriction = hold(path, "SUBJECT_RIGHTS_RESTRICTION", "Accuracy disputed, DPA 2018 s.47 request 118");
        lift(restriction, "Request resolved");

        JsonPath after = Api.as("auditor").get("/api/v2/holds/counts").then().statusCode(200)
                .body("items.kind", hasItems("CPIA", "LITIGATION", "PUBLIC_INQUIRY", "IOPC", "SUBJECT_RIGHTS_RESTRICTION"))
                .extract().jsonPath();
        assertEquals(count(before, "PUBLIC_INQUIRY", "active") + 1, count(after, "PUBLIC_INQUIRY", "active"));
        assertEquals(count(before, "PUBLIC_INQUIRY", "placed_under_one_year_ago") + 1,
                count(after, "PUBLIC_INQUIRY", "placed_under_one_year_ago"));
        assertEquals(count(before, "SUBJECT_RIGHTS_RESTRICTION", "active"),
                count(after, "SUBJECT_RIGHTS_RESTRICTION", "active"), "a lifted hold is not counted");

        Api.as("auditor").get("/api/v2/holds?kind=PUBLIC_INQUIRY&limit=200").then().statusCode(200)
                .body("items.id", hasItem(inquiry));
        Api.as("auditor").get("/api/v2/holds?status=LIFTED&limit=200").then().statusCode(200)
                .body("items.id", hasItem(restriction)).body("items.id", not(hasItem(inquiry)));
        Api.as("supervisor").get(path + "/holds").then().statusCode(200)
                .body("items.id", equalTo(List.of(inquiry, restriction)));

        // Audited as changes of the record held; in the feed as the hold's creation and update.
        Api.as("auditor").get("/api/v2/audit-events?limit=200&resource_id=" + path.substring(path.lastIndexOf('/') + 1))
                .then().statusCode(200).body("items.request_path", hasItem(path + "/holds"));
        Api.as("reader").get("/api/v2/changes?limit=1000&after=" + feedStart).then().statusCode(200)
                .body("items.findAll { it.subject == 'holds/" + restriction + "' }.type",
                        equalTo(List.of("uk.police.enforcement.hold.created", "uk.police.enforcement.hold.updated")))
                .body("items.find { it.subject == 'holds/" + restriction + "' }.data.href",
                        equalTo("/api/v2/holds/" + restriction));
        // The hold's ETag is the version its feed entries state: 1 when placed, 2 once lifted.
        Api.as("auditor").get("/api/v2/holds/" + restriction).then().statusCode(200).header("ETag", "\"2\"");
        Api.as("auditor").get("/api/v2/holds/" + inquiry).then().statusCode(200).header("ETag", "\"1\"");

        Api.badRequestAs("supervisor").body(Map.of("kind", "GARDENING", "reason", "x")).post(path + "/holds").then()
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        Api.badRequestAs("supervisor").body(Map.of("kind", "CPIA", "reason", " ")).post(path + "/holds").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        Api.badRequestAs("reader").get("/api/v2/holds").then().statusCode(403);
        Api.badRequestAs("auditor").body(Map.of("kind", "CPIA", "reason", "x")).post(path + "/holds").then()
                .statusCode(403);
        Api.badRequestAs("auditor").get("/api/v2/holds/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    /**
     * A hold and the approval of a disposal of the same record, sent at once, never both succeed: the record
     * is either disposed of (the hold then finds it gone, 410) or held (the approval then finds the hold, 409).
     */
    @Test
    void aHoldAndAnApprovalRacingForOneRecordNeverBothSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String path = "/api/v2/enforcement-actions/" + Actions.create(Actions.arrest(1));
                String disposal = proposeDisposal(path).then().statusCode(201).extract().path("id");
                CountDownLatch start = new CountDownLatch(1);
                Future<Integer> held = pool.submit(() -> {
                    start.await();
                    return Api.badRequestAs("supervisor").body(Map.of("kind", "LITIGATION", "reason", "Claim 7"))
                            .post(path + "/holds").statusCode();
                });
                Future<Integer> approved = pool.submit(() -> {
                    start.await();
                    return Api.badRequestAs(APPROVER).post("/api/v2/disposals/" + disposal + "/approval").statusCode();
                });
                start.countDown();
                List<Integer> outcome = List.of(held.get(), approved.get());
                assertTrue(
                        outcome.equals(List.of(201, 409)) || outcome.equals(List.of(410, 200)),
                        "hold and approval: " + outcome);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The change feed's end now, read on from {@code cursor}. */
    private static String feedEnd(String cursor) {
        while (true) {
            JsonPath page = Api.as("reader").get("/api/v2/changes?limit=1000" + (cursor == null ? "" : "&after=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            cursor = page.getString("cursor");
            if (page.getList("items").isEmpty()) {
                return cursor;
            }
        }
    }

    private static long count(JsonPath counts, String kind, String field) {
        return ((Number) counts.get("items.find { it.kind == '" + kind + "' }." + field)).longValue();
    }
}
