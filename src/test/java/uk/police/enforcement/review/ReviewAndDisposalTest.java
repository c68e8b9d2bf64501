package uk.police.enforcement.review;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/**
 * MoPI review and disposal as a force relies on it: every record carries its group and review date; a
 * retention is recorded with its reason and moves the date; a disposal waits for a second supervisor, is
 * refused while the matter is open, erases the references in the approving transaction (with its ERASURE audit
 * entry and its feed entry), makes the record 410, and leaves every published figure exactly as it was.
 */
@QuarkusTest
class ReviewAndDisposalTest {

    private static final String PROPOSER = "supervisor";
    /** Another supervisor: a token for other roles has another subject. */
    private static final String[] APPROVER = { "supervisor", "reader" };

    @Inject
    DataSource dataSource;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private static String etag(String path) {
        return Api.as("supervisor").get(path).then().statusCode(200).extract().header("ETag");
    }

    private static Response decide(String path, Map<String, Object> decision, String... roles) {
        return Api.as(roles.length == 0 ? new String[] { PROPOSER } : roles).header("If-Match", etag(path))
                .body(decision).post(path + "/review-decisions");
    }

    private static Map<String, Object> dispose(String reason) {
        return Map.of("decision", "DISPOSE", "reason", reason);
    }

    @Test
    void everyRecordIsScheduledForReviewByItsGroup() {
        String possession = Actions.create(Actions.arrest(1));
        Map<String, Object> misuse = Actions.arrest(1);
        misuse.put("offence_category", "COMPUTER_MISUSE");
        String computerMisuse = Actions.create(misuse);
        String operation = Operations.createId(Operations.body());
        String notice = Notices.createNotice(Notices.notice(Notices.createAgency()));
        Api.as("reader").get("/api/v2/enforcement-actions/" + possession).then().statusCode(200)
                .body("retention_group", equalTo("GROUP_1")).body("review_due_on", equalTo(today().plusYears(10).toString()));
        Api.as("reader").get("/api/v2/enforcement-actions/" + computerMisuse).then().statusCode(200)
                .body("retention_group", equalTo("GROUP_3")).body("review_due_on", equalTo(today().plusYears(6).toString()));
        // An operation is a corporate record (the force's schedule); a Cease and Desist notice is Computer
        // Misuse Act work, group 3, not an indecent-images matter.
        Api.as("reader").get("/api/v2/operations/" + operation).then().body("retention_group", equalTo("CORPORATE"))
                .body("review_due_on", equalTo(today().plusYears(6).toString()));
        Api.as("reader").get("/api/v2/partner-notices/" + notice).then().body("retention_group", equalTo("GROUP_3"))
                .body("review_due_on", equalTo(today().plusYears(6).toString()));
    }

