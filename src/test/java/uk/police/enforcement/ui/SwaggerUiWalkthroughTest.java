package uk.police.enforcement.ui;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.Contract;
/**
 * The walk-through in Swagger UI: the contract's named examples "Week of action, step N", sent in order as
 * an analyst would (putting the ids that steps 1 and 2 answered where the examples hold placeholders, the
 * notice six times), record the week of action, and step 7's summary gives its figures and headline.
 */
@QuarkusTest
class SwaggerUiWalkthroughTest {

    private static final Pattern STEP = Pattern.compile("Week of action, step (\\d[a-z]?) of 7");
    private static final String PLACEHOLDER_OPERATION = "0b9f6f4e-9a53-4c57-9a1e-3f0d2f1b7c11";
    private static final String PLACEHOLDER_AGENCY = "9d2b7c1a-0f4e-4a6b-8c3d-5e7f9a1b2c3d";

    private record Step(String path, String body) {
    }

    @Test
    void theNamedExamplesUsedInOrderRecordTheWeekOfAction() throws Exception {
        Map<String, Step> steps = stepsInTheContract();
        assertEquals(List.of("1", "2", "3", "4a", "4b", "4c", "4d", "5", "6a", "6b"), new ArrayList<>(steps.keySet()));

        // Only the operation's reference and the agency's code are made unique: this database is shared.
        String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String operation = send(steps.get("1"), Map.of("OP-WEEK-2026-03", "OP-WEEK-" + unique)).path("id");
        String agency = send(steps.get("2"), Map.of("\"NWROCU\"", "\"NWROCU-" + unique + "\"")).path("id");
        Map<String, String> ids = Map.of(PLACEHOLDER_OPERATION, operation, PLACEHOLDER_AGENCY, agency);
        for (String step : List.of("3", "4a", "4b", "4c", "4d")) {
            send(steps.get(step), ids);
        }
        for (int n = 1; n <= 6; n++) {
            Response notice = send(steps.get("5"), Map.of(PLACEHOLDER_OPERATION, operation, PLACEHOLDER_AGENCY, agency,
                    "SUBJ-CD-001", "SUBJ-CD-00" + n));
            String etag = notice.header("ETag");
            for (String step : List.of("6a", "6b")) {
                etag = Api.as("recorder").header("If-Match", etag).header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(steps.get(step).body()).post(steps.get(step).path()
                                .replace("{notice_id}", notice.path("id").toString()))
                        .then().statusCode(200).extract().header("ETag");
            }
        }

        Api.as("reader").get("/api/v2/operations/{id}/summary", operation).then().statusCode(200)
                .body("figures.positive_warrants", equalTo(5)).body("figures.devices_seized", equalTo(29))
                .body("figures.children_safeguarded", equalTo(7)).body("figures.persons_arrested", equalTo(1))
                .body("figures.persons_charged", equalTo(3)).body("figures.notices_issued", equalTo(6))
                .body("headline", equalTo("5 positive warrants executed, 29 devices seized, 7 children safeguarded, "
                        + "1 arrest, 3 people charged and 6 Cease and Desist notices issued with North West Regional "
                        + "Organised Crime Unit."));
    }

    private static Response send(Step step, Map<String, String> replacements) {
        String body = step.body();
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            body = body.replace(replacement.getKey(), replacement.getValue());
        }
        return Api.as("recorder").header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(step.path())
                .then().statusCode(201).extract().response();
    }

    /** Every request-body example whose summary names a step of the walk-through, by step. */
    private static Map<String, Step> stepsInTheContract() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of(Contract.SPEC))).path("paths");
        Map<String, Step> steps = new TreeMap<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> operation.getValue()
                .path("requestBody").path("content").path("application/json").path("examples").fields()
                .forEachRemaining(example -> {
                    Matcher step = STEP.matcher(example.getValue().path("summary").asText());
                    if (step.lookingAt()) {
                        try {
                            steps.put(step.group(1),
                                    new Step(path.getKey(), json.writeValueAsString(example.getValue().path("value"))));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                })));
        return steps;
    }
}
