package uk.police.enforcement.action;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
        Response csv = export(reader, "/api/v2/exports/enforcement-actions.csv", period, requestId);
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
                .body("items.find { it.correlation_id == '" + requestId + "' }.row_count", equalTo(5));

        Response ndjson = export(reader, "/api/v2/exports/enforcement-actions.ndjson", period, "export-" + UUID.randomUUID());
        assertEquals(200, ndjson.statusCode(), ndjson.asString());
        assertEquals("application/x-ndjson", ndjson.contentType());
        List<String> records = ndjson.asString().lines().toList();
        assertEquals(5, records.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(records.get(0));
        JsonNode asGet = json.readTree(Api.as("reader").get("/api/v2/enforcement-actions/" + ids.get(0)).asString());
        assertEquals(asGet, first, "each line is the record as its GET answers it");
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
