package uk.police.enforcement.operation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import uk.police.enforcement.support.Api;
@QuarkusTest
class OperationsApiTest {

    @Test
    void createReturns201WithAbsoluteLocationEtagAndDefaults() {
        Map<String, Object> body = Operations.body();
        body.remove("end_date");
        Response created = Operations.create(body);
        created.then().statusCode(201)
                .header("Location", matchesPattern("^http://[^/]+/api/v2/operations/[0-9a-f-]{36}$"))
                .header("ETag", "\"0\"")
                .body("reference", equalTo(body.get("reference")))
                .body("status", equalTo("PLANNED"))
                .body("security_marking", equalTo("OFFICIAL_SENSITIVE"))
                .body("end_date", nullValue())
                .body("created_at", equalTo(created.path("updated_at")));
        String id = created.path("id");
        assertEquals(created.header("Location"), created.header("Location").replaceAll("/[^/]+$", "/" + id));

        Api.as("reader").get(created.header("Location")).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("created_at", equalTo(created.path("created_at")))
                .body("lead_unit", equalTo("Cyber and Digital Crime Unit"));
    }

    @Test
    void getWithCurrentEtagIsNotModified() {
        String id = Operations.createId(Operations.body());
        Api.as("reader").header("If-None-Match", "\"0\"").get("/api/v2/operations/" + id)
                .then().statusCode(304).header("ETag", "\"0\"");
        Api.as("reader").header("If-None-Match", "\"7\"").get("/api/v2/operations/" + id)
                .then().statusCode(200);
    }

