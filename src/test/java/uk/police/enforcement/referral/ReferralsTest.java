package uk.police.enforcement.referral;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.Races;
import uk.police.enforcement.support.Contract;
import uk.police.enforcement.support.TestClock;
import uk.police.enforcement.support.TestTokens;
import uk.police.enforcement.support.WithTestClock;
/**
 * The referral register: recorded, graded, moved through its life-cycle by checked transitions, and timed from
 * receipt to the first enforcement action against its grade's target, by the service's one clock (set here across
 * the change to British Summer Time and at the target's edge).
 */
@QuarkusTest
@TestProfile(WithTestClock.class)
class ReferralsTest {

    @Inject
    TestClock clock;

    /** Another class sharing this profile may have left the clock anywhere: each test starts at the real time. */
    @BeforeEach
    void realTime() {
        clock.set(Instant.now());
    }

    @Test
    void aReferralIsRecordedAsReceivedWithItsClockRunning() {
        Instant received = now().minus(Duration.ofHours(5));
        Map<String, Object> body = ReferralRequests.body(received);
        body.put("subject_reference", "SUBJ-R1");
        var created = Api.as("recorder").body(body).post("/api/v2/referrals").then().statusCode(201)
                .header("ETag", "\"0\"").body("status", equalTo("RECEIVED")).body("breached", equalTo(false))
                .body("grade", nullValue()).body("target", nullValue()).body("security_marking", equalTo("OFFICIAL_SENSITIVE"))
                .extract();
        String location = created.header("Location");
        Api.as("reader").get(location).then().statusCode(200).body("source_reference", equalTo(body.get("source_reference")))
                .body("elapsed", containsString("T5H"));
        // The source's reference is unique per source.
        Api.badRequestAs("recorder").body(body).post("/api/v2/referrals").then().statusCode(409)
                .body("errors.field", contains("source_reference"));
        body.put("source", "OTHER_FORCE");
        Api.as("recorder").body(body).post("/api/v2/referrals").then().statusCode(201);
    }

