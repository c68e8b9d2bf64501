package uk.police.enforcement.common.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/**
 * One request, one answer: a body with values of the wrong type, schema constraints broken and the
 * type's own rules broken gets a single 400 naming every field, not three round trips.
 */
@QuarkusTest
class EveryProblemAtOnceTest {

    @Test
    void aWrongEnumABadAreaAndAMissingPerTypeFieldAreReportedTogether() {
        Map<String, Object> body = Actions.warrant("POSITIVE", 2, 0, 0);
        body.put("offence_category", "SHOPLIFTING"); // not an enum value: a type error
        body.put("area", "ATLANTIS");                // not a configured area: a rule
        body.remove("legal_basis");                  // required for a warrant: a per-type rule
        body.put("rms_reference", "cu 26");          // breaks its pattern: bean validation
        body.put("notes", List.of("a list"));        // a string expected: a type error
        Api.badRequestAs("recorder").body(body).post("/api/v2/enforcement-actions").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("area", "legal_basis", "notes", "offence_category",
                        "rms_reference"))
                .body("errors.find { it.field == 'offence_category' }.message", containsString("IIOC_MAKING"))
                .body("errors.find { it.field == 'area' }.message", containsString("NORTH"));
    }

    @Test
    void aFieldWithATypeErrorIsNotAlsoReportedAsMissingOrBreakingARule() {
        Map<String, Object> body = Actions.warrant("POSITIVE", 1, 0, 0);
        body.put("legal_basis", 42); // present but of the wrong type: one error, not also "is required"
        Api.badRequestAs("recorder").body(body).post("/api/v2/enforcement-actions").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("legal_basis"))
                .body("errors[0].message", containsString("PCA_1978_S4"));
    }

    @Test
    void everyItemOfABatchIsCheckedInTheSameAnswer() {
        Map<String, Object> first = Actions.warrant("POSITIVE", 1, 0, 0);
        first.put("warrant_result", "MAYBE");
        Map<String, Object> second = Actions.seizure(0, List.of());
        Map<String, Object> third = Actions.warrant("POSITIVE", 1, 0, 0);
        third.put("occurred_at", "yesterday");
        Api.badRequestAs("recorder").body(Map.of("items", List.of(first, second, third)))
                .post("/api/v2/enforcement-actions/batch").then().statusCode(400)
                .body("errors.field", hasItems("items[0].warrant_result", "items[1].devices_seized",
                        "items[2].occurred_at"));
    }

    @Test
    void aNoticeStatusSentInTheBodySaysToUseTheTransitions() {
        Map<String, Object> body = Notices.notice(Notices.createAgency());
        body.put("status", "ISSUED");
        body.put("notice_type", "FINE");
        body.put("follow_up_due", List.of());
        Api.badRequestAs("recorder").body(body).post("/api/v2/partner-notices").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("follow_up_due", "notice_type", "status"))
                .body("errors.find { it.field == 'status' }.message", containsString("/transitions"))
                .body("errors.find { it.field == 'notice_type' }.message", containsString("CEASE_AND_DESIST"));
    }

    @Test
    void aMergePatchIsCheckedTheSameWay() {
        String id = Operations.createId(Operations.body());
        Api.badRequestAs("recorder").contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"operation_type\": \"RAID\", \"end_date\": \"2001-01-01\", \"reference\": 7}")
                .patch("/api/v2/operations/" + id).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("end_date", "operation_type", "reference"));
    }
}
