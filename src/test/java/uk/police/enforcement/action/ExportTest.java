package uk.police.enforcement.action;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.Contract;
import uk.police.enforcement.support.TestTokens;
/**
 * Bulk exports for another system: every record of a period, as CSV or NDJSON, counted in X-Row-Count and
 * logged as a disclosure with that count; each NDJSON line is the record as its GET answers it.
 */
@QuarkusTest
class ExportTest {

    private static Response export(String token, String path, Map<String, ?> query, String requestId) {
        return RestAssured.given().auth().oauth2(token).header("X-Request-Id", requestId).queryParams(query)
                .get(path);
    }

    @Test
    void actionsOfAPeriodAreStreamedAsCsvAndNdjsonAndLoggedAsADisclosure() throws Exception {
        Instant start = Actions.privateMinute();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = i % 2 == 0 ? Actions.arrest(1) : Actions.seizure(2, List.of("EX/" + i, "EX/" + i + "B"));
            body.put("occurred_at", start.plus(i, ChronoUnit.MINUTES).toString());
            if (i == 3) {
                body.put("security_marking", "OFFICIAL");
                body.put("notes", "=HYPERLINK(\"x\"), with a comma");
            }
            ids.add(Actions.create(body));
        }
        Actions.create(Map.of("action_type", "ARREST", "occurred_at", start.plus(10, ChronoUnit.MINUTES).toString(),
                "area", "NORTH", "offence_category", "IIOC_DISTRIBUTION", "rms_reference", Actions.rmsReference(),
                "persons_arrested", 1)); // just after the period
        Map<String, String> period = Map.of("occurred_from", start.toString(),
                "occurred_before", start.plus(10, ChronoUnit.MINUTES).toString());
        String reader = TestTokens.forRoles("reader");

        String requestId = "export-" + UUID.randomUUID();
        Map<String, String> toCps = new HashMap<>(period);
        toCps.put("recipient", "CPS North West");
        Response csv = export(reader, "/api/v2/exports/enforcement-actions.csv", toCps, requestId);
        assertEquals(200, csv.statusCode(), csv.asString());
        assertEquals("5", csv.header("X-Row-Count"));
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<String> lines = csv.asString().lines().toList();
        assertEquals(6, lines.size(), csv.asString());
        assertTrue(lines.get(0).startsWith("security_marking,id,"), lines.get(0));
        for (int i = 0; i < 5; i++) {
            assertTrue(lines.get(i + 1).contains(ids.get(i)), "oldest first: " + lines);
        }
        assertTrue(lines.get(4).startsWith("OFFICIAL," + ids.get(3)), "each row carries its record's marking");
        assertTrue(lines.get(4).contains("\"'=HYPERLINK(\"\"x\"\"), with a comma\""), "cells are made safe: " + lines.get(4));
        assertTrue(lines.get(2).contains("EX/1;EX/1B"), "lists are joined: " + lines.get(2));
        Api.as("auditor").queryParam("resource_type", "exports").queryParam("limit", 200).get("/api/v2/audit-events")
                .then().statusCode(200)
                .body("items.find { it.correlation_id == '" + requestId + "' }.action", equalTo("DISCLOSURE"))
                .body("items.find { it.correlation_id == '" + requestId + "' }.row_count", equalTo(5))
                .body("items.find { it.correlation_id == '" + requestId + "' }.recipient", equalTo("CPS North West"));

        // Without a recipient, the one registered for the calling system is the recipient.
        String ndjsonRequestId = "export-" + UUID.randomUUID();
        Response ndjson = export(reader, "/api/v2/exports/enforcement-actions.ndjson", period, ndjsonRequestId);
        assertEquals(200, ndjson.statusCode(), ndjson.asString());
        assertEquals("application/x-ndjson", ndjson.contentType());
        List<String> records = ndjson.asString().lines().toList();
        assertEquals(5, records.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(records.get(0));
        JsonNode asGet = json.readTree(Api.as("reader").get("/api/v2/enforcement-actions/" + ids.get(0)).asString());
        assertEquals(asGet, first, "each line is the record as its GET answers it");
        Api.as("auditor").queryParam("resource_type", "exports").queryParam("limit", 200).get("/api/v2/audit-events")
                .then().statusCode(200).body("items.find { it.correlation_id == '" + ndjsonRequestId + "' }.recipient",
                        equalTo(TestTokens.TEST_CLIENT_PURPOSE));
    }