    @Test
    void badInputIsAFourHundredNamingTheField() {
        Map<String, Object> body = ReferralRequests.body(now());
        body.put("source", "THE_PRESS");
        Api.badRequestAs("recorder").body(body).post("/api/v2/referrals").then().statusCode(400)
                .body("errors.field", contains("source"));
        String id = ReferralRequests.create(ReferralRequests.body(now().minusSeconds(60)));
        String url = "/api/v2/referrals/" + id + "/risk-assessments";
        Api.badRequestAs("recorder").body(Map.of("tool", "KIRAT", "grade", "EXTREME", "assessed_at", now().toString()))
                .post(url).then().statusCode(400).body("errors.field", contains("grade"));
        Api.badRequestAs("recorder").body(Map.of("tool", "KIRAT", "grade", "HIGH", "assessed_at", now().toString(),
                "target", "7 days")).post(url).then().statusCode(400).body("errors.field", contains("target"));
        Api.badRequestAs("recorder").body(Map.of("tool", "KIRAT", "grade", "HIGH", "assessed_at", now().toString(),
                "target", "P0D")).post(url).then().statusCode(400).body("errors.field", contains("target"));
        Api.badRequestAs("recorder").body(Map.of("tool", "CRYSTAL_BALL", "grade", "HIGH", "assessed_at",
                now().toString())).post(url).then().statusCode(400).body("errors.field", contains("tool"));
        Api.badRequestAs("recorder").body(Map.of("tool", "KIRAT", "grade", "HIGH", "assessed_at",
                now().minus(Duration.ofDays(1)).toString())).post(url).then().statusCode(400)
                .body("errors.field", contains("assessed_at"));
        Api.as("reader").get(url).then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void theLifeCycleIsCheckedStepByStep() {
        Instant received = now().minus(Duration.ofDays(3));
        String id = ReferralRequests.create(ReferralRequests.body(received));
        ReferralRequests.move(id, Map.of("to_status", "DEVELOPED")).then().statusCode(409)
                .body("errors.field", contains("to_status")).body("detail", containsString("ASSESSED, CLOSED"));
        ReferralRequests.move(id, Map.of("to_status", "ASSESSED")).then().statusCode(409)
                .body("detail", containsString("risk assessment"));
        ReferralRequests.assess(id, "HIGH", received.plus(Duration.ofHours(2)));
        ReferralRequests.move(id, Map.of("to_status", "ASSESSED")).then().statusCode(200).body("status", equalTo("ASSESSED"))
                .body("grade", equalTo("HIGH")).body("target", equalTo("P7D"))
                .body("due_at", equalTo(received.plus(Duration.ofDays(7)).toString()));
        ReferralRequests.move(id, Map.of("to_status", "DEVELOPED")).then().statusCode(200);
        ReferralRequests.move(id, Map.of("to_status", "ACTIONED")).then().statusCode(409)
                .body("detail", containsString("referral_id"));
        ReferralRequests.move(id, Map.of("to_status", "CLOSED", "closure_reason", "WHO_KNOWS")).then().statusCode(400)
                .body("errors.field", contains("closure_reason"));
        ReferralRequests.move(id, Map.of("to_status", "DEVELOPED", "closure_reason", "DUPLICATE")).then().statusCode(400)
                .body("errors.field", contains("closure_reason"));

        Map<String, Object> arrest = Actions.arrest(1);
        arrest.put("occurred_at", received.plus(Duration.ofDays(2)).toString());
        arrest.put("referral_id", id);
        String action = Actions.create(arrest);
        Api.as("reader").get("/api/v2/enforcement-actions/" + action).then().body("referral_id", equalTo(id));
        ReferralRequests.move(id, Map.of("to_status", "ACTIONED")).then().statusCode(200)
                .body("first_action_at", equalTo(received.plus(Duration.ofDays(2)).toString())).body("elapsed", equalTo("P2D"))
                .body("breached", equalTo(false));
        ReferralRequests.move(id, Map.of("to_status", "CLOSED")).then().statusCode(400).body("errors.field", contains("closure_reason"));
        ReferralRequests.move(id, Map.of("to_status", "CLOSED", "closure_reason", "CHARGED", "reason", "Charged on 86/2"))
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closure_reason", equalTo("CHARGED"));
        ReferralRequests.move(id, Map.of("to_status", "ASSESSED")).then().statusCode(409)
                .body("detail", containsString("CLOSED is final"));
        Api.badRequestAs("recorder").body(Map.of("tool", "KIRAT", "grade", "LOW", "assessed_at", now().toString()))
                .post("/api/v2/referrals/" + id + "/risk-assessments").then().statusCode(409);

        Api.as("reader").get("/api/v2/referrals/" + id + "/transitions").then().statusCode(200)
                .body("items.to_status", contains("RECEIVED", "ASSESSED", "DEVELOPED", "ACTIONED", "CLOSED"))
                .body("items[4].reason", equalTo("Charged on 86/2"));
        Api.as("reader").get("/api/v2/referrals/" + id + "/risk-assessments").then().statusCode(200)
                .body("items.grade", contains("HIGH")).body("items[0].assessed_by", not(nullValue()));
    }

    @Test
    void anActionNamesAReferralReceivedBeforeItAndNotClosedBeforeIt() {
        Instant received = now().minus(Duration.ofDays(10));
        String id = ReferralRequests.create(ReferralRequests.body(received));
        Map<String, Object> early = Actions.arrest(1);
        early.put("occurred_at", received.minus(Duration.ofDays(1)).toString());
        early.put("referral_id", id);
        Api.badRequestAs("recorder").body(early).post("/api/v2/enforcement-actions").then().statusCode(400)
                .body("errors.field", contains("referral_id"));
        Map<String, Object> unknown = Actions.arrest(1);
        unknown.put("referral_id", java.util.UUID.randomUUID().toString());
        Api.badRequestAs("recorder").body(unknown).post("/api/v2/enforcement-actions").then().statusCode(422)
                .body("errors.field", contains("referral_id"));

        ReferralRequests.move(id, Map.of("to_status", "CLOSED", "closure_reason", "NO_OFFENCE_IDENTIFIED", "occurred_at",
                received.plus(Duration.ofDays(5)).toString())).then().statusCode(200);
        Map<String, Object> late = Actions.arrest(1);
        late.put("occurred_at", received.plus(Duration.ofDays(6)).toString());
        late.put("referral_id", id);
        Api.badRequestAs("recorder").body(late).post("/api/v2/enforcement-actions").then().statusCode(409)
                .body("errors.field", contains("referral_id"));
        // In a batch the item is named.
        Api.badRequestAs("recorder").body(Map.of("items", List.of(Actions.arrest(1), late)))
                .post("/api/v2/enforcement-actions/batch").then().statusCode(409)
                .body("errors.field", contains("items[1].referral_id"));
        late.put("occurred_at", received.plus(Duration.ofDays(4)).toString());
        Actions.create(late);
    }

    /**
     * Targets are elapsed time: received at noon on the Saturday before the clocks go forward (29 March 2026), a
     * HIGH referral falls due 7 x 24 hours later, at 13:00 BST on 4 April, and exactly then it is within its target.
     */
    @Test
    void theClockRunsInElapsedTimeAcrossTheChangeToSummerTimeAndTheTargetItselfIsWithin() {
        Instant received = Instant.parse("2026-03-28T12:00:00Z");
        Instant due = Instant.parse("2026-04-04T12:00:00Z");
        clock.set(received);
        String waiting = ReferralRequests.create(ReferralRequests.body(received));
        String actedAtTheTarget = ReferralRequests.create(ReferralRequests.body(received));
        String actedASecondLate = ReferralRequests.create(ReferralRequests.body(received));
        for (String id : List.of(waiting, actedAtTheTarget, actedASecondLate)) {
            ReferralRequests.assess(id, "HIGH", received.plusSeconds(60));
        }
        ReferralRequests.get(waiting).then().body("due_at", equalTo(due.toString())).body("target", equalTo("P7D"));

        clock.set(due);
        link(actedAtTheTarget, due);
        ReferralRequests.get(waiting).then().body("elapsed", equalTo("P7D")).body("breached", equalTo(false));
        ReferralRequests.get(actedAtTheTarget).then().body("elapsed", equalTo("P7D")).body("breached", equalTo(false));

        clock.set(due.plusSeconds(1));
        link(actedASecondLate, due.plusSeconds(1));
        ReferralRequests.get(waiting).then().body("elapsed", equalTo("P7DT1S")).body("breached", equalTo(true));
        ReferralRequests.get(actedAtTheTarget).then().body("breached", equalTo(false));
        ReferralRequests.get(actedASecondLate).then().body("elapsed", equalTo("P7DT1S")).body("breached", equalTo(true));

        // Time passing after the first action does not move the clock.
        clock.set(due.plus(Duration.ofDays(30)));
        ReferralRequests.get(actedAtTheTarget).then().body("elapsed", equalTo("P7D")).body("breached", equalTo(false));
    }

    /** The latest assessment decides: regraded VERY_HIGH, the target shrinks to a day; its own target wins over the grade's. */
    @Test
    void theLatestAssessmentDecidesTheTarget() {
        Instant received = now().minus(Duration.ofDays(2));
        String id = ReferralRequests.create(ReferralRequests.body(received));
        ReferralRequests.assess(id, "LOW", received.plusSeconds(60));
        ReferralRequests.get(id).then().body("target", equalTo("P30D")).body("breached", equalTo(false));
        ReferralRequests.assess(id, "VERY_HIGH", received.plusSeconds(3600));
        ReferralRequests.get(id).then().body("grade", equalTo("VERY_HIGH")).body("target", equalTo("P1D"))
                .body("breached", equalTo(true));
        // An assessment dated earlier than the latest, recorded later, is history only.
        ReferralRequests.assess(id, "MEDIUM", received.plusSeconds(1800));
        ReferralRequests.get(id).then().body("grade", equalTo("VERY_HIGH"));
        Api.as("recorder").body(Map.of("tool", "KIRAT", "grade", "HIGH", "assessed_at", received.plusSeconds(7200)
                .toString(), "target", "PT36H")).post("/api/v2/referrals/" + id + "/risk-assessments").then()
                .statusCode(201).body("target", equalTo("P1DT12H"));
        ReferralRequests.get(id).then().body("grade", equalTo("HIGH")).body("target", equalTo("P1DT12H"));
        Api.as("reader").get("/api/v2/referrals/" + id + "/risk-assessments").then()
                .body("items.grade", contains("LOW", "MEDIUM", "VERY_HIGH", "HIGH"));
    }

    @Test
    void theBreachingListHasThoseDueWithNoActionOldestFirst() {
        String operation = Operations.createId(Operations.body());
        Instant now = now();
        String oldest = graded(operation, now.minus(Duration.ofDays(40)), "LOW");
        String middle = graded(operation, now.minus(Duration.ofDays(9)), "HIGH");
        graded(operation, now.minus(Duration.ofDays(3)), "HIGH"); // within its 7 days
        String actedOn = graded(operation, now.minus(Duration.ofDays(20)), "MEDIUM");
        link(actedOn, now.minus(Duration.ofDays(1)));
        String closed = graded(operation, now.minus(Duration.ofDays(35)), "LOW");
        ReferralRequests.move(closed, Map.of("to_status", "CLOSED", "closure_reason", "DUPLICATE")).then().statusCode(200);
        Map<String, Object> ungraded = ReferralRequests.body(now.minus(Duration.ofDays(50)));
        ungraded.put("operation_id", operation);
        ReferralRequests.create(ungraded); // never assessed: no target, never breaching

        JsonPath page = Api.as("reader").queryParam("breaching", true).queryParam("operation_id", operation)
                .get("/api/v2/referrals").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(oldest, middle), page.getList("items.id"));
        assertEquals(List.of(true, true), page.getList("items.breached"));
        Api.as("reader").queryParam("breaching", false).queryParam("operation_id", operation).get("/api/v2/referrals")
                .then().statusCode(200).body("items.id", not(hasItem(oldest))).body("items.id", hasItem(actedOn));
        // Paged one at a time, in the same order.
        String first = Api.as("reader").queryParam("breaching", true).queryParam("operation_id", operation)
                .queryParam("limit", 1).get("/api/v2/referrals").then().body("items[0].id", equalTo(oldest))
                .extract().path("next_cursor");
        Api.as("reader").queryParam("breaching", true).queryParam("operation_id", operation).queryParam("limit", 1)
                .queryParam("cursor", first).get("/api/v2/referrals").then().body("items[0].id", equalTo(middle));
    }

