package uk.police.enforcement.action;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/**
 * An action's offence is its Home Office classification code, from the configured list; the category is derived
 * from it, never entered beside it. Actions are listed and figures broken down by code.
 */
@QuarkusTest
class OffenceCodesTest {

    private static Map<String, Object> byCode(Map<String, Object> body, String code) {
        body.remove("offence_category");
        body.put("offence_code", code);
        return body;
    }

    @Test
    void theCategoryIsDerivedFromTheCode() {
        String possession = Actions.create(byCode(Actions.arrest(1), "86/10"));
        Api.as("reader").get("/api/v2/enforcement-actions/" + possession).then().statusCode(200)
                .body("offence_code", equalTo("86/10")).body("offence_category", equalTo("IIOC_POSSESSION"));
        String prohibited = Actions.create(byCode(Actions.arrest(1), "86/15"));
        Api.as("reader").get("/api/v2/enforcement-actions/" + prohibited).then()
                .body("offence_category", equalTo("IIOC_POSSESSION"));
        // A 2.4 client names the category alone: the action has no code.
        String old = Actions.create(Actions.arrest(1));
        Api.as("reader").get("/api/v2/enforcement-actions/" + old).then()
                .body("offence_category", equalTo("IIOC_DISTRIBUTION")).body("offence_code", nullValue());
        // A category beside a code must be the code's own.
        Map<String, Object> agreeing = byCode(Actions.arrest(1), "86/2");
        agreeing.put("offence_category", "IIOC_MAKING");
        Actions.create(agreeing);
    }

    @Test
    void aCodeNotConfiguredOrACategoryThatDisagreesIsRefusedNamingTheField() {
        Api.badRequestAs("recorder").body(byCode(Actions.arrest(1), "99/1")).post("/api/v2/enforcement-actions").then()
                .statusCode(400).body("errors.field", contains("offence_code"))
                .body("errors[0].message", equalTo("must be one of 86/2, 86/10, 86/15"));
        Map<String, Object> disagreeing = byCode(Actions.arrest(1), "86/10");
        disagreeing.put("offence_category", "IIOC_MAKING");
        Api.badRequestAs("recorder").body(disagreeing).post("/api/v2/enforcement-actions").then().statusCode(400)
                .body("errors.field", contains("offence_category"))
                .body("errors[0].message", containsString("86/10 is IIOC_POSSESSION"));
        Map<String, Object> none = Actions.arrest(1);
        none.remove("offence_category");
        Api.badRequestAs("recorder").body(none).post("/api/v2/enforcement-actions").then().statusCode(400)
                .body("errors.field", contains("offence_code"));
        // A category the schema refuses is reported once, not also as a missing offence code.
        Map<String, Object> typo = Actions.arrest(1);
        typo.put("offence_category", "SHOPLIFTING");
        Api.badRequestAs("recorder").body(typo).post("/api/v2/enforcement-actions").then().statusCode(400)
                .body("errors.field", contains("offence_category"));
    }

    @Test
    void actionsAreListedAndFiguresBrokenDownByCode() {
        String operation = Operations.createId(Operations.body());
        for (String code : new String[] { "86/2", "86/2", "86/10" }) {
            Map<String, Object> body = byCode(Actions.arrest(1), code);
            body.put("operation_id", operation);
            body.put("occurred_at", "2001-05-07T10:00:00Z");
            Actions.create(body);
        }
        Api.as("reader").get("/api/v2/enforcement-actions?operation_id=" + operation + "&offence_code=86/10").then()
                .statusCode(200).body("items.offence_code", contains("86/10"));
        Api.as("reader").get("/api/v2/summaries/breakdown?by=OFFENCE_CODE&day_from=2001-05-07&day_to=2001-05-07"
                + "&operation_id=" + operation).then().statusCode(200)
                .body("groups.group", contains("86/2", "86/10", "86/15"))
                .body("groups[0].figures.arrests", equalTo(2)).body("groups[1].figures.arrests", equalTo(1))
                .body("groups[2].figures.arrests", equalTo(0));
        Api.as("reader").get("/api/v2/summaries?day_from=2001-05-07&day_to=2001-05-07&offence_code=86/2").then()
                .statusCode(200).body("figures.arrests", equalTo(2)).body("filters.offence_code", equalTo("86/2"));
        Api.badRequestAs("reader").get("/api/v2/summaries?day_from=2001-05-07&day_to=2001-05-07&offence_code=99/1")
                .then().statusCode(400).body("errors.field", contains("offence_code"));
    }
}
