package uk.police.enforcement.action;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/** POST /api/v2/enforcement-actions/batch: all stored or none, each audited, safe to retry. */
@QuarkusTest
class BatchCreateTest {

    private static final String BATCH = "/api/v2/enforcement-actions/batch";

    private static List<Map<String, Object>> weekOfAction(String operation) {
        List<Map<String, Object>> items = new ArrayList<>(List.of(Actions.warrant("POSITIVE", 6, 2, 1),
                Actions.warrant("NEGATIVE", 0, 0, 0), Actions.seizure(3, List.of("EX/1", "EX/2", "EX/3")),
                Actions.arrest(1), Actions.charge(2), Actions.safeguarding(1)));
        items.forEach(item -> item.put("operation_id", operation));
        return items;
    }

    private static List<String> storedFor(String operation) {
        return Api.as("reader").get("/api/v2/operations/" + operation + "/enforcement-actions?limit=200")
                .then().statusCode(200).extract().path("items.id");
    }

    @Test
    void storesEveryItemInOrderEachWithItsAuditEntry() {
        String operation = Operations.createId(Operations.body());
        List<Map<String, Object>> items = weekOfAction(operation);
        Response created = Api.as("recorder").body(Map.of("items", items)).post(BATCH);
        created.then().statusCode(201);
        List<String> ids = created.path("items.id");
        assertEquals(items.size(), ids.size());
        for (int i = 0; i < items.size(); i++) {
            assertEquals(items.get(i).get("rms_reference"), created.path("items[" + i + "].rms_reference"));
            assertEquals(items.get(i).get("action_type"), created.path("items[" + i + "].action_type"));
        }
        assertEquals(new HashSet<>(ids), new HashSet<>(storedFor(operation)));
        Api.as("reader").get("/api/v2/enforcement-actions/" + ids.get(2)).then().statusCode(200)
                .header("ETag", "\"0\"");
        for (String id : ids) {
            Api.as("auditor").get("/api/v2/audit-events?resource_id=" + id).then().statusCode(200)
                    .body("items.action", hasItems("COLLECTION"))
                    .body("items.request_path", hasItems(BATCH))
                    .body("items.outcome_status", hasItems(201));
        }
        Api.as("reader").get("/api/v2/operations/" + operation + "/summary").then().statusCode(200)
                .body("figures.actions_recorded", equalTo(6))
                .body("figures.devices_seized", equalTo(9))
                .body("figures.positive_warrants", equalTo(1));
    }

    @Test
    void itemsBreakingTheSchemaStoreNothingAndEachIsNamedByIndex() {
        String operation = Operations.createId(Operations.body());
        List<Map<String, Object>> items = weekOfAction(operation);
        items.get(1).put("devices_seized", -1);
        items.get(3).put("rms_reference", "R".repeat(500));
        Api.badRequestAs("recorder").body(Map.of("items", items)).post(BATCH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("items[1].devices_seized", "items[3].rms_reference"))
                // Only the items that are wrong are named (item 1's exhibits now outnumber its devices too).
                .body("errors.field", everyItem(anyOf(startsWith("items[1]."), startsWith("items[3]."))));
        assertEquals(List.of(), storedFor(operation));
    }

    @Test
    void itemsBreakingTheRulesOfTheirTypeStoreNothingAndEachIsNamedByIndex() {
        String operation = Operations.createId(Operations.body());
        List<Map<String, Object>> items = weekOfAction(operation);
        items.get(4).remove("persons_charged");
        items.get(5).put("area", "ATLANTIS");
        Api.badRequestAs("recorder").body(Map.of("items", items)).post(BATCH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("items[4].persons_charged", "items[5].area"));
        assertEquals(List.of(), storedFor(operation));
    }

    @Test
    void anUnknownOperationIsA422NamingTheItemAndStoresNothing() {
        String operation = Operations.createId(Operations.body());
        List<Map<String, Object>> items = weekOfAction(operation);
        items.get(3).put("operation_id", UUID.randomUUID().toString());
        Api.badRequestAs("recorder").body(Map.of("items", items)).post(BATCH).then().statusCode(422)
                .body("errors.field", contains("items[3].operation_id"));
        assertEquals(List.of(), storedFor(operation));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheAnswerAndStoresNothingAgain() {
        String operation = Operations.createId(Operations.body());
        Map<String, Object> body = Map.of("items", weekOfAction(operation));
        String key = UUID.randomUUID().toString();
        String first = Api.as("recorder").header("Idempotency-Key", key).body(body).post(BATCH)
                .then().statusCode(201).extract().asString();
        String retry = Api.as("recorder").header("Idempotency-Key", key).body(body).post(BATCH)
                .then().statusCode(201).extract().asString();
        assertEquals(first, retry);
        assertEquals(6, storedFor(operation).size());
    }

    @Test
    void emptyAndOversizedBatchesAreRefused() {
        Api.badRequestAs("recorder").body(Map.of("items", List.of())).post(BATCH).then().statusCode(400)
                .body("errors.field", hasItems("items"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(Actions.arrest(1));
        }
        Api.badRequestAs("recorder").body(Map.of("items", tooMany)).post(BATCH).then().statusCode(400)
                .body("errors.field", hasItems("items"));
    }

    @Test
    void aThousandActionsAreStoredTogether() {
        String operation = Operations.createId(Operations.body());
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> item = Actions.seizure(1, List.of("EX/" + i));
            item.put("operation_id", operation);
            items.add(item);
        }
        Api.as("recorder").body(Map.of("items", items)).post(BATCH).then().statusCode(201);
        Api.as("reader").get("/api/v2/operations/" + operation + "/summary").then().statusCode(200)
                .body("figures.devices_seized", equalTo(1000));
    }
}
