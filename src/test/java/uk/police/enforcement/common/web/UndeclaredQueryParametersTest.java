package uk.police.enforcement.common.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.Contract;
/**
 * A query parameter an operation does not declare is a 400 naming it and the ones it accepts, on every
 * operation of the contract: a dashboard that asks for {@code group_by=AREA}, which no operation has, must not be
 * answered with the figures for everything as if it had been understood.
 */
@QuarkusTest
class UndeclaredQueryParametersTest {

    private static final String[] EVERY_ROLE = { "reader", "recorder", "supervisor", "auditor" };

    @Test
    void everyOperationRefusesAQueryParameterItDoesNotDeclare() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of(Contract.SPEC)));
        List<String[]> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                if (path.getValue().has(method)) {
                    // The body's declared media type: a wrong one is a 415 before any operation is chosen.
                    Iterator<String> media = path.getValue().path(method).path("requestBody").path("content")
                            .fieldNames();
                    operations.add(new String[] { method, path.getKey().replaceAll("\\{[^}]+}",
                            UUID.randomUUID().toString()), media.hasNext() ? media.next() : "application/json" });
                }
            }
        }
        assertTrue(operations.size() > 60, "found " + operations.size() + " operations");
        for (String[] operation : operations) {
            Api.badRequestAs(EVERY_ROLE).header("Justification", "test").header("If-Match", "\"0\"")
                    .accept("application/problem+json, application/json").contentType(operation[2]).body("{}")
                    .queryParam("group_by", "AREA").request(operation[0], operation[1])
                    .then().statusCode(400).body("errors.field", hasItem("group_by"));
        }
    }

    @Test
    void theAnswerNamesEachUndeclaredParameterAndWhatTheOperationAccepts() {
        Api.badRequestAs("reader").header("Justification", "test")
                .queryParam("day_from", "2025-01-01").queryParam("day_to", "2025-01-31")
                .queryParam("group_by", "AREA").queryParam("areas", "NORTH")
                .get("/api/v2/summaries").then().statusCode(400)
                .body("errors.field", equalTo(List.of("areas", "group_by")))
                .body("errors[0].message", containsString("is not a query parameter of this operation"))
                .body("errors[0].message", containsString("day_from, day_to"))
                .body("errors[0].message", containsString("offence_code"));
        // The same request without them is answered.
        Api.as("reader").header("Justification", "test")
                .queryParam("day_from", "2025-01-01").queryParam("day_to", "2025-01-31")
                .get("/api/v2/summaries").then().statusCode(200);
    }
}
