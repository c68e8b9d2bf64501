package uk.police.enforcement.crime;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.support.Api;
/**
 * Crimes known by their records-system reference, with the offence category derived from the Home Office code,
 * outcomes of the Counting Rules with one current outcome and its history, and the list of those whose outcome and
 * charges disagree.
 */
@QuarkusTest
class CrimesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    static Map<String, Object> crime(List<String> actions) {
        Map<String, Object> body = new HashMap<>();
        body.put("crime_reference", "CR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        body.put("offence_code", "86/2");
        body.put("action_ids", actions);
        return body;
    }

    static String create(Map<String, Object> body) {
        return Api.as("recorder").body(body).post("/api/v2/crimes").then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    static void outcome(String crime, int type, LocalDate on) {
        Api.as("recorder").body(Map.of("outcome_type", type, "outcome_date", on.toString()))
                .post("/api/v2/crimes/" + crime + "/outcomes").then().log().ifValidationFails().statusCode(201);
    }

    @Test
    void aCrimeIsRecordedWithItsCategoryDerivedFromItsCode() {
        String arrest = Actions.create(Actions.arrest(1));
        Map<String, Object> body = crime(List.of(arrest));
        Api.as("recorder").body(body).post("/api/v2/crimes").then().statusCode(201).header("ETag", "\"0\"")
                .body("offence_category", equalTo("IIOC_MAKING")).body("action_ids", contains(arrest))
                .body("outcome", nullValue()).body("inconsistent", equalTo(false));
        Api.badRequestAs("recorder").body(body).post("/api/v2/crimes").then().statusCode(409)
                .body("errors.field", contains("crime_reference"));
    }

    @Test
    void badInputIsNamed() {
        Map<String, Object> body = crime(List.of());
        body.put("offence_code", "99/99");
        Api.badRequestAs("recorder").body(body).post("/api/v2/crimes").then().statusCode(400)
                .body("errors.field", contains("offence_code"));
        String arrest = Actions.create(Actions.arrest(1));
        Api.badRequestAs("recorder").body(crime(List.of(arrest, arrest))).post("/api/v2/crimes").then().statusCode(400)
                .body("errors.field", contains("action_ids"));
        Api.badRequestAs("recorder").body(crime(List.of(arrest, UUID.randomUUID().toString()))).post("/api/v2/crimes")
                .then().statusCode(422).body("errors.field", contains("action_ids[1]"));
        Map<String, Object> unknownReferral = crime(List.of());
        unknownReferral.put("referral_id", UUID.randomUUID().toString());
        Api.badRequestAs("recorder").body(unknownReferral).post("/api/v2/crimes").then().statusCode(422)
                .body("errors.field", contains("referral_id"));

        String id = create(crime(List.of()));
        String url = "/api/v2/crimes/" + id + "/outcomes";
        Api.badRequestAs("recorder").body(Map.of("outcome_type", 23, "outcome_date", TODAY.toString())).post(url).then()
                .statusCode(400).body("errors.field", contains("outcome_type"));
        Api.badRequestAs("recorder").body(Map.of("outcome_type", 1, "outcome_date", TODAY.plusDays(1).toString()))
                .post(url).then().statusCode(400).body("errors.field", contains("outcome_date"));
        Api.badRequestAs("recorder").body(Map.of("outcome_type", 1, "outcome_date", TODAY.toString()))
                .post("/api/v2/crimes/" + UUID.randomUUID() + "/outcomes").then().statusCode(404);
    }

    @Test
    void theLatestOutcomeByDateIsCurrentAndTheHistoryIsKept() {
        String id = create(crime(List.of()));
        outcome(id, 18, TODAY.minusDays(20));
        outcome(id, 21, TODAY.minusDays(5));
        outcome(id, 15, TODAY.minusDays(10)); // recorded last, dated earlier: history only
        Api.as("reader").get("/api/v2/crimes/" + id).then().statusCode(200).body("outcome.outcome_type", equalTo(21))
                .body("outcome.title", equalTo("Further investigation to support formal action not in the public interest"))
                .body("outcome.outcome_date", equalTo(TODAY.minusDays(5).toString()));
        Api.as("reader").get("/api/v2/crimes/" + id + "/outcomes").then().statusCode(200)
                .body("items.outcome_type", contains(18, 21, 15));
        Api.as("reader").get("/api/v2/crime-outcome-types").then().statusCode(200)
                .body("items.size()", equalTo(22)).body("items[0].title", equalTo("Charged/Summonsed"))
                .body("items[21].title", equalTo("Diversionary, educational or intervention activity, resulting from "
                        + "the crime report, has been undertaken and it is not in the public interest to take any "
                        + "further action"));
    }

    @Test
    void outcomeAndChargesThatDisagreeAreListed() {
        Map<String, Object> charge = Actions.charge(1);
        String chargeId = Actions.create(charge);
        String chargedNoOutcome = create(crime(List.of(chargeId)));
        String outcomeOneNoCharge = create(crime(List.of(Actions.create(Actions.arrest(1)))));
        outcome(outcomeOneNoCharge, 1, TODAY);
        String consistent = create(crime(List.of(Actions.create(Actions.charge(1)))));
        outcome(consistent, 1, TODAY);
        String neither = create(crime(List.of()));
        outcome(neither, 18, TODAY);

        Api.as("reader").get("/api/v2/crimes/" + chargedNoOutcome).then().body("inconsistent", equalTo(true));
        Api.as("reader").get("/api/v2/crimes/" + consistent).then().body("inconsistent", equalTo(false));
        List<String> listed = inconsistent();
        org.hamcrest.MatcherAssert.assertThat(listed, hasItems(chargedNoOutcome, outcomeOneNoCharge));
        org.hamcrest.MatcherAssert.assertThat(listed, not(hasItem(consistent)));
        org.hamcrest.MatcherAssert.assertThat(listed, not(hasItem(neither)));

        // Linking the charge puts it right: a merge patch replaces the list, under If-Match.
        String etag = Api.as("reader").get("/api/v2/crimes/" + outcomeOneNoCharge).then().extract().header("ETag");
        Api.badRequestAs("recorder").contentType("application/merge-patch+json").header("If-Match", "\"7\"")
                .body(Map.of("action_ids", List.of(chargeId))).patch("/api/v2/crimes/" + outcomeOneNoCharge).then()
                .statusCode(412);
        Api.as("recorder").contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("action_ids", List.of(chargeId))).patch("/api/v2/crimes/" + outcomeOneNoCharge).then()
                .statusCode(200).body("action_ids", contains(chargeId)).body("inconsistent", equalTo(false));
        org.hamcrest.MatcherAssert.assertThat(inconsistent(), not(hasItem(outcomeOneNoCharge)));
        Api.as("reader").queryParam("inconsistent", false).queryParam("limit", 200).get("/api/v2/crimes").then()
                .statusCode(200).body("items.inconsistent", not(hasItem(true)));
    }

    /** Every crime listed as inconsistent, page after page. */
    private static List<String> inconsistent() {
        List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as("reader").queryParam("inconsistent", true).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v2/crimes").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        return ids;
    }
}
