package uk.police.enforcement.action;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.TestTokens;
@QuarkusTest
class EnforcementActionsApiTest {

    private static void rejected(Map<String, Object> body, String... fields) {
        Api.badRequestAs("recorder").body(body).post("/api/v2/enforcement-actions").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder(fields));
    }

    /**
     * An Idempotency-Key belongs to the token's subject and client: two accounts that share a user name
     * (upn) never get each other's stored answers, and one account is one caller whatever its user name.
     */
    @Test
    void idempotencyKeysBelongToTheTokensSubjectAndClientNotItsUserName() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Actions.arrest(1);
        String first = Api.withToken(TestTokens.identified("officer-1", "shared.name", TestTokens.TEST_CLIENT, "recorder"))
                .header("Idempotency-Key", key).body(body).post("/api/v2/enforcement-actions").then().statusCode(201)
                .extract().header("Location");
        String sameName = Api.withToken(TestTokens.identified("officer-2", "shared.name", TestTokens.TEST_CLIENT, "recorder"))
                .header("Idempotency-Key", key).body(body).post("/api/v2/enforcement-actions").then().statusCode(201)
                .extract().header("Location");
        String otherClient = Api.withToken(TestTokens.identified("officer-1", "shared.name", "records-system", "recorder"))
                .header("Idempotency-Key", key).body(body).post("/api/v2/enforcement-actions").then().statusCode(201)
                .extract().header("Location");
        assertEquals(3, new HashSet<>(List.of(first, sameName, otherClient)).size(), "each caller's key created its own record");
        String renamed = Api.withToken(TestTokens.identified("officer-1", "renamed.officer", TestTokens.TEST_CLIENT, "recorder"))
                .header("Idempotency-Key", key).body(body).post("/api/v2/enforcement-actions").then().statusCode(201)
                .extract().header("Location");
        assertEquals(first, renamed, "the same subject and client retrying gets its own answer");
    }

    @Test
    void everyTypeIsRecordedAndReadBack() {
        for (Map<String, Object> body : List.of(Actions.warrant("POSITIVE", 6, 2, 1),
                Actions.seizure(3, List.of("JD/1", "JD/2", "JD/3")), Actions.arrest(1), Actions.charge(2),
                Actions.safeguarding(3))) {
            Response created = Api.as("recorder").body(body).post("/api/v2/enforcement-actions");
            created.then().statusCode(201)
                    .header("Location", matchesPattern("^http://[^/]+/api/v2/enforcement-actions/[0-9a-f-]{36}$"))
                    .header("ETag", "\"0\"")
                    .body("action_type", equalTo(body.get("action_type")))
                    .body("security_marking", equalTo("OFFICIAL_SENSITIVE"))
                    .body("occurred_at", equalTo("2026-03-03T06:05:00Z"));
            Api.as("reader").get(created.header("Location")).then().statusCode(200)
                    .body("rms_reference", equalTo(body.get("rms_reference")))
                    .body("devices_seized", equalTo(body.getOrDefault("devices_seized", 0)))
                    .body("children_safeguarded", equalTo(body.getOrDefault("children_safeguarded", 0)))
                    .body("persons_arrested", equalTo(body.getOrDefault("persons_arrested", 0)))
                    .body("persons_charged", equalTo(body.getOrDefault("persons_charged", 0)))
                    .body("exhibit_references", equalTo(body.get("exhibit_references")));
        }
    }

    @Test
    void warrantRules() {
        Map<String, Object> body = Actions.warrant("POSITIVE", 1, 0, 0);
        body.remove("legal_basis");
        body.remove("warrant_result");
        rejected(body, "legal_basis", "warrant_result");
        body = Actions.warrant("NOT_EXECUTED", 2, 1, 0);
        rejected(body, "devices_seized", "children_safeguarded");
        body = Actions.warrant("NEGATIVE", 0, 0, 0);
        body.put("persons_charged", 1);
        body.put("charge_offence", "x");
        body.put("safeguarding_type", "MASH_REFERRAL");
        rejected(body, "persons_charged", "charge_offence", "safeguarding_type");
        body = Actions.warrant("POSITIVE", 1, 0, 0);
        body.put("exhibit_references", List.of("JD/1", "JD/2"));
        rejected(body, "exhibit_references");
        Actions.create(Actions.warrant("NOT_EXECUTED", 0, 0, 0));
    }

    @Test
    void seizureRules() {
        rejected(Actions.seizure(0, List.of()), "devices_seized");
        rejected(Actions.seizure(2, List.of("JD/1", "JD/1")), "exhibit_references");
        Map<String, Object> body = Actions.seizure(1, List.of("JD/1"));
        body.put("legal_basis", "PACE_1984_S8");
        body.put("persons_arrested", 1);
        rejected(body, "legal_basis", "persons_arrested");
        rejected(Actions.seizure(1, List.of("bad ref")), "exhibit_references[0]");
    }

    @Test
    void aSeizureRecordsItsPowerAndASeizeAndSiftItsS52Notice() {
        Map<String, Object> seizure = Actions.seizure(2, List.of());
        seizure.remove("seizure_power");
        rejected(seizure, "seizure_power");
        seizure.put("seizure_power", "CJPA_2001_S50");
        seizure.put("s52_notice_given", true);
        rejected(seizure, "seizure_power", "s52_notice_given"); // the 2.4 form: s.50 is not a power of seizure
        seizure.remove("s52_notice_given");
        seizure.put("seizure_power", "PACE_1984_S19");
        seizure.put("seize_and_sift", "CJPA_2001_S50");
        rejected(seizure, "s52_notice_reference", "s52_notice_delivery");
        seizure.put("s52_notice_reference", "S52/CU-26-1/1");
        seizure.put("s52_notice_delivery", "LEFT_ON_PREMISES");
        String id = Actions.create(seizure);
        Api.as("reader").get("/api/v2/enforcement-actions/" + id).then().statusCode(200)
                .body("seizure_power", equalTo("PACE_1984_S19")).body("seize_and_sift", equalTo("CJPA_2001_S50"))
                .body("s52_notice_reference", equalTo("S52/CU-26-1/1"))
                .body("s52_notice_delivery", equalTo("LEFT_ON_PREMISES")).body("s52_notice_given", nullValue());
        seizure.put("seize_and_sift", "CJPA_2001_S51"); // from a person: the notice goes to that person
        rejected(seizure, "s52_notice_delivery");
        seizure.put("s52_notice_delivery", "GIVEN_TO_PERSON");
        Actions.create(seizure);
        Map<String, Object> warrant = Actions.warrant("POSITIVE", 3, 0, 0);
        warrant.remove("seizure_power");
        rejected(warrant, "seizure_power");
        Map<String, Object> arrest = Actions.arrest(1);
        arrest.put("seizure_power", "PACE_1984_S32");
        arrest.put("s52_notice_given", false);
        rejected(arrest, "seizure_power", "s52_notice_given");
        warrant.put("legal_basis", "POCA_1978_S4");
        warrant.put("seizure_power", "WARRANT");
        rejected(warrant, "legal_basis");
    }

    @Test
    void arrestChargeAndSafeguardingRules() {
        rejected(Actions.arrest(0), "persons_arrested");
        Map<String, Object> arrest = Actions.arrest(1);
        arrest.put("exhibit_references", List.of("JD/1"));
        rejected(arrest, "exhibit_references");
        Map<String, Object> charge = Actions.charge(0);
        charge.remove("charge_offence");
        rejected(charge, "persons_charged", "charge_offence");
        Map<String, Object> safeguarding = Actions.safeguarding(0);
        safeguarding.remove("safeguarding_type");
        safeguarding.put("warrant_result", "POSITIVE");
        rejected(safeguarding, "children_safeguarded", "safeguarding_type", "warrant_result");
        // Zero counts that a type does not carry are harmless (SDKs send their defaults).
        Map<String, Object> zeros = Actions.arrest(1);
        zeros.put("devices_seized", 0);
        zeros.put("persons_charged", 0);
        Actions.create(zeros);
    }

    @Test
    void commonFieldRules() {
        Map<String, Object> body = Actions.arrest(1);
        body.put("area", "EAST");
        body.put("occurred_at", Instant.now().plus(10, ChronoUnit.MINUTES).toString());
        rejected(body, "area", "occurred_at");
        body = Actions.arrest(1);
        body.put("persons_arrested", 1001);
        body.put("notes", "x".repeat(501));
        body.put("rms_reference", "lower case");
        rejected(body, "notes", "persons_arrested", "rms_reference");
        body = Actions.arrest(1);
        body.put("occurred_at", "2026-03-03T06:05:00"); // no offset
        rejected(body, "occurred_at");
        body = Actions.arrest(1);
        body.remove("action_type");
        body.remove("rms_reference");
        rejected(body, "action_type", "rms_reference");
        body = Actions.arrest(1);
        body.put("occurred_at", Instant.now().plus(2, ChronoUnit.MINUTES).toString()); // within tolerance
        Actions.create(body);
    }

    @Test
    void unknownOperationIs422NamingTheField() {
        Map<String, Object> body = Actions.arrest(1);
        body.put("operation_id", UUID.randomUUID().toString());
        Api.badRequestAs("recorder").body(body).post("/api/v2/enforcement-actions").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("operation_id"));
    }

    @Test
    void operationWithActionsCannotBeDeletedAndListsItsActions() {
        String operation = Operations.createId(Operations.body());
        Map<String, Object> body = Actions.arrest(1);
        body.put("operation_id", operation);
        String action = Actions.create(body);
        Api.as("reader").get("/api/v2/operations/" + operation + "/enforcement-actions").then().statusCode(200)
                .body("items.id", contains(action));
        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"0\"")
                .delete("/api/v2/operations/" + operation).then().statusCode(409)
                .contentType("application/problem+json");
        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"0\"")
                .delete("/api/v2/enforcement-actions/" + action).then().statusCode(204);
        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"0\"")
                .delete("/api/v2/operations/" + operation).then().statusCode(204);
        Api.as("reader").get("/api/v2/operations/" + UUID.randomUUID() + "/enforcement-actions").then()
                .statusCode(404);
    }

    @Test
    void everyFilterNarrowsTheListAndFiltersCombine() {
        String operation = Operations.createId(Operations.body());
        Instant minute = Actions.privateMinute();
        List<Map<String, Object>> bodies = List.of(Actions.warrant("POSITIVE", 2, 0, 1),
                Actions.warrant("NEGATIVE", 0, 0, 0), Actions.arrest(1), Actions.charge(1), Actions.safeguarding(1));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            Map<String, Object> body = bodies.get(i);
            body.put("occurred_at", minute.plusSeconds(i * 10L).toString());
            body.put("area", i % 2 == 0 ? "NORTH" : "SOUTH");
            if (i < 3) {
                body.put("operation_id", operation);
            }
            ids.add(Actions.create(body));
        }
        String window = "occurred_from=" + minute + "&occurred_before=" + minute.plusSeconds(60);
        String url = "/api/v2/enforcement-actions?" + window;
        Api.as("reader").get(url).then().body("items.id", contains(ids.toArray()));
        Api.as("reader").get(url + "&operation_id=" + operation).then()
                .body("items.id", contains(ids.get(0), ids.get(1), ids.get(2)));
        Api.as("reader").get(url + "&action_type=SEARCH_WARRANT").then()
                .body("items.id", contains(ids.get(0), ids.get(1)));
        Api.as("reader").get(url + "&warrant_result=POSITIVE").then().body("items.id", contains(ids.get(0)));
        Api.as("reader").get(url + "&area=SOUTH").then().body("items.id", contains(ids.get(1), ids.get(3)));
        Api.as("reader").get(url + "&offence_category=IIOC_MAKING").then().body("items.id", contains(ids.get(3)));
        Api.as("reader").get(url + "&area=NORTH&action_type=SEARCH_WARRANT&operation_id=" + operation).then()
                .body("items.id", contains(ids.get(0)));
        // Half-open: the action at the range's first instant is in, the one at its end is not.
        Api.as("reader").get("/api/v2/enforcement-actions?occurred_from=" + minute.plusSeconds(10) + "&occurred_before="
                + minute.plusSeconds(30)).then().body("items.id", contains(ids.get(1), ids.get(2)));
        Api.as("reader").get("/api/v2/enforcement-actions?occurred_from=" + minute.plusSeconds(30) + "&occurred_before="
                + minute.plusSeconds(60)).then().body("items.id", contains(ids.get(3), ids.get(4)));
        Api.as("reader").get("/api/v2/operations/" + operation + "/enforcement-actions?action_type=ARREST").then()
                .body("items.id", contains(ids.get(2)));
        Api.badRequestAs("reader").get("/api/v2/enforcement-actions?area=EAST").then().statusCode(400)
                .body("errors.field", contains("area"));
        Api.badRequestAs("reader").get("/api/v2/enforcement-actions?occurred_from=" + minute + "&occurred_before="
                + minute.minusSeconds(1)).then().statusCode(400).body("errors.field", contains("occurred_before"));
        Api.badRequestAs("reader").get("/api/v2/enforcement-actions?warrant_result=MAYBE").then().statusCode(400)
                .body("errors.field", contains("warrant_result"));
    }

    @Test
    void pagingAcrossManyPagesLosesAndRepeatsNothingWhileRowsArrive() {
        String operation = Operations.createId(Operations.body());
        Instant minute = Actions.privateMinute();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 9; i++) {
            Map<String, Object> body = Actions.arrest(1);
            body.put("operation_id", operation);
            body.put("occurred_at", minute.plusSeconds(i % 4).toString()); // ties on occurred_at too
            expected.add(Actions.create(body));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = Api.as("reader").get("/api/v2/operations/" + operation + "/enforcement-actions?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
            cursor = page.path("next_cursor");
            pages++;
            // A row recorded behind the reader's position is not part of this walk; one ahead of it is.
            Map<String, Object> late = Actions.arrest(1);
            late.put("operation_id", operation);
            late.put("occurred_at", minute.plusSeconds(30 + pages).toString());
            expected.add(Actions.create(late));
        } while (cursor != null);
        assertTrue(pages > 3, "pages " + pages);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "repeated rows: " + seen);
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(seen);
        assertEquals(1, missing.size(), "only the row recorded after the last page may be unseen: " + missing);
    }

    @Test
    void replaceNeedsIfMatchAndRevalidates() {
        Map<String, Object> body = Actions.warrant("POSITIVE", 1, 0, 0);
        String id = Actions.create(body);
        String url = "/api/v2/enforcement-actions/" + id;
        body.put("devices_seized", 4);
        body.put("exhibit_references", List.of("JD/1", "JD/2", "JD/3", "JD/4"));
        Api.badRequestAs("recorder").body(body).put(url).then().statusCode(428);
        Api.as("recorder").header("If-Match", "\"0\"").body(body).put(url).then().statusCode(200)
                .header("ETag", "\"1\"").body("devices_seized", equalTo(4)).body("exhibit_references", hasSize(4));
        Api.as("recorder").header("If-Match", "\"0\"").body(body).put(url).then().statusCode(412);
        body.put("warrant_result", "NOT_EXECUTED");
        Api.badRequestAs("recorder").header("If-Match", "\"1\"").body(body).put(url).then().statusCode(400);
        body.remove("exhibit_references");
        body.put("devices_seized", 0);
        body.remove("seizure_power"); // a warrant that seized nothing names no seizure power
        body.remove("subject_reference");
        Api.as("recorder").header("If-Match", "\"1\"").body(body).put(url).then().statusCode(200)
                .body("exhibit_references", nullValue()).body("subject_reference", nullValue());
        Api.as("reader").header("If-None-Match", "\"2\"").get(url).then().statusCode(304);
    }

    @Test
    void idempotentCreateOfAnAction() {
        Map<String, Object> body = Actions.charge(3);
        String key = UUID.randomUUID().toString();
        Response first = Api.as("recorder").header("Idempotency-Key", key).body(body).post("/api/v2/enforcement-actions");
        Response again = Api.as("recorder").header("Idempotency-Key", key).body(body).post("/api/v2/enforcement-actions");
        assertEquals(201, first.statusCode());
        assertEquals(first.asString(), again.asString());
        body.put("persons_charged", 4);
        Api.badRequestAs("recorder").header("Idempotency-Key", key).body(body).post("/api/v2/enforcement-actions")
                .then().statusCode(422);
    }

    @Test
    void rolesAreEnforced() {
        Api.badRequestAs("reader").body(Actions.arrest(1)).post("/api/v2/enforcement-actions").then().statusCode(403);
        String id = Actions.create(Actions.arrest(1));
        Api.badRequestAs("recorder").header("If-Match", "\"0\"").delete("/api/v2/enforcement-actions/" + id)
                .then().statusCode(403);
        Api.badRequestAs("auditor").get("/api/v2/enforcement-actions/" + id).then().statusCode(403);
        Api.as("reader").get("/api/v2/enforcement-actions/" + UUID.randomUUID()).then().statusCode(404)
                .body("detail", containsString("enforcement action"));
        Api.as("reader").get("/api/v2/enforcement-actions?limit=1&action_type=CHARGE&occurred_from=1999-01-01T00:00:00Z"
                + "&occurred_before=1999-01-02T00:00:00Z").then().body("items", empty());
    }
}