    @Test
    void aPartnerAgencySeesTheReferralsItSentAndTheirStatusOnly() {
        String code = Notices.uniqueCode();
        String agency = Api.as("recorder").body(Notices.agency(code)).post("/api/v2/partner-agencies").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> sent = ReferralRequests.body(now().minusSeconds(3600));
        sent.put("partner_agency_id", agency);
        sent.put("notes", "Unit's own working note");
        sent.put("rms_reference", "OCC-R-00042");
        String own = ReferralRequests.create(sent);
        Map<String, Object> other = ReferralRequests.body(now().minusSeconds(3600));
        other.put("partner_agency_id", Notices.createAgency());
        String others = ReferralRequests.create(other);
        String unit = ReferralRequests.create(ReferralRequests.body(now().minusSeconds(3600)));

        var partner = io.restassured.RestAssured.given().filter(Contract.requestsAndResponses())
                .auth().oauth2(TestTokens.partner(code)).accept("application/json");
        partner.get("/api/v2/referrals/" + own).then().statusCode(200).body("status", equalTo("RECEIVED"))
                .body("notes", nullValue()).body("rms_reference", nullValue());
        partner.get("/api/v2/referrals?limit=200").then().statusCode(200).body("items.id", contains(own));
        for (String hidden : List.of(others, unit)) {
            io.restassured.RestAssured.given().filter(Contract.responsesOnly()).auth().oauth2(TestTokens.partner(code))
                    .accept("application/json").get("/api/v2/referrals/" + hidden).then().statusCode(404);
        }
        io.restassured.RestAssured.given().filter(Contract.responsesOnly()).auth().oauth2(TestTokens.partner(code))
                .accept("application/json").get("/api/v2/referrals/" + own + "/transitions").then().statusCode(403);
        ReferralRequests.get(own).then().body("notes", equalTo("Unit's own working note"));
    }

