package uk.police.enforcement.device;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.Races;
import uk.police.enforcement.support.ChangeFeedEntries;
/**
 * The exhibit register: devices registered against the action that seized them, each moved along its journey by
 * checked, dated transitions with If-Match, the examination's counts recorded, destruction refused under a hold or
 * a s.59 application; every rule a 4xx naming its field.
 */
@QuarkusTest
class DevicesTest {

    /** A seizure of {@code devices} devices, an hour ago. */
    static String seizure(int devices) {
        List<String> exhibits = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            exhibits.add(exhibit());
        }
        Map<String, Object> body = Actions.seizure(devices, exhibits);
        body.put("occurred_at", seizedAt().toString());
        return Actions.create(body);
    }

    static Instant seizedAt() {
        return Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
    }

    static String exhibit() {
        return "EX/" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Map<String, Object> device(String action) {
        Map<String, Object> body = new HashMap<>();
        body.put("action_id", action);
        body.put("exhibit_reference", exhibit());
        body.put("kind", "PHONE");
        return body;
    }

    static String register(Map<String, Object> body) {
        return Api.as("recorder").body(body).post("/api/v2/devices").then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    static String etag(String id) {
        return Api.as("reader").get("/api/v2/devices/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** A move with the device's current ETag; the answer is the caller's to check. */
    static Response move(String id, Map<String, Object> transition) {
        return Api.badRequestAs("recorder").header("If-Match", etag(id)).body(transition)
                .post("/api/v2/devices/" + id + "/transitions");
    }

    static Map<String, Object> to(String status, Instant at) {
        Map<String, Object> body = new HashMap<>();
        body.put("to_status", status);
        body.put("occurred_at", at.toString());
        return body;
    }

    static Map<String, Object> examination(int a, int b, int c) {
        return Map.of("caid_category_a", a, "caid_category_b", b, "caid_category_c", c, "fsr_code_compliant", true,
                "fsr_method_reference", "DF-METHOD-07", "examiner_reference", "EXAM-2291");
    }

    /** Triaged to the lab a day after seizure, queued the same day, examined from day 10 to day 12. */
    static void examine(String id, Instant seized, Map<String, Object> counts) {
        Map<String, Object> triaged = to("TRIAGED", seized.plus(Duration.ofDays(1)));
        triaged.put("triage_route", "LAB");
        move(id, triaged).then().statusCode(200);
        move(id, to("AWAITING_EXAMINATION", seized.plus(Duration.ofDays(1)))).then().statusCode(200);
        move(id, to("IN_EXAMINATION", seized.plus(Duration.ofDays(10)))).then().statusCode(200);
        Map<String, Object> examined = to("EXAMINED", seized.plus(Duration.ofDays(12)));
        examined.put("examination", counts);
        move(id, examined).then().statusCode(200);
    }

    @Test
    void aDeviceIsRegisteredAgainstTheActionThatSeizedIt() {
        String action = seizure(2);
        Map<String, Object> body = device(action);
        String id = register(body);
        Api.as("reader").get("/api/v2/devices/" + id).then().statusCode(200)
                .body("status", equalTo("SEIZED")).body("priority", equalTo("STANDARD"))
                .body("security_marking", equalTo("OFFICIAL_SENSITIVE"))
                .body("seized_at", equalTo(Api.as("reader").get("/api/v2/enforcement-actions/" + action).then()
                        .extract().path("occurred_at")));
        Api.as("reader").get("/api/v2/devices?action_id=" + action).then().statusCode(200)
                .body("items.id", contains(id));
        Api.as("reader").get("/api/v2/devices/" + id + "/transitions").then().statusCode(200)
                .body("items.to_status", contains("SEIZED"));

        // The same exhibit reference again, an unknown kind, an unknown action, an action that seized nothing.
        Api.badRequestAs("recorder").body(body).post("/api/v2/devices").then().statusCode(409)
                .body("errors.field", contains("exhibit_reference"));
        Map<String, Object> badKind = device(action);
        badKind.put("kind", "TOASTER");
        Api.badRequestAs("recorder").body(badKind).post("/api/v2/devices").then().statusCode(400)
                .body("errors.field", contains("kind"));
        Api.badRequestAs("recorder").body(device(UUID.randomUUID().toString())).post("/api/v2/devices").then()
                .statusCode(422).body("errors.field", contains("action_id"));
        String arrest = Actions.create(Actions.arrest(1));
        Api.badRequestAs("recorder").body(device(arrest)).post("/api/v2/devices").then().statusCode(409)
                .body("errors.field", contains("action_id"));
        Api.badRequestAs("recorder").body(Map.of("action_id", action, "exhibit_reference", "bad ref", "kind", "PHONE"))
                .post("/api/v2/devices").then().statusCode(400).body("errors.field", contains("exhibit_reference"));
    }

    @Test
    void anActionWhoseRegisteredDevicesAreNotItsCountIsListedNotRefused() {
        String operation = Operations.createId(Operations.body());
        Map<String, Object> body = Actions.seizure(2, List.of(exhibit(), exhibit()));
        body.put("occurred_at", seizedAt().toString());
        body.put("operation_id", operation);
        String action = Actions.create(body);
        String mismatched = "/api/v2/enforcement-actions?device_mismatch=true&operation_id=" + operation;
        // None registered yet: nothing to reconcile.
        Api.as("reader").get(mismatched).then().statusCode(200).body("items", empty());
        register(device(action));
        Api.as("reader").get(mismatched).then().statusCode(200).body("items.id", contains(action))
                .body("items[0].devices_seized", equalTo(2));
        register(device(action));
        Api.as("reader").get(mismatched).then().statusCode(200).body("items", empty());
        Api.as("reader").get("/api/v2/enforcement-actions?device_mismatch=false&operation_id=" + operation).then()
                .statusCode(200).body("items.id", contains(action));
    }

    @Test
    void aDeviceIsTriagedQueuedExaminedAndReturnedEachMoveDated() {
        String action = seizure(1);
        String id = register(device(action));
        Instant seized = Instant.parse(Api.as("reader").get("/api/v2/devices/" + id).then().extract().path("seized_at"));
        examine(id, seized, examination(3, 12, 140));
        Map<String, Object> returned = to("RETURNED", seized.plus(Duration.ofDays(15)));
        move(id, returned).then().statusCode(200).body("status", equalTo("RETURNED"));
        Api.as("reader").get("/api/v2/devices/" + id).then().statusCode(200)
                .body("triage_route", equalTo("LAB"))
                .body("triaged_at", equalTo(seized.plus(Duration.ofDays(1)).toString()))
                .body("examination_started_at", equalTo(seized.plus(Duration.ofDays(10)).toString()))
                .body("examination_ended_at", equalTo(seized.plus(Duration.ofDays(12)).toString()))
                .body("examination.caid_category_a", equalTo(3)).body("examination.caid_category_c", equalTo(140))
                .body("examination.fsr_code_compliant", equalTo(true))
                .body("examination.examiner_reference", equalTo("EXAM-2291"))
                .body("concluded_at", equalTo(seized.plus(Duration.ofDays(15)).toString()));
        Api.as("reader").get("/api/v2/devices/" + id + "/transitions").then().statusCode(200)
                .body("items.to_status", contains("SEIZED", "TRIAGED", "AWAITING_EXAMINATION", "IN_EXAMINATION",
                        "EXAMINED", "RETURNED"))
                .body("items[1].triage_route", equalTo("LAB")).body("items[5].actor", equalTo("test-recorder"));
        // RETURNED is final.
        move(id, to("RETAINED", seized.plus(Duration.ofDays(16)))).then().statusCode(409)
                .body("errors.field", contains("to_status"));
        // The change feed (and so the webhooks) announced each step.
        assertEquals(List.of("uk.police.enforcement.device.created", "uk.police.enforcement.device.transitioned",
                "uk.police.enforcement.device.transitioned", "uk.police.enforcement.device.transitioned",
                "uk.police.enforcement.device.transitioned", "uk.police.enforcement.device.transitioned"),
                ChangeFeedEntries.typesOf(id));
    }

    @Test
    void movesOutOfOrderOrOutOfTimeAreRefusedNamingTheField() {
        String id = register(device(seizure(1)));
        Instant seized = Instant.parse(Api.as("reader").get("/api/v2/devices/" + id).then().extract().path("seized_at"));
        move(id, to("IN_EXAMINATION", seized.plus(Duration.ofDays(1)))).then().statusCode(409)
                .body("errors.field", contains("to_status")).body("errors[0].message", equalTo("must be one of TRIAGED"));
        move(id, to("TRIAGED", seized.plus(Duration.ofDays(1)))).then().statusCode(400)
                .body("errors.field", contains("triage_route"));
        Map<String, Object> early = to("TRIAGED", seized.minus(Duration.ofDays(1)));
        early.put("triage_route", "KIOSK");
        move(id, early).then().statusCode(400).body("errors.field", contains("occurred_at"));
        Map<String, Object> future = to("TRIAGED", Instant.now().plus(Duration.ofHours(1)));
        future.put("triage_route", "KIOSK");
        move(id, future).then().statusCode(400).body("errors.field", contains("occurred_at"));

        Map<String, Object> triaged = to("TRIAGED", seized.plus(Duration.ofDays(1)));
        triaged.put("triage_route", "KIOSK");
        move(id, triaged).then().statusCode(200);
        move(id, to("AWAITING_EXAMINATION", seized.plus(Duration.ofDays(2)))).then().statusCode(200);
        move(id, to("IN_EXAMINATION", seized.plus(Duration.ofDays(5)))).then().statusCode(200);
        // An examination cannot end before it started.
        Map<String, Object> examined = to("EXAMINED", seized.plus(Duration.ofDays(4)));
        examined.put("examination", examination(0, 0, 1));
        move(id, examined).then().statusCode(400).body("errors.field", contains("occurred_at"));
        // CAID counts are whole numbers, never negative; the result belongs to EXAMINED and needs the Code's method.
        examined.put("occurred_at", seized.plus(Duration.ofDays(6)).toString());
        Map<String, Object> negative = new HashMap<>(examination(0, 0, 1));
        negative.put("caid_category_a", -1);
        examined.put("examination", negative);
        move(id, examined).then().statusCode(400).body("errors.field", contains("examination.caid_category_a"));
        Map<String, Object> fraction = new HashMap<>(examination(0, 0, 1));
        fraction.put("caid_category_b", 1.5);
        examined.put("examination", fraction);
        move(id, examined).then().statusCode(400).body("errors.field", contains("examination.caid_category_b"));
        Map<String, Object> noMethod = new HashMap<>(examination(0, 0, 1));
        noMethod.remove("fsr_method_reference");
        examined.put("examination", noMethod);
        move(id, examined).then().statusCode(400).body("errors.field", contains("examination.fsr_method_reference"));
        examined.remove("examination");
        move(id, examined).then().statusCode(400).body("errors.field", contains("examination"));
        examined.put("examination", examination(0, 2, 1));
        move(id, examined).then().statusCode(200).body("examination.caid_category_b", equalTo(2));
    }

    @Test
    void aDeviceTriagedAsNeedingNoExaminationLeavesWithoutOne() {
        String id = register(device(seizure(1)));
        Instant seized = Instant.parse(Api.as("reader").get("/api/v2/devices/" + id).then().extract().path("seized_at"));
        Map<String, Object> triaged = to("TRIAGED", seized.plus(Duration.ofHours(3)));
        triaged.put("triage_route", "NOT_REQUIRED");
        move(id, triaged).then().statusCode(200);
        move(id, to("AWAITING_EXAMINATION", seized.plus(Duration.ofHours(4)))).then().statusCode(409)
                .body("errors.field", contains("to_status"));
        move(id, to("RETAINED", seized.plus(Duration.ofHours(4)))).then().statusCode(200)
                .body("status", equalTo("RETAINED")).body("examination_started_at", nullValue());
    }

    @Test
    void destructionNeedsAReasonAndWaitsForHoldsAndReturnApplications() {
        String action = seizure(1);
        Map<String, Object> body = device(action);
        body.put("s59_application_reference", "MC-26-00412");
        String id = register(body);
        Instant seized = Instant.parse(Api.as("reader").get("/api/v2/devices/" + id).then().extract().path("seized_at"));
        Map<String, Object> triaged = to("TRIAGED", seized.plus(Duration.ofDays(1)));
        triaged.put("triage_route", "NOT_REQUIRED");
        move(id, triaged).then().statusCode(200);

        Map<String, Object> destroyed = to("DESTROYED", seized.plus(Duration.ofDays(2)));
        move(id, destroyed).then().statusCode(400).body("errors.field", contains("reason"));
        destroyed.put("reason", "Court order for forfeiture and destruction");
        move(id, destroyed).then().statusCode(409).body("errors.field", contains("to_status"));

        // The s.59 application decided: cleared by a patch; then a hold on the seizure action stops it.
        Api.as("recorder").contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body("{\"s59_application_reference\": null}").patch("/api/v2/devices/" + id).then().statusCode(200)
                .body("s59_application_reference", nullValue());
        String hold = Api.as("supervisor").body(Map.of("kind", "CPIA", "reason", "Proceedings are not decided"))
                .post("/api/v2/enforcement-actions/" + action + "/holds").then().statusCode(201).extract().path("id");
        move(id, destroyed).then().statusCode(409).body("errors.field", contains("to_status"));
        Api.as("supervisor").body(Map.of("reason", "Proceedings decided")).post("/api/v2/holds/" + hold + "/lifting")
                .then().statusCode(200);
        move(id, destroyed).then().statusCode(200).body("status", equalTo("DESTROYED"))
                .body("conclusion_reason", equalTo("Court order for forfeiture and destruction"));
    }

    @Test
    void twoRacingMovesEndWithOneSuccessAndOne412() throws Exception {
        for (int round = 0; round < 3; round++) {
            String id = register(device(seizure(1)));
            String tag = etag(id);
            List<Integer> statuses = Races.twice(() -> Api.badRequestAs("recorder").header("If-Match", tag)
                    .body(Map.of("to_status", "TRIAGED", "triage_route", "LAB"))
                    .post("/api/v2/devices/" + id + "/transitions").then().extract().statusCode());
            assertEquals(List.of(200, 412), statuses);
            Api.as("reader").get("/api/v2/devices/" + id + "/transitions").then()
                    .body("items.to_status", contains("SEIZED", "TRIAGED"));
        }
    }

    @Test
    void aPatchCorrectsTheDeviceAndItsSeizureDateFollowsItsAction() {
        String action = seizure(2);
        String id = register(device(action));
        Api.as("recorder").contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body(Map.of("priority", "SAFEGUARDING", "kind", "TABLET")).patch("/api/v2/devices/" + id).then()
                .statusCode(200).body("priority", equalTo("SAFEGUARDING")).body("kind", equalTo("TABLET"));
        Api.badRequestAs("recorder").contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("priority", "HIGH")).patch("/api/v2/devices/" + id).then().statusCode(412);
        Api.badRequestAs("recorder").contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body(Map.of("priority", "URGENT")).patch("/api/v2/devices/" + id).then().statusCode(400)
                .body("errors.field", contains("priority"));

        // The action's time corrected: the device was seized then.
        Instant corrected = seizedAt().minus(Duration.ofDays(1));
        String actionTag = Api.as("reader").get("/api/v2/enforcement-actions/" + action).then().extract().header("ETag");
        Api.as("recorder").contentType("application/merge-patch+json").header("If-Match", actionTag)
                .body(Map.of("occurred_at", corrected.toString())).patch("/api/v2/enforcement-actions/" + action)
                .then().statusCode(200);
        Api.as("reader").get("/api/v2/devices/" + id).then().body("seized_at", equalTo(corrected.toString()));

        // Registered against the wrong action: moved to the one that seized it.
        String other = seizure(1);
        Api.as("recorder").contentType("application/merge-patch+json").header("If-Match", etag(id))
                .body(Map.of("action_id", other)).patch("/api/v2/devices/" + id).then().statusCode(200)
                .body("action_id", equalTo(other));
        Api.as("reader").get("/api/v2/devices?action_id=" + other).then().body("items.id", hasItem(id));
        Instant movedTo = Instant.parse(Api.as("reader").get("/api/v2/devices/" + id).then().extract().path("seized_at"));
        // Not past the device's triage: a device is seized before it is triaged.
        Map<String, Object> triaged = to("TRIAGED", movedTo.plus(Duration.ofDays(1)));
        triaged.put("triage_route", "KIOSK");
        move(id, triaged).then().statusCode(200);
        Api.badRequestAs("recorder").contentType("application/merge-patch+json")
                .header("If-Match", Api.as("reader").get("/api/v2/enforcement-actions/" + other).then().extract()
                        .header("ETag"))
                .body(Map.of("occurred_at", movedTo.plus(Duration.ofDays(2)).toString()))
                .patch("/api/v2/enforcement-actions/" + other).then().statusCode(400)
                .body("errors.field", contains("occurred_at"))
                .body("errors[0].message", startsWith("is after the triage of a device"));
    }
}