    @Test
    void aReadersExportIsBoundedAndALargerOneIsABulkDisclosureForTheRoleOrARegisteredClient() {
        String reader = TestTokens.forRoles("reader");
        Map<String, String> everything = Map.of("occurred_from", "0001-01-01T00:00:00Z",
                "occurred_before", "9999-01-01T00:00:00Z");
        Response tooLong = refused(reader, "/api/v2/exports/enforcement-actions.ndjson", everything);
        assertEquals(403, tooLong.statusCode(), tooLong.asString());
        assertEquals("/problems/bulk-disclosure", tooLong.path("type"));
        assertEquals("occurred_before", tooLong.path("errors[0].field"));
        assertTrue(tooLong.<String>path("errors[0].message").contains("enforcement.exports.max-period"),
                tooLong.asString());
        Response noticesTooLong = refused(reader, "/api/v2/exports/partner-notices.csv",
                Map.of("recorded_from", "2020-01-01T00:00:00Z", "recorded_before", "2020-02-02T00:00:00Z"));
        assertEquals(403, noticesTooLong.statusCode(), noticesTooLong.asString());
        assertEquals("recorded_before", noticesTooLong.path("errors[0].field"));

        // More records in a short period than a reader may take (max-rows is 20 under test): refused before a row.
        Instant start = Actions.privateMinute();
        for (int i = 0; i < 21; i++) {
            Map<String, Object> arrest = Actions.arrest(1);
            arrest.put("occurred_at", start.plusSeconds(i).toString());
            Actions.create(arrest);
        }
        Map<String, String> minute = Map.of("occurred_from", start.toString(),
                "occurred_before", start.plusSeconds(60).toString());
        Response tooMany = refused(reader, "/api/v2/exports/enforcement-actions.csv", minute);
        assertEquals(403, tooMany.statusCode(), tooMany.asString());
        assertTrue(tooMany.<String>path("errors[0].message").contains("enforcement.exports.max-rows"),
                tooMany.asString());

        // The bulk-discloser role, or a calling system registered for bulk disclosure, may take both.
        Response bulk = export(TestTokens.forRoles("reader", "bulk-discloser"), "/api/v2/exports/enforcement-actions.csv",
                minute, "bulk-" + UUID.randomUUID());
        assertEquals(200, bulk.statusCode(), bulk.asString());
        assertEquals("21", bulk.header("X-Row-Count"));
        Map<String, String> yearsToDashboard = new HashMap<>(Map.of("occurred_from", "2000-01-01T00:00:00Z",
                "occurred_before", "2021-01-01T00:00:00Z", "recipient", "Force performance team"));
        Response registered = RestAssured.given()
                .auth().oauth2(TestTokens.identified("dashboard-1", "dashboard", "bulk-export-tests", "reader"))
                .header("Justification", "Annual performance return").queryParams(yearsToDashboard)
                .get("/api/v2/exports/enforcement-actions.ndjson");
        assertEquals(200, registered.statusCode(), registered.asString());
        assertTrue(Integer.parseInt(registered.header("X-Row-Count")) >= 21, registered.header("X-Row-Count"));
    }

    @Test
    void anExportNamesItsRecipientUnlessTheCallingSystemHasOneRegistered() {
        Instant start = Actions.privateMinute();
        Map<String, String> period = new HashMap<>(Map.of("occurred_from", start.toString(),
                "occurred_before", start.plusSeconds(60).toString()));
        String unregistered = TestTokens.identified("analyst-1", "analyst", "analysis-workbench", "reader");
        Response nameless = RestAssured.given().filter(Contract.responsesOnly()).auth().oauth2(unregistered)
                .header("Justification", "Case file review").queryParams(period)
                .get("/api/v2/exports/enforcement-actions.csv");
        assertEquals(400, nameless.statusCode(), nameless.asString());
        assertEquals("recipient", nameless.path("errors[0].field"));

        period.put("recipient", "CPS North West");
        Response named = RestAssured.given().auth().oauth2(unregistered).header("Justification", "Case file review")
                .queryParams(period).get("/api/v2/exports/enforcement-actions.csv");
        assertEquals(200, named.statusCode(), named.asString());
    }

    private static Response refused(String token, String path, Map<String, ?> query) {
        return RestAssured.given().filter(Contract.responsesOnly()).auth().oauth2(token).queryParams(query)
                .accept("application/problem+json, text/csv, application/x-ndjson").get(path);
    }

    @Test
    void anEmptyPeriodIsAHeaderAndNoRows() {
        Instant start = Actions.privateMinute();
        Response csv = export(TestTokens.forRoles("reader"), "/api/v2/exports/enforcement-actions.csv",
                Map.of("occurred_from", start.toString(), "occurred_before", start.plusSeconds(1).toString()), "empty");
        assertEquals(200, csv.statusCode());
        assertEquals("0", csv.header("X-Row-Count"));
        assertEquals(1, csv.asString().lines().count());
    }

    @Test
    void aPeriodMustBeGivenTheRightWayRound() {
        String reader = TestTokens.forRoles("reader");
        Response reversed = export(reader, "/api/v2/exports/enforcement-actions.ndjson",
                Map.of("occurred_from", "2026-03-02T00:00:00Z", "occurred_before", "2026-03-01T00:00:00Z"), "reversed");
        assertEquals(400, reversed.statusCode(), reversed.asString());
        assertEquals("occurred_before", reversed.path("errors[0].field"));
        Response missing = export(reader, "/api/v2/exports/partner-notices.csv", Map.of(), "missing");
        assertEquals(400, missing.statusCode(), missing.asString());
    }

    @Test
    void aPartnerExportsItsOwnAgencysNoticesOnly() {
        String code = Notices.uniqueCode();
        String own = Api.as("recorder").body(Notices.agency(code)).post("/api/v2/partner-agencies").then()
                .statusCode(201).extract().path("id");
        Instant from = Instant.now().minusSeconds(1);
        String notice = Notices.createNotice(Notices.notice(own));
        Notices.createNotice(Notices.notice(Notices.createAgency()));
        Map<String, String> period = Map.of("recorded_from", from.toString(),
                "recorded_before", Instant.now().plusSeconds(60).toString());

        Response partner = export(TestTokens.partner(code), "/api/v2/exports/partner-notices.ndjson", period, "partner");
        assertEquals(200, partner.statusCode(), partner.asString());
        assertEquals("1", partner.header("X-Row-Count"));
        assertTrue(partner.asString().contains(notice));
        Response reader = export(TestTokens.forRoles("reader"), "/api/v2/exports/partner-notices.csv", period, "all");
        assertTrue(Integer.parseInt(reader.header("X-Row-Count")) >= 2, reader.header("X-Row-Count"));
    }
}
