package uk.police.enforcement.publication;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.ChangeFeedEntries;
import uk.police.enforcement.summary.WeekOfAction;
/**
 * The week of action published: frozen, approved by a second supervisor, safe to release, and unchanged when
 * a back-dated warrant is recorded and a notice disposed of, while its drift lists both and today's figures.
 */
@QuarkusTest
class PublicationsTest {

    /** Another supervisor: a token for other roles has another subject. */
    private static final String[] APPROVER = { "supervisor", "reader" };

    @Inject
    DriftWatch.Check driftWatch;

    private String operation;
    private final List<String> notices = new ArrayList<>();

    /** The README's week: 5 positive warrants, 29 devices, 7 children, 1 arrest, 3 people charged, 6 notices. */
    private void recordTheWeek() {
        WeekOfAction week = WeekOfAction.record();
        operation = week.operation();
        notices.addAll(week.notices());
    }

    private static String shown(JsonPath publication, String figure) {
        return publication.getString("figures.find { it.figure == '" + figure + "' && it.group == null }.shown");
    }

    @Test
    void aPublicationStaysAsPublishedWhileItsDriftIsListed() throws Exception {
        recordTheWeek();
        String proposed = Api.as("supervisor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("title", "Week of action, March 2026", "scope", Map.of("operation_id", operation)))
                .post("/api/v2/publications").then().log().ifValidationFails().statusCode(201)
                .header("Location", containsString("/api/v2/publications/"))
                .body("status", equalTo("PROPOSED")).body("correct_as_at", startsWith("Correct as at "))
                .extract().asString();
        JsonPath publication = new JsonPath(proposed);
        String id = publication.getString("id");
        assertEquals("5", shown(publication, "positive_warrants"));
        assertEquals("29", shown(publication, "devices_seized"));
        assertEquals("7", shown(publication, "children_safeguarded"));
        assertEquals("6", shown(publication, "notices_issued"));
        // Safe to release: numbers under five are suppressed, the arrest's alias with it.
        assertEquals("<5", shown(publication, "arrests"));
        assertEquals("<5", shown(publication, "persons_arrested"));
        assertEquals("<5", shown(publication, "persons_charged"));
        assertEquals(null, publication.getString("figures.find { it.figure == 'persons_charged' }.value"));
        assertEquals("5 positive warrants executed, 29 devices seized, 7 children safeguarded, fewer than 5 arrests, "
                + "fewer than 5 people charged and 6 Cease and Desist notices issued with North West Regional "
                + "Organised Crime Unit.", publication.getString("headline"));
        assertEquals(contentHash(proposed), publication.getString("content_hash"), "the hash is the content's");

        // Approved by a second supervisor, never by the one who proposed it.
        Api.badRequestAs("supervisor").post("/api/v2/publications/" + id + "/approval").then().statusCode(403);
        Api.as(APPROVER).post("/api/v2/publications/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("resolved_by", equalTo("test-supervisor-reader"));
        Api.badRequestAs(APPROVER).post("/api/v2/publications/" + id + "/approval").then().statusCode(409);
        Api.badRequestAs("supervisor").body(Map.of("reason", "too late")).post("/api/v2/publications/" + id
                + "/rejection").then().statusCode(409);
        String published = Api.as("reader").get("/api/v2/publications/" + id).then().statusCode(200).extract()
                .asString();

        // Then a warrant recorded late, back-dated into the week, and a notice disposed of.
        Map<String, Object> late = Actions.warrant("POSITIVE", 1, 0, 0);
        late.put("operation_id", operation);
        late.put("occurred_at", "2026-03-04T09:00:00Z");
        String lateWarrant = Actions.create(late);
        String notice = notices.get(0);
        for (String status : List.of("DELIVERED", "ACKNOWLEDGED", "CLOSED")) {
            Notices.transition(notice, status).then().statusCode(200);
        }
        String operationPath = "/api/v2/operations/" + operation;
        Api.as("supervisor").contentType("application/merge-patch+json")
                .header("If-Match", Api.as("reader").get(operationPath).header("ETag"))
                .body(Map.of("status", "CLOSED")).patch(operationPath).then().statusCode(200);
        String noticePath = "/api/v2/partner-notices/" + notice;
        String disposal = Api.as("supervisor").header("If-Match", Api.as("reader").get(noticePath).header("ETag"))
                .body(Map.of("decision", "DISPOSE", "reason", "No continuing policing purpose"))
                .post(noticePath + "/review-decisions").then().statusCode(201).extract().path("id");
        Api.as(APPROVER).post("/api/v2/disposals/" + disposal + "/approval").then().statusCode(200);

        // The publication reads exactly as it was published.
        assertEquals(published, Api.as("reader").get("/api/v2/publications/" + id).then().statusCode(200).extract()
                .asString());
        JsonPath drift = Api.as("reader").get("/api/v2/publications/" + id + "/drift").then().statusCode(200)
                .body("records_total", equalTo(2)).extract().jsonPath();
        assertEquals("CREATED", drift.getString("records.find { it.record_id == '" + lateWarrant + "' }.change"));
        assertEquals(true, drift.getBoolean("records.find { it.record_id == '" + lateWarrant + "' }.changes_figures"));
        assertEquals("DISPOSED", drift.getString("records.find { it.record_id == '" + notice + "' }.change"));
        assertEquals(false, drift.getBoolean("records.find { it.record_id == '" + notice + "' }.changes_figures"),
                "a disposed record's counts stay");
        assertEquals("5", drift.getString("figures.find { it.figure == 'positive_warrants' }.published"));
        assertEquals(6, drift.getInt("figures.find { it.figure == 'positive_warrants' }.today"));
        assertEquals("6", drift.getString("figures.find { it.figure == 'notices_issued' && it.group == null }.published"));
        assertEquals(6, drift.getInt("figures.find { it.figure == 'notices_issued' && it.group == null }.today"));

        // The CSV for an FOI answer: each number as released, with its definition and the "correct as at" line.
        String[] csv = Api.as("reader").accept("text/csv").get("/api/v2/publications/" + id + "/figures.csv").then()
                .statusCode(200).extract().asString().split("\r\n");
        List<String> header = List.of(csv[0].split(","));
        String charged = List.of(csv).stream().filter(line -> line.contains(",persons_charged,")).findFirst()
                .orElseThrow();
        assertTrue(charged.contains(",persons_charged,,<5,people,"), charged);
        assertTrue(charged.contains(new JsonPath(proposed).getString("correct_as_at")), charged);
        assertEquals("definition", header.get(header.size() - 1));

        // The feed announced it, and announces the drift once it is checked.
        while (driftWatch.announceGrownDrift() < 0) {
            Thread.sleep(50); // the background watch is checking
        }
        List<String> types = ChangeFeedEntries.typesOf(id);
        assertEquals(List.of("uk.police.enforcement.publication.created", "uk.police.enforcement.publication.published",
                "uk.police.enforcement.publication.drifted"), types);
        assertEquals(0, driftWatch.announceGrownDrift(), "drift is announced once, until it grows");
    }

    @Test
    void aScopeIsOneOperationOrOnePeriodAndOnlySupervisorsPropose() {
        Api.badRequestAs("supervisor").body(Map.of("title", "Both", "scope", Map.of("operation_id",
                UUID.randomUUID().toString(), "month", "2026-03"))).post("/api/v2/publications").then().statusCode(400)
                .body("errors.field", hasItem("scope.operation_id"));
        Api.badRequestAs("supervisor").body(Map.of("title", "Neither", "scope", Map.of())).post("/api/v2/publications")
                .then().statusCode(400).body("errors.field", hasItem("scope.operation_id"));
        Api.badRequestAs("supervisor").body(Map.of("title", "Bad year", "scope", Map.of("financial_year", "2025-27")))
                .post("/api/v2/publications").then().statusCode(400).body("errors.field", hasItem("scope.financial_year"));
        Api.badRequestAs("supervisor").body(Map.of("title", "Unknown", "scope", Map.of("operation_id",
                UUID.randomUUID().toString()))).post("/api/v2/publications").then().statusCode(422)
                .body("errors.field", hasItem("scope.operation_id"));
        Api.badRequestAs("recorder").body(Map.of("title", "Mine", "scope", Map.of("month", "2026-03")))
                .post("/api/v2/publications").then().statusCode(403);
        String id = Api.as("supervisor").body(Map.of("title", "FOI answer", "scope", Map.of("financial_year", "1994-95",
                "area", "NORTH"))).post("/api/v2/publications").then().statusCode(201)
                .body("scope.day_from", equalTo("1994-04-01")).body("scope.day_to", equalTo("1995-03-31"))
                .body("scope.financial_year", equalTo("1994-95")).extract().path("id");
        Api.as("supervisor").body(Map.of("reason", "Wrong area")).post("/api/v2/publications/" + id + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("rejection_reason", equalTo("Wrong area"));
        Api.as("auditor").get("/api/v2/publications?status=REJECTED&limit=200").then().statusCode(200);
    }

    /** SHA-256 of the released content, recomputed from the answer: keys in order, no white space. */
    private static String contentHash(String answer) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode body = (ObjectNode) json.readTree(answer);
        ObjectNode released = json.createObjectNode();
        for (String field : List.of("title", "scope", "as_at", "correct_as_at", "figures", "headline", "definitions",
                "security_marking")) {
            released.set(field, body.get(field));
        }
        ObjectMapper canonical = JsonMapper.builder().configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true).build();
        String text = canonical.writeValueAsString(canonical.treeToValue(released, Object.class));
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

}
