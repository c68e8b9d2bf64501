package uk.police.enforcement.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.Contract;
import uk.police.enforcement.support.TestTokens;
@QuarkusTest
class AuditLogTest {

    @Inject
    DataSource dataSource;

    private static Response eventsFor(String resourceId) {
        return Api.as("auditor").get("/api/v2/audit-events?limit=200&resource_id=" + resourceId);
    }

    @Test
    void everyKindOfProcessingIsLoggedWithWhoWhatAndOutcome() {
        String requestId = "req-" + UUID.randomUUID();
        Map<String, Object> body = Operations.body();
        String id = Api.as("recorder").header("X-Request-Id", requestId)
                .header("Justification", "Recording Op Astraea").body(body).post("/api/v2/operations")
                .then().statusCode(201).header("X-Request-Id", requestId).extract().path("id");
        Api.as("reader").get("/api/v2/operations/" + id).then().statusCode(200);
        body.put("status", "ACTIVE");
        Api.as("recorder").header("If-Match", "\"0\"").body(body).put("/api/v2/operations/" + id)
                .then().statusCode(200);
        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"1\"")
                .delete("/api/v2/operations/" + id).then().statusCode(204);

        Response events = eventsFor(id);
        events.then().statusCode(200)
                .body("items.action", contains("COLLECTION", "CONSULTATION", "ALTERATION", "ERASURE"))
                .body("items.outcome_status", contains(201, 200, 200, 204))
                .body("items.request_method", contains("POST", "GET", "PUT", "DELETE"))
                .body("items.resource_type", contains("operations", "operations", "operations", "operations"))
                .body("items[0].actor", equalTo("test-recorder"))
                .body("items[0].roles", contains("recorder"))
                .body("items[0].correlation_id", equalTo(requestId))
                .body("items[0].justification", equalTo("Recording Op Astraea"))
                .body("items[3].actor", equalTo("test-supervisor"));
        // The erasure entry names the record but keeps none of its data.
        assertTrue(!events.asString().contains((String) body.get("reference")));
    }

    /** A retry answered from the stored answer collected nothing: the log counts one collection, then replays. */
    @Test
    void anIdempotentReplayIsLoggedAsAReplayNotASecondCollection() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Operations.body();
        String id = Api.as("recorder").header("Idempotency-Key", key).body(body).post("/api/v2/operations").then()
                .statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        for (int retry = 0; retry < 2; retry++) {
            Api.as("recorder").header("Idempotency-Key", key).body(body).post("/api/v2/operations").then()
                    .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        }
        eventsFor(id).then().statusCode(200)
                .body("items.findAll { it.request_method == 'POST' }.action", contains("COLLECTION", "CONSULTATION",
                        "CONSULTATION"))
                .body("items.findAll { it.request_method == 'POST' }.replay", contains(nullValue(), equalTo(true),
                        equalTo(true)));
        Api.as("auditor").queryParam("resource_id", id).queryParam("action", "COLLECTION").get("/api/v2/audit-events")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void listsAndFailedRequestsAreLoggedWithTheirQueryAndStatus() {
        String actorFilter = "year-" + Operations.privateYear();
        String since = Instant.now().minusSeconds(2).toString();
        String requestId = "list-" + UUID.randomUUID();
        Api.as("reader").header("X-Request-Id", requestId)
                .get("/api/v2/operations?limit=3&operation_type=CAMPAIGN&active_from=2026-01-01&active_to=2026-01-31")
                .then().statusCode(200);
        String missing = UUID.randomUUID().toString();
        Api.as("reader").get("/api/v2/operations/" + missing).then().statusCode(404);
        eventsFor(missing).then().body("items.outcome_status", contains(404))
                .body("items.action", contains("CONSULTATION"));
        Api.as("auditor").get("/api/v2/audit-events?limit=200&actor=test-reader&resource_type=operations"
                + "&action=CONSULTATION&occurred_from=" + since)
                .then().statusCode(200)
                .body("items.find { it.correlation_id == '" + requestId + "' }.query",
                        equalTo("limit=3&operation_type=CAMPAIGN&active_from=2026-01-01&active_to=2026-01-31"));
        Api.as("auditor").get("/api/v2/audit-events?actor=" + actorFilter).then().statusCode(200)
                .body("items", empty());
    }

    /** A lookup that finds several records logs one entry each, every one quoting the reference and the reason. */
    @Test
    void aLookupFindingSeveralRecordsLogsEachWithWhatWasLookedUp() {
        String rms = "CU-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase(java.util.Locale.ROOT);
        List<String> found = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> action = Actions.arrest(1);
            action.put("rms_reference", rms);
            found.add(Actions.create(action));
        }
        Api.as("reader").header("Justification", "Case review " + rms)
                .get("/api/v2/enforcement-actions?rms_reference=" + rms).then().statusCode(200)
                .body("items", hasSize(2));
        for (String id : found) {
            Api.as("auditor").queryParam("resource_id", id).queryParam("action", "CONSULTATION")
                    .get("/api/v2/audit-events").then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].query", equalTo("rms_reference=" + rms))
                    .body("items[0].justification", equalTo("Case review " + rms));
        }
    }

    @Test
    void aRejectedChangeLeavesNoRecordAndItsEntrySaysSo() {
        Map<String, Object> body = Operations.body();
        String id = Operations.createId(body);
        body.put("name", "changed");
        Api.as("recorder").header("If-Match", "\"9\"").body(body).put("/api/v2/operations/" + id)
                .then().statusCode(412);
        eventsFor(id).then().body("items.outcome_status", contains(201, 412))
                .body("items.action", contains("COLLECTION", "ALTERATION"));
        Api.as("reader").get("/api/v2/operations/" + id).then().body("name", not(equalTo("changed")));
    }

    @Test
    void readingTheAuditLogIsItselfLoggedAndOnlyForAuditors() {
        String requestId = "audit-read-" + UUID.randomUUID();
        Api.as("auditor").header("X-Request-Id", requestId).get("/api/v2/audit-events?limit=1")
                .then().statusCode(200);
        Api.as("auditor").get("/api/v2/audit-events?limit=200&resource_type=audit-events&actor=test-auditor")
                .then().body("items.correlation_id", hasItem(requestId));
        for (String role : List.of("reader", "recorder", "supervisor")) {
            Api.badRequestAs(role).get("/api/v2/audit-events").then().statusCode(403);
        }
    }

    @Test
    void pagesWalkTheLogInOrderWithoutRepeats() {
        String id = Operations.createId(Operations.body());
        for (int i = 0; i < 4; i++) {
            Api.as("reader").get("/api/v2/operations/" + id).then().statusCode(200);
        }
        Response first = Api.as("auditor").get("/api/v2/audit-events?limit=2&resource_id=" + id);
        first.then().body("items", hasSize(2)).body("items[0].action", equalTo("COLLECTION"));
        String cursor = first.path("next_cursor");
        Response second = Api.as("auditor").get("/api/v2/audit-events?limit=2&resource_id=" + id + "&cursor=" + cursor);
        second.then().body("items", hasSize(2));
        List<Number> ids = second.path("items.id");
        List<Number> firstIds = first.path("items.id");
        assertTrue(ids.get(0).longValue() > firstIds.get(1).longValue());
    }

    @Test
    void csvExportHasAHeaderAndOneRowPerEntryAndNeutralisesFormulas() {
        String id = Api.as("recorder").header("Justification", "=cmd|' /C calc'!A0").body(Operations.body())
                .post("/api/v2/operations").then().statusCode(201).extract().path("id");
        String csv = Api.as("auditor").accept("text/csv").get("/api/v2/audit-events.csv?resource_id=" + id)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length, csv);
        assertTrue(lines[0].startsWith("security_marking,id,occurred_at,actor,"));
        assertTrue(lines[1].startsWith("OFFICIAL_SENSITIVE,"), lines[1]);
        assertTrue(lines[1].contains(",COLLECTION,operations," + id + ",POST,"), lines[1]);
        assertTrue(lines[1].contains("'=cmd|' /C calc'!A0"), lines[1]);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() throws SQLException {
        Operations.createId(Operations.body());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update audit_event set actor = 'someone-else'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("delete from audit_event"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            SQLException truncate = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("truncate audit_event"));
            assertTrue(truncate.getMessage().contains("append-only"), truncate.getMessage());
        }
    }

    /**
     * DPA 2018 s.62(2)-(3): every consultation's entry shows why. A read names its justification, or its
     * client has a registered purpose; a read with neither is refused, and the refusal is logged.
     */
    @Test
    void everyConsultationIsJustifiedByItsHeaderOrItsClientsPurpose() {
        String id = Operations.createId(Operations.body());
        String url = "/api/v2/operations/" + id;
        String unregistered = TestTokens.unregisteredClient("reader");
        given().filter(Contract.responsesOnly()).auth().oauth2(unregistered).accept("application/json").get(url)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("Justification"));
        given().filter(Contract.requestsAndResponses()).auth().oauth2(unregistered).accept("application/json")
                .header("Justification", "Occurrence CU-26-004417").get(url).then().statusCode(200);
        Api.as("reader").get(url).then().statusCode(200);
        eventsFor(id).then().body("items.outcome_status", contains(201, 400, 200, 200))
                .body("items.justification", contains(TestTokens.TEST_CLIENT_PURPOSE, null, "Occurrence CU-26-004417",
                        TestTokens.TEST_CLIENT_PURPOSE))
                .body("items.client_id", contains(TestTokens.TEST_CLIENT, null, null, TestTokens.TEST_CLIENT));
        // Figures combine records: their entries say COMBINATION.
        String requestId = "combination-" + UUID.randomUUID();
        Api.as("reader").header("X-Request-Id", requestId).get(url + "/summary").then().statusCode(200);
        Api.as("auditor").get("/api/v2/audit-events?limit=200&resource_type=operations&resource_id=" + id).then()
                .statusCode(200).body("items.find { it.correlation_id == '" + requestId + "' }.action",
                        equalTo("COMBINATION"));
    }

    @Test
    void overlongJustificationIsRefused() {
        Api.badRequestAs("reader").header("Justification", "x".repeat(501)).get("/api/v2/operations").then()
                .statusCode(400).body("errors.field", contains("Justification"));
    }

    @Test
    void badAuditFiltersAre400() {
        Api.badRequestAs("auditor").get("/api/v2/audit-events?occurred_from=2026-03-02").then().statusCode(400)
                .body("errors.field", contains("occurred_from"));
        Api.badRequestAs("auditor").get("/api/v2/audit-events?action=READ").then().statusCode(400)
                .body("errors.field", contains("action"));
        Api.badRequestAs("auditor")
                .get("/api/v2/audit-events?occurred_from=2026-03-02T00:00:00Z&occurred_before=2026-03-01T00:00:00Z").then()
                .statusCode(400).body("errors.field", contains("occurred_before"));
    }

    @Test
    void correlationIdIsGeneratedWhenAbsentOrMalformed() {
        String generated = given().get("/q/health/ready").then().extract().header("X-Request-Id");
        assertTrue(generated.matches("[0-9a-f-]{36}"), generated);
        String replaced = given().header("X-Request-Id", "bad id with spaces").get("/q/health/ready").then()
                .extract().header("X-Request-Id");
        assertTrue(replaced.matches("[0-9a-f-]{36}"), replaced);
        given().header("X-Request-Id", "ok-123").get("/q/health/ready").then().header("X-Request-Id", "ok-123");
    }

    @Test
    void securityHeadersAndNoCachingOnTheApi() {
        Api.as("reader").get("/api/v2/operations?limit=1").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("no-store"));
        given().get("/q/health/ready").then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void corsAllowsNoForeignOriginByDefault() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v2/operations").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