    @Test
    void aRetentionIsRecordedWithItsReasonAndMovesTheNextReview() {
        String path = "/api/v2/enforcement-actions/" + Actions.create(Actions.arrest(1));
        String before = etag(path);
        String next = today().plusYears(3).toString();
        Response retained = decide(path, Map.of("decision", "RETAIN", "reason", "Subject still assessed as a risk",
                "next_review_on", next));
        retained.then().statusCode(201).body("status", equalTo("RECORDED")).body("decided_by", equalTo("test-supervisor"));
        assertNotEquals(before, retained.header("ETag"));
        Api.as("reader").get(path).then().body("review_due_on", equalTo(next)).header("ETag", retained.header("ETag"));
        Api.as("auditor").get(path + "/review-decisions").then().statusCode(200)
                .body("items.reason", equalTo(List.of("Subject still assessed as a risk")))
                .body("items.next_review_on", equalTo(List.of(next)));

        String current = retained.header("ETag");
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("decision", "RETAIN", "reason", "no date"),
                Map.of("decision", "RETAIN", "reason", "today is not later", "next_review_on", today().toString()),
                Map.of("decision", "DISPOSE", "reason", "a date is for retentions", "next_review_on", next))) {
            Api.badRequestAs("supervisor").header("If-Match", current).body(bad).post(path + "/review-decisions").then()
                    .statusCode(400).body("errors.field", hasItem("next_review_on"));
        }
        Api.badRequestAs("supervisor").header("If-Match", current).body(Map.of("decision", "RETAIN", "next_review_on", next))
                .post(path + "/review-decisions").then().statusCode(400).body("errors.field", hasItem("reason"));
        Api.badRequestAs("supervisor").header("If-Match", before).body(dispose("stale")).post(path + "/review-decisions")
                .then().statusCode(412);
        Api.badRequestAs("supervisor").body(dispose("no If-Match")).post(path + "/review-decisions").then().statusCode(428);
        Api.badRequestAs("recorder").header("If-Match", current).body(dispose("not a supervisor"))
                .post(path + "/review-decisions").then().statusCode(403);
    }

    @Test
    void aDisposalErasesTheRecordOnASecondSupervisorsApprovalAndEveryFigureStays() throws Exception {
        // Actions are in the past; a minute no other test uses, and the year around it.
        java.time.Instant minute = Actions.privateMinute();
        int year = minute.atZone(java.time.ZoneOffset.UTC).getYear();
        String operation = Operations.createId(Operations.body());
        String operationPath = "/api/v2/operations/" + operation;
        String day = minute.toString();
        String personReference = "PER-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> charge = Actions.charge(2);
        charge.put("operation_id", operation);
        charge.put("occurred_at", day);
        charge.put("person_references", List.of(personReference));
        charge.put("notes", "Charged at interview");
        // Created with an Idempotency-Key: the answer stored for a retry quotes the record.
        String chargeId = Api.as("recorder").header("Idempotency-Key", UUID.randomUUID().toString()).body(charge)
                .post("/api/v2/enforcement-actions").then().statusCode(201).extract().path("id");
        Map<String, Object> againCharged = Actions.charge(1);
        againCharged.put("occurred_at", minute.plusSeconds(60).toString());
        againCharged.put("person_references", List.of(personReference));
        Actions.create(againCharged);
        Map<String, Object> seizure = Actions.seizure(3, List.of("EXH-" + year + "-1", "EXH-" + year + "-2"));
        seizure.put("operation_id", operation);
        seizure.put("occurred_at", day);
        String seizureId = Actions.create(seizure);
        String chargePath = "/api/v2/enforcement-actions/" + chargeId;

        // Nothing under an open operation is disposed of.
        decide(chargePath, dispose("Case finalised")).then().statusCode(409);
        Api.as("supervisor").contentType("application/merge-patch+json").header("If-Match", etag(operationPath))
                .body(Map.of("status", "CLOSED")).patch(operationPath).then().statusCode(200);

        Map<String, String> before = figures(year, operation);
        String seizureRms = Api.as("reader").get("/api/v2/enforcement-actions/" + seizureId).path("rms_reference");

        JsonPath proposed = decide(chargePath, dispose("No continuing policing purpose")).then().statusCode(201)
                .body("status", equalTo("PENDING_APPROVAL")).extract().jsonPath();
        String disposal = proposed.getString("id");
        decide(chargePath, dispose("twice")).then().statusCode(409);
        decide(chargePath, Map.of("decision", "RETAIN", "reason", "changed mind", "next_review_on",
                today().plusYears(1).toString())).then().statusCode(409);
        Api.as("supervisor").get("/api/v2/disposals").then().statusCode(200).body("items.id", hasItem(disposal));
        // Proposed is not done: the record is as it was until a second supervisor approves.
        Api.as("reader").get(chargePath).then().statusCode(200);
        Api.badRequestAs(PROPOSER).post("/api/v2/disposals/" + disposal + "/approval").then().statusCode(403);

        Api.as(APPROVER).post("/api/v2/disposals/" + disposal + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("resolved_by", equalTo("test-supervisor-reader"));
        Api.badRequestAs(APPROVER).post("/api/v2/disposals/" + disposal + "/approval").then().statusCode(409);

        // The record answers 410 wherever its id is named, and is in no list or export.
        Api.badRequestAs("reader").get(chargePath).then().statusCode(410);
        Api.badRequestAs("recorder").contentType("application/merge-patch+json").header("If-Match", "\"9\"")
                .body(Map.of("notes", "x")).patch(chargePath).then().statusCode(410);
        Api.badRequestAs("supervisor").accept("application/problem+json").header("If-Match", "\"9\"").delete(chargePath)
                .then().statusCode(410);
        Api.badRequestAs("supervisor").get(chargePath + "/review-decisions").then().statusCode(410);
        List<String> listed = Api.as("reader").queryParam("operation_id", operation).get("/api/v2/enforcement-actions")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(seizureId), listed);

        // Erased in the database: every reference and free text; the counted columns stay.
        Map<String, Object> row = row("select rms_reference, subject_reference, notes, charge_offence, exhibit_references,"
                + " person_references::text, persons_charged, disposed_at is not null from enforcement_action where id = ?",
                chargeId);
        assertNull(row.get("rms_reference"));
        assertNull(row.get("notes"));
        assertNull(row.get("charge_offence"));
        assertEquals("{ERASED}", row.get("person_references"));
        assertEquals(2, row.get("persons_charged"));
        assertEquals(0L, row("select count(*) from idempotency_key where response_body like '%' || ? || '%'", chargeId
                + "").get("count"), "no stored answer quotes the disposed record");
        assertEquals(Boolean.TRUE, row.get("?column?"));
        Map<String, Object> kept = row("select person_hash from counted_person where figure = 'persons_charged' and action_id = ?",
                chargeId);
        assertFalse(kept.isEmpty(), "the person charged is still counted");
        assertNotEquals(personReference, kept.get("person_hash"));
        assertTrue(row("select count(*) from counted_person where person_hash = ?", personReference)
                .get("count").equals(0L), "no counted_person row holds a reference");

        // Every published figure is what it was.
        assertEquals(before, figures(year, operation));
        assertEquals(seizureRms, Api.as("reader").get("/api/v2/enforcement-actions/" + seizureId).path("rms_reference"));

        // The erasure is in the audit log (by ids, not contents) and in the change feed.
        Api.as("auditor").queryParam("resource_id", chargeId).queryParam("action", "ERASURE").get("/api/v2/audit-events")
                .then().statusCode(200).body("items.findAll { it.outcome_status == 200 }.request_path",
                        equalTo(List.of("/api/v2/disposals/" + disposal + "/approval")));
        // The refused attempts (the proposer's 403, the second approval's 409) are logged against the disposal.
        Api.as("auditor").queryParam("resource_id", disposal).get("/api/v2/audit-events").then().statusCode(200)
                .body("items.findAll { it.request_method == 'POST' }.outcome_status.sort()", equalTo(List.of(403, 409)));
        Map<String, Object> feed = row("select kind, change from change_event where record_id = ? order by tx_id desc, seq desc"
                + " limit 1", chargeId);
        assertEquals(Map.of("kind", "action", "change", "disposed"), feed);

        // The operation itself, once disposed of, answers 410; its figures stay in the summaries.
        String operationDisposal = decide(operationPath, dispose("Operation closed; no purpose")).then().statusCode(201)
                .extract().path("id");
        Api.as(APPROVER).post("/api/v2/disposals/" + operationDisposal + "/approval").then().statusCode(200);
        Api.badRequestAs("reader").get(operationPath).then().statusCode(410);
        Api.badRequestAs("reader").get(operationPath + "/summary").then().statusCode(410);
        Map<String, String> after = figures(year, null, operation);
        before.remove("operation");
        assertEquals(before, after);
        assertNull(row("select reference, name, description from operation where id = ?", operation).get("reference"));
    }

    @Test
    void aNoticeIsDisposedOfOnlyOnceClosedAndARejectedDisposalLeavesTheRecord() throws Exception {
        String notice = Notices.createNotice(Notices.notice(Notices.createAgency()));
        String path = "/api/v2/partner-notices/" + notice;
        decide(path, dispose("Draft only")).then().statusCode(409);
        Notices.transition(notice, "WITHDRAWN").then().statusCode(200);

        String rejected = decide(path, dispose("Withdrawn before issue")).then().statusCode(201).extract().path("id");
        Api.as(PROPOSER).body(Map.of("reason", "Linked investigation open")).post("/api/v2/disposals/" + rejected + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        Api.as("reader").get(path).then().statusCode(200);
        Api.badRequestAs(APPROVER).post("/api/v2/disposals/" + rejected + "/approval").then().statusCode(409);

        String disposal = decide(path, dispose("Withdrawn; no purpose")).then().statusCode(201).extract().path("id");
        Api.as(APPROVER).post("/api/v2/disposals/" + disposal + "/approval").then().statusCode(200);
        Api.badRequestAs("reader").get(path).then().statusCode(410);
        Api.badRequestAs("reader").get(path + "/transitions").then().statusCode(410);
        Map<String, Object> erased = row("select subject_reference, notes from partner_notice where id = ?", notice);
        assertNull(erased.get("subject_reference"));
        assertEquals(0L, row("select count(*) from partner_notice_transition where notice_id = ? and reason is not null",
                notice).get("count"));
        Api.as("auditor").get(path + "/review-decisions").then().statusCode(410);
        Api.as("auditor").queryParam("status", "REJECTED").queryParam("limit", 200).get("/api/v2/disposals").then()
                .statusCode(200).body("items.id", hasItem(rejected));
    }

    @Test
    void onlyARecordMadeInErrorIsDeletedAndOnlyWithinTheGracePeriod() throws Exception {
        String fresh = Actions.create(Actions.arrest(1));
        String old = Actions.create(Actions.arrest(1));
        execute("update enforcement_action set created_at = now() - interval '8 days' where id = ?", old);
        String oldTag = etag("/api/v2/enforcement-actions/" + old);
        Api.badRequestAs("supervisor").accept("application/problem+json").header("If-Match", oldTag)
                .delete("/api/v2/enforcement-actions/" + old).then().statusCode(409);
        Api.as("supervisor").accept("application/problem+json").header("If-Match", etag("/api/v2/enforcement-actions/" + fresh))
                .delete("/api/v2/enforcement-actions/" + fresh).then().statusCode(204);
    }

    @Test
    void recordsDueForReviewAreListedOldestFirstAcrossKinds() throws Exception {
        String operation = Operations.createId(Operations.body());
        String action = Actions.create(Actions.arrest(1));
        String notice = Notices.createNotice(Notices.notice(Notices.createAgency()));
        String disposedLater = Actions.create(Actions.arrest(1));
        execute("update operation set review_due_on = '1990-01-03' where id = ?", operation);
        execute("update enforcement_action set review_due_on = '1990-01-01' where id = ?", action);
        execute("update partner_notice set review_due_on = '1990-01-02' where id = ?", notice);
        execute("update enforcement_action set review_due_on = '1990-01-01', disposed_at = now() where id = ?", disposedLater);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as("supervisor").queryParam("due_before", "1990-02-01").queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v2/reviews").then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                seen.add(item.get("record_type") + " " + item.get("record_id") + " " + item.get("review_due_on"));
            }
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        assertEquals(List.of("ENFORCEMENT_ACTION " + action + " 1990-01-01", "PARTNER_NOTICE " + notice + " 1990-01-02",
                "OPERATION " + operation + " 1990-01-03"), seen);
        Api.badRequestAs("supervisor").get("/api/v2/reviews").then().statusCode(400)
                .body("errors.field", hasItem("due_before"));
    }

    /** Every summary a force publishes for the year and the operation, as served (less when it was generated). */
    private static Map<String, String> figures(int year, String operation) {
        return figures(year, operation, operation);
    }

    /** The same; the operation's own summary only when {@code operation} is given (a disposed one answers 410). */
    private static Map<String, String> figures(int year, String operation, String operationId) {
        Map<String, String> figures = new LinkedHashMap<>();
        Map<String, Object> period = new HashMap<>(Map.of("day_from", year + "-01-01", "day_to", year + "-12-31"));
        figures.put("year", served("/api/v2/summaries", period));
        figures.put("year in NORTH", served("/api/v2/summaries", with(period, "area", "NORTH")));
        figures.put("weeks", served("/api/v2/summaries/time-series", with(period, "interval", "WEEK")));
        figures.put("months", served("/api/v2/summaries/time-series", with(period, "interval", "MONTH")));
        for (String by : List.of("AREA", "OFFENCE_CATEGORY", "ACTION_TYPE")) {
            figures.put("by " + by, served("/api/v2/summaries/breakdown", with(period, "by", by)));
        }
        if (operation != null) {
            figures.put("operation", served("/api/v2/operations/" + operation + "/summary", Map.of()));
        }
        figures.put("operation in the summaries", served("/api/v2/summaries", with(period, "operation_id", operationId)));
        return figures;
    }

    private static Map<String, Object> with(Map<String, Object> params, String name, Object value) {
        Map<String, Object> copy = new HashMap<>(params);
        copy.put(name, value);
        return copy;
    }

    private static String served(String path, Map<String, Object> params) {
        String body = Api.as("reader").queryParams(params).get(path).then().statusCode(200).extract().asString();
        return body.replaceAll("\"generated_at\":\"[^\"]*\"", "").replaceAll("\"(version|etag|updated_at)\":\"[^\"]*\"", "");
    }

    private Map<String, Object> row(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter instanceof String s && s.length() == 36 ? UUID.fromString(s) : parameter);
            try (ResultSet rows = query.executeQuery()) {
                Map<String, Object> row = new LinkedHashMap<>();
                if (rows.next()) {
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        row.put(rows.getMetaData().getColumnLabel(i), rows.getObject(i));
                    }
                }
                return row;
            }
        }
    }

    private void execute(String sql, String id) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, UUID.fromString(id));
            assertEquals(1, update.executeUpdate());
        }
    }

    @Test
    void aReviewMayArchiveARecordForPermanentPreservation() {
        String path = "/api/v2/enforcement-actions/" + Actions.create(Actions.arrest(1));
        Response archived = decide(path, Map.of("decision", "ARCHIVE", "reason", "Selected for permanent preservation"));
        archived.then().statusCode(201).body("decision", equalTo("ARCHIVE")).body("status", equalTo("RECORDED"));
        Api.as("reader").get(path).then().statusCode(200).header("ETag", archived.header("ETag"))
                .body("archived_at", org.hamcrest.Matchers.notNullValue())
                .body("rms_reference", org.hamcrest.Matchers.notNullValue());
        // Archived: no further decision, and never due for review again.
        Api.badRequestAs("supervisor").header("If-Match", etag(path)).body(dispose("after archiving"))
                .post(path + "/review-decisions").then().statusCode(409);
        String id = path.substring(path.lastIndexOf('/') + 1);
        String control = Actions.create(Actions.arrest(1));
        List<String> due = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = Api.as("supervisor").get("/api/v2/reviews?limit=200&due_before=" + today().plusYears(10).plusDays(1)
                    + (cursor == null ? "" : "&cursor=" + cursor)).then().statusCode(200).extract().jsonPath();
            due.addAll(page.getList("items.record_id"));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        assertFalse(due.contains(id), "an archived record is not due for review");
        assertTrue(due.contains(control), "a record made the same day, not archived, is due");
        Api.badRequestAs("supervisor").header("If-Match", etag(path)).body(Map.of("decision", "ARCHIVE",
                "reason", "a date is for retentions", "next_review_on", today().plusYears(1).toString()))
                .post(path + "/review-decisions").then().statusCode(400).body("errors.field", hasItem("next_review_on"));
    }

}
