package uk.police.enforcement.review;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.support.Api;
/**
 * A log of erasure must not keep the erased data (DPA 2018 s.62): once a record is disposed of, the references
 * callers looked it up by, or quoted in their justifications, are in no table and in no answer of the audit
 * log; the log still says who consulted which record, when and why.
 */
@QuarkusTest
class DisposalLeavesNoReferenceTest {

    private static final String[] APPROVER = { "supervisor", "reader" };

    @Inject
    DataSource dataSource;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    @Test
    void aDisposedRecordsReferencesAreErasedFromTheAuditLogWhichStillNamesTheRecord() throws Exception {
        String rms = unique("CU-");
        String subject = unique("SUBJ-");
        String exhibit = unique("EXH/");
        Map<String, Object> warrant = Actions.warrant("POSITIVE", 2, 0, 0);
        warrant.put("rms_reference", rms);
        warrant.put("subject_reference", subject);
        warrant.put("exhibit_references", List.of(exhibit + "/1", exhibit + "/2"));
        String action = Actions.create(warrant);
        // Its devices, in the exhibit register under the same exhibit references, one with a s.59 application.
        String s59 = unique("MC-");
        String device = Api.as("recorder").body(Map.of("action_id", action, "exhibit_reference", exhibit + "/1",
                "kind", "PHONE", "s59_application_reference", s59)).post("/api/v2/devices").then().statusCode(201)
                .extract().path("id");
        String noticeSubject = unique("SUBJ-");
        Map<String, Object> noticeBody = Notices.notice(Notices.createAgency());
        noticeBody.put("subject_reference", noticeSubject);
        String notice = Notices.createNotice(noticeBody);
        List<String> values = List.of(rms, subject, exhibit + "/1", exhibit + "/2", noticeSubject, s59);

        // Looked up by each kind of reference, each lookup justified in words that quote the reference.
        lookUp("/api/v2/enforcement-actions", "rms_reference", rms, action);
        lookUp("/api/v2/enforcement-actions", "subject_reference", subject, action);
        lookUp("/api/v2/enforcement-actions", "exhibit_reference", exhibit + "/2", action);
        lookUp("/api/v2/partner-notices", "subject_reference", noticeSubject, notice);
        // A justification may quote a reference in another letter case, on a read of the record itself.
        Api.as("reader").header("Justification", "Task 4411: " + exhibit.toLowerCase(Locale.ROOT) + "/1 for the CPS")
                .get("/api/v2/enforcement-actions/" + action).then().statusCode(200);
        // The log names what was looked up, until the disposal.
        Api.as("auditor").queryParam("resource_id", action).queryParam("action", "CONSULTATION")
                .get("/api/v2/audit-events").then().statusCode(200)
                .body("items.query", hasItem("rms_reference=" + rms))
                .body("items.justification", hasItem("Looking up " + rms + " for case review"));

        dispose("/api/v2/enforcement-actions/" + action);
        Notices.transition(notice, "WITHDRAWN").then().statusCode(200);
        dispose("/api/v2/partner-notices/" + notice);

        for (String value : values) {
            assertEquals(List.of(), tablesHolding(value), value + " is still stored");
        }
        // The device stays, for the figures, without its references.
        Api.as("reader").get("/api/v2/devices/" + device).then().statusCode(200)
                .body("exhibit_reference", nullValue()).body("status", equalTo("SEIZED"));
        // Every audit read path: the JSON pages and their CSV form, whichever filter finds the entries.
        for (String record : List.of(action, notice)) {
            String json = Api.as("auditor").queryParam("resource_id", record).queryParam("limit", 200)
                    .get("/api/v2/audit-events").then().statusCode(200).extract().asString();
            String csv = Api.as("auditor").accept("text/csv").queryParam("resource_id", record).queryParam("limit", 200)
                    .get("/api/v2/audit-events.csv").then().statusCode(200).extract().asString();
            for (String value : values) {
                assertFalse(json.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)), value + " in " + json);
                assertFalse(csv.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)), value + " in " + csv);
            }
        }
        String recent = Api.as("auditor").queryParam("actor", "test-reader").queryParam("limit", 200)
                .get("/api/v2/audit-events").then().statusCode(200).extract().asString();
        values.forEach(value -> assertFalse(recent.contains(value), value + " in the reader's entries"));

        // Who, when, why and which record stay: each lookup's entry names the record it returned.
        JsonPath consulted = Api.as("auditor").queryParam("resource_id", action).queryParam("action", "CONSULTATION")
                .queryParam("limit", 200).get("/api/v2/audit-events").then().statusCode(200).extract().jsonPath();
        List<String> queries = consulted.getList("items.query");
        assertTrue(queries.containsAll(List.of("rms_reference=[erased]", "subject_reference=[erased]",
                "exhibit_reference=[erased]")), queries.toString());
        assertTrue(consulted.getList("items.actor").contains("test-reader"));
        List<String> justifications = consulted.getList("items.justification");
        assertTrue(justifications.contains("Looking up [erased] for case review"), justifications.toString());
        assertTrue(justifications.contains("Task 4411: [erased] for the CPS"), justifications.toString());
        assertTrue(consulted.getList("items.occurred_at").stream().allMatch(at -> at != null));
        Api.as("auditor").queryParam("resource_id", notice).queryParam("action", "CONSULTATION")
                .get("/api/v2/audit-events").then().statusCode(200)
                .body("items.query", hasItem("subject_reference=[erased]"));
    }

    private static void lookUp(String path, String parameter, String value, String expected) {
        Api.as("reader").queryParam(parameter, value).header("Justification", "Looking up " + value + " for case review")
                .get(path).then().statusCode(200).body("items.id", equalTo(List.of(expected)));
    }

    private static void dispose(String path) {
        String etag = Api.as("supervisor").get(path).then().statusCode(200).extract().header("ETag");
        String disposal = Api.as("supervisor").header("If-Match", etag)
                .body(Map.of("decision", "DISPOSE", "reason", "No continuing policing purpose"))
                .post(path + "/review-decisions").then().statusCode(201).extract().path("id");
        Api.as(APPROVER).post("/api/v2/disposals/" + disposal + "/approval").then().statusCode(200);
    }

    /** Every table of the service's schema with a row whose text holds {@code value}, in any letter case. */
    private List<String> tablesHolding(String value) throws Exception {
        List<String> holding = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery(
                    "select tablename from pg_tables where schemaname = 'public'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertTrue(tables.containsAll(List.of("audit_event", "audit_quote", "enforcement_action", "idempotency_key")));
            for (String table : tables) {
                try (PreparedStatement scan = connection.prepareStatement(
                        "select count(*) from \"" + table + "\" t where strpos(lower(t::text), lower(?)) > 0")) {
                    scan.setString(1, value);
                    try (ResultSet count = scan.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            holding.add(table);
                        }
                    }
                }
            }
        }
        return holding;
    }
}