    @Test
    void twoRacingTransitionsEndWithOneSuccessAndOne412() throws Exception {
        for (int round = 0; round < 3; round++) {
            String id = ReferralRequests.create(ReferralRequests.body(now().minusSeconds(600)));
            List<Integer> statuses = Races.twice(() -> Api.badRequestAs("recorder").header("If-Match", "\"0\"")
                    .body(Map.of("to_status", "CLOSED", "closure_reason", "DUPLICATE"))
                    .post("/api/v2/referrals/" + id + "/transitions").then().extract().statusCode());
            assertEquals(List.of(200, 412), statuses);
            Api.as("reader").get("/api/v2/referrals/" + id + "/transitions").then()
                    .body("items.to_status", contains("RECEIVED", "CLOSED"));
        }
    }

    @Test
    void aPatchChangesTheReferralsOwnFieldsAndMovesItsDueDateWithItsReceipt() {
        Instant received = now().minus(Duration.ofDays(1));
        String id = ReferralRequests.create(ReferralRequests.body(received));
        ReferralRequests.assess(id, "HIGH", received.plusSeconds(60));
        Instant corrected = received.minus(Duration.ofDays(1));
        Api.as("recorder").contentType("application/merge-patch+json").header("If-Match", ReferralRequests.etag(id))
                .body(Map.of("received_at", corrected.toString(), "rms_reference", "OCC-R-77"))
                .patch("/api/v2/referrals/" + id).then().statusCode(200).body("rms_reference", equalTo("OCC-R-77"))
                .body("due_at", equalTo(corrected.plus(Duration.ofDays(7)).toString()));
        Api.badRequestAs("recorder").contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("notes", "stale")).patch("/api/v2/referrals/" + id).then().statusCode(412);
        Api.badRequestAs("recorder").contentType("application/merge-patch+json").header("If-Match", ReferralRequests.etag(id))
                .body(Map.of("status", "CLOSED")).patch("/api/v2/referrals/" + id).then().statusCode(400)
                .body("errors.field", contains("status"));
    }

    /** Now to the second, so that instants compare as the service writes them. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String graded(String operation, Instant received, String grade) {
        Map<String, Object> body = ReferralRequests.body(received);
        body.put("operation_id", operation);
        String id = ReferralRequests.create(body);
        ReferralRequests.assess(id, grade, received.plusSeconds(60));
        return id;
    }

    private static void link(String referral, Instant at) {
        Map<String, Object> action = Actions.arrest(1);
        action.put("occurred_at", at.toString());
        action.put("referral_id", referral);
        Actions.create(action);
    }
}