    @Test
    void unknownOperationIs404Problem() {
        Api.as("reader").get("/api/v2/operations/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not Found"))
                .body("instance", startsWith("/api/v2/operations/"));
    }

    @Test
    void putNeedsCurrentIfMatchAndBumpsTheEtag() {
        Map<String, Object> body = Operations.body();
        String id = Operations.createId(body);
        String url = "/api/v2/operations/" + id;
        body.put("status", "ACTIVE");
        body.put("description", "Day one briefing done");

        Api.badRequestAs("recorder").body(body).put(url).then().statusCode(428)
                .contentType("application/problem+json").body("status", equalTo(428));

        Api.as("recorder").header("If-Match", "\"0\"").body(body).put(url).then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("ACTIVE"))
                .body("description", equalTo("Day one briefing done"));

        body.put("status", "CLOSED");
        Api.as("recorder").header("If-Match", "\"0\"").body(body).put(url).then().statusCode(412)
                .contentType("application/problem+json").body("detail", containsString("\"1\""));
        Api.as("reader").get(url).then().body("status", equalTo("ACTIVE")).header("ETag", "\"1\"");
    }

    @Test
    void putClearsOmittedOptionalFields() {
        Map<String, Object> body = Operations.body();
        body.put("description", "temporary");
        String id = Operations.createId(body);
        body.remove("description");
        body.remove("end_date");
        Api.as("recorder").header("If-Match", "\"0\"").body(body).put("/api/v2/operations/" + id)
                .then().statusCode(200).body("description", nullValue()).body("end_date", nullValue());
    }

    @Test
    void deleteIsForSupervisorsNeedsIfMatchAndIsIdempotent() {
        String id = Operations.createId(Operations.body());
        String url = "/api/v2/operations/" + id;
        Api.badRequestAs("recorder").header("If-Match", "\"0\"").delete(url).then().statusCode(403);
        Api.badRequestAs("supervisor").delete(url).then().statusCode(428);
        // A DELETE can only answer with a problem body, so a contract-true client accepts just that.
        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"5\"").delete(url)
                .then().statusCode(412);
        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"0\"").delete(url)
                .then().statusCode(204);
        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"0\"").delete(url)
                .then().statusCode(204);
        // Clients that send the usual "Accept: application/json" are not refused with a 406 either.
        Api.badRequestAs("supervisor").header("If-Match", "\"0\"").delete(url).then().statusCode(204);
        Api.as("reader").get(url).then().statusCode(404);
    }

    @Test
    void duplicateReferenceIs409NamingTheField() {
        Map<String, Object> body = Operations.body();
        Operations.createId(body);
        Api.badRequestAs("recorder").body(body).post("/api/v2/operations").then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("reference"));
    }

    @Test
    void idempotentRetryReturnsTheSameResponseAndCreatesNothing() {
        Map<String, Object> body = Operations.body();
        String key = UUID.randomUUID().toString();
        Response first = Api.as("recorder").header("Idempotency-Key", key).body(body).post("/api/v2/operations");
        first.then().statusCode(201);
        Response second = Api.as("recorder").header("Idempotency-Key", key).body(body).post("/api/v2/operations");
        second.then().statusCode(201);
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(first.header("ETag"), second.header("ETag"));

        // Only one record carries that reference: a second create without the key is a conflict.
        Api.badRequestAs("recorder").body(body).post("/api/v2/operations").then().statusCode(409);

        Map<String, Object> other = Operations.body();
        Api.badRequestAs("recorder").header("Idempotency-Key", key).body(other).post("/api/v2/operations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("Idempotency-Key"));
    }

    @Test
    void idempotencyKeysAreScopedPerCaller() {
        String key = UUID.randomUUID().toString();
        Api.as("recorder").header("Idempotency-Key", key).body(Operations.body()).post("/api/v2/operations")
                .then().statusCode(201);
        Api.as("supervisor").header("Idempotency-Key", key).body(Operations.body()).post("/api/v2/operations")
                .then().statusCode(201);
    }

    @Test
    void listPagesWithoutLossOrRepeatAndFilters() {
        int year = Operations.privateYear();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Map<String, Object> body = Operations.body();
            body.put("start_date", year + "-01-0" + (1 + i % 3));
            body.remove("end_date");
            body.put("operation_type", i % 2 == 0 ? "OPERATION" : "CAMPAIGN");
            ids.add(Operations.createId(body));
        }
        String range = "active_from=" + year + "-01-01&active_to=" + year + "-12-31";
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String url = "/api/v2/operations?limit=2&" + range + (cursor == null ? "" : "&cursor=" + cursor);
            Response page = Api.as("reader").get(url);
            page.then().statusCode(200).body("limit", equalTo(2));
            List<String> pageIds = page.path("items.id");
            List<String> dates = page.path("items.start_date");
            for (int i = 0; i < pageIds.size(); i++) {
                order.add(dates.get(i) + pageIds.get(i));
            }
            pageIds.forEach(id -> assertEquals(true, seen.add(id), "repeated " + id));
            cursor = page.path("next_cursor");
            pages++;
        } while (cursor != null);
        assertEquals(4, pages);
        assertEquals(new HashSet<>(ids), seen);
        List<String> sorted = new ArrayList<>(order);
        sorted.sort(null);
        assertEquals(sorted, order);

        Api.as("reader").get("/api/v2/operations?operation_type=CAMPAIGN&" + range).then().statusCode(200)
                .body("items", hasSize(3)).body("items.operation_type", everyItemIs("CAMPAIGN"));
        Api.as("reader").get("/api/v2/operations?status=ACTIVE&" + range).then().statusCode(200)
                .body("items", empty());
        Api.as("reader").get("/api/v2/operations?active_from=" + year + "-02-01&active_to=" + year + "-03-01").then()
                .statusCode(200).body("items", hasSize(7)); // open-ended operations overlap any later range
        Api.as("reader").get("/api/v2/operations?active_from=" + (year - 1) + "-01-01&active_to=" + (year - 1) + "-12-31")
                .then().statusCode(200).body("items.id", not(hasItem(ids.get(0))));
    }

    @Test
    void dateOverlapFilterUsesBothEnds() {
        int year = Operations.privateYear();
        Map<String, Object> body = Operations.body();
        body.put("start_date", year + "-03-02");
        body.put("end_date", year + "-03-08");
        String id = Operations.createId(body);
        // Other tests' open-ended operations overlap any later range, so look for this one only.
        String url = "/api/v2/operations?limit=200&operation_type=WEEK_OF_ACTION&";
        Api.as("reader").get(url + "active_from=" + year + "-03-08&active_to=" + year + "-03-20").then()
                .body("items.id", hasItem(id));
        Api.as("reader").get(url + "active_from=" + year + "-03-09&active_to=" + year + "-03-20").then()
                .body("items.id", not(hasItem(id)));
        Api.as("reader").get(url + "active_from=" + year + "-02-01&active_to=" + year + "-03-01").then()
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void badListParametersAre400NamingTheParameter() {
        Api.badRequestAs("reader").get("/api/v2/operations?limit=0").then().statusCode(400)
                .body("errors.field", contains("limit"));
        Api.badRequestAs("reader").get("/api/v2/operations?limit=201").then().statusCode(400)
                .body("errors.field", contains("limit"));
        Api.badRequestAs("reader").get("/api/v2/operations?active_from=2026-05-01&active_to=2026-04-01").then().statusCode(400)
                .body("errors.field", contains("active_to"));
        Api.badRequestAs("reader").get("/api/v2/operations?cursor=bm90LWEtY3Vyc29y").then().statusCode(400)
                .body("errors.field", contains("cursor"));
        Api.badRequestAs("reader").get("/api/v2/operations?cursor=***").then().statusCode(400)
                .body("errors.field", contains("cursor"));
    }

    @Test
    void badQueryParameterValuesAre400NotFound() {
        Api.badRequestAs("reader").get("/api/v2/operations?active_from=yesterday").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("active_from"));
        Api.badRequestAs("reader").get("/api/v2/operations?status=OPEN").then().statusCode(400)
                .body("errors.field", contains("status"));
        Api.badRequestAs("reader").get("/api/v2/operations?limit=ten").then().statusCode(400)
                .body("errors.field", contains("limit"));
    }

    @Test
    void missingAndInvalidFieldsAreEachNamed() {
        Map<String, Object> body = Operations.body();
        body.remove("name");
        body.remove("operation_type");
        body.put("reference", "lower-case");
        body.put("lead_unit", "");
        Api.badRequestAs("recorder").body(body).post("/api/v2/operations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", contains("lead_unit", "name", "operation_type", "reference"));
    }

    @Test
    void endBeforeStartIsRejected() {
        Map<String, Object> body = Operations.body();
        body.put("end_date", "2026-03-01");
        Api.badRequestAs("recorder").body(body).post("/api/v2/operations").then().statusCode(400)
                .body("errors.field", contains("end_date"));
    }

    @Test
    void serverOwnedAndUnknownFieldsAreRefused() {
        for (String field : List.of("id", "created_at", "updated_at", "version", "colour")) {
            Map<String, Object> body = Operations.body();
            body.put(field, field.equals("id") ? UUID.randomUUID().toString() : "x");
            Api.badRequestAs("recorder").body(body).post("/api/v2/operations").then().statusCode(400)
                    .body("errors.field", contains(field));
        }
    }

    @Test
    void wrongTypesAndUnknownEnumValuesAreNamed() {
        Map<String, Object> body = Operations.body();
        body.put("operation_type", "RAID");
        Api.badRequestAs("recorder").body(body).post("/api/v2/operations").then().statusCode(400)
                .body("errors[0].field", equalTo("operation_type"))
                .body("errors[0].message", containsString("WEEK_OF_ACTION"));
        body = Operations.body();
        body.put("name", 42);
        Api.badRequestAs("recorder").body(body).post("/api/v2/operations").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        body = Operations.body();
        body.put("start_date", "2026-02-30");
        Api.badRequestAs("recorder").body(body).post("/api/v2/operations").then().statusCode(400)
                .body("errors[0].field", equalTo("start_date"));
        body = Operations.body();
        body.put("name", "x".repeat(201));
        Api.badRequestAs("recorder").body(body).post("/api/v2/operations").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void malformedJsonAndEmptyBodyAre400() {
        Api.badRequestAs("recorder").body("{\"reference\": ").post("/api/v2/operations").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"))
                .body(not(containsString("jackson")));
        Api.badRequestAs("recorder").body("").post("/api/v2/operations").then().statusCode(400)
                .contentType("application/problem+json");
        Api.badRequestAs("recorder").body("[]").post("/api/v2/operations").then().statusCode(400)
                .contentType("application/problem+json");
        Api.badRequestAs("recorder").body("{\"name\":\"a\",\"name\":\"b\"}").post("/api/v2/operations").then()
                .statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("line 1"));
    }

    @Test
    void badIdempotencyKeyIs400() {
        Api.badRequestAs("recorder").header("Idempotency-Key", "has spaces in it").body(Operations.body())
                .post("/api/v2/operations").then().statusCode(400)
                .body("errors.field", contains("Idempotency-Key"));
    }

    @Test
    void nothingIsWrittenWhenARequestIsRejected() {
        Map<String, Object> body = Operations.body();
        body.put("end_date", "2000-01-01");
        Api.badRequestAs("recorder").body(body).post("/api/v2/operations").then().statusCode(400);
        body.remove("end_date");
        Operations.create(body).then().statusCode(201); // the reference was not taken by the rejected request
    }

    private static Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return everyItem(equalTo(value));
    }

    /** RFC 7396: only the fields sent change, null clears, the result is checked as a replace is. */
    @Test
    void patchChangesOnlyTheFieldsSent() {
        Map<String, Object> body = Operations.body();
        body.put("description", "Week of action against IIOC sharing");
        String id = Operations.createId(body);
        String url = "/api/v2/operations/" + id;
        String mergePatch = "application/merge-patch+json";
        Api.as("recorder").contentType(mergePatch).header("If-Match", "\"0\"").body("{\"end_date\": \"2026-03-09\"}")
                .patch(url).then().statusCode(200).header("ETag", "\"1\"").body("end_date", equalTo("2026-03-09"))
                .body("description", equalTo("Week of action against IIOC sharing"))
                .body("reference", equalTo(body.get("reference")));
        Api.as("recorder").contentType(mergePatch).header("If-Match", "\"1\"").body("{\"description\": null}")
                .patch(url).then().statusCode(200).body("description", nullValue()).body("end_date", equalTo("2026-03-09"));
        Api.badRequestAs("recorder").contentType(mergePatch).header("If-Match", "\"2\"")
                .body("{\"end_date\": \"2020-01-01\", \"id\": \"x\"}").patch(url).then().statusCode(400)
                .body("errors.field", contains("end_date", "id")); // every problem in one answer
        Api.badRequestAs("recorder").contentType(mergePatch).header("If-Match", "\"2\"")
                .body("{\"end_date\": \"2020-01-01\"}").patch(url).then().statusCode(400)
                .body("errors.field", contains("end_date"));
        Api.badRequestAs("recorder").contentType(mergePatch).header("If-Match", "\"2\"").body("{\"end_date\": []}")
                .patch(url).then().statusCode(400).body("errors.field", contains("end_date"));
        Api.badRequestAs("recorder").contentType(mergePatch).header("If-Match", "\"1\"").body("{\"name\": \"x\"}")
                .patch(url).then().statusCode(412);
        Api.badRequestAs("recorder").contentType(mergePatch).body("{\"name\": \"x\"}").patch(url).then()
                .statusCode(428);
        Api.badRequestAs("recorder").header("If-Match", "\"2\"").body("{\"name\": \"x\"}").patch(url).then()
                .statusCode(415);
        Api.as("reader").get(url).then().header("ETag", "\"2\"").body("end_date", equalTo("2026-03-09"));
    }
}
