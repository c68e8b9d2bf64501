package uk.police.enforcement.action;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/**
 * A child is counted once, at the action that first safeguarded them: the MASH referral that follows the
 * warrant which found two children names it and counts them as followed up, not again. The police take part in
 * a local authority's s.47 enquiry. March 1996 holds no other test's records.
 */
@QuarkusTest
class SafeguardingTest {

    private static Map<String, Object> followUp(String followed, int children, String at) {
        Map<String, Object> body = Actions.safeguarding(1);
        body.remove("children_safeguarded");
        body.put("children_followed_up", children);
        body.put("follows_action_id", followed);
        body.put("occurred_at", at);
        return body;
    }

    @Test
    void aChildCountedAtTheWarrantIsNotCountedAgainAtTheReferralThatFollows() {
        String operation = Operations.createId(Operations.body());
        Map<String, Object> warrant = Actions.warrant("POSITIVE", 1, 2, 0);
        warrant.put("operation_id", operation);
        warrant.put("occurred_at", "1996-03-04T06:00:00Z");
        String found = Actions.create(warrant);
        Map<String, Object> referral = followUp(found, 2, "1996-03-04T12:00:00Z");
        referral.put("operation_id", operation);
        referral.put("children_safeguarded", 1); // and one more child, first safeguarded here
        String referred = Actions.create(referral);
        Api.as("reader").get("/api/v2/enforcement-actions/" + referred).then().statusCode(200)
                .body("children_followed_up", equalTo(2)).body("follows_action_id", equalTo(found))
                .body("children_safeguarded", equalTo(1));
        // A strategy discussion for the same three children follows the referral.
        Map<String, Object> strategy = followUp(referred, 3, "1996-03-05T10:00:00Z");
        strategy.put("operation_id", operation);
        strategy.put("safeguarding_type", "STRATEGY_DISCUSSION");
        Actions.create(strategy);

        Api.as("reader").get("/api/v2/operations/" + operation + "/summary").then().statusCode(200)
                .body("figures.children_safeguarded", equalTo(3));
        Api.as("reader").get("/api/v2/summaries?day_from=1996-03-04&day_to=1996-03-05").then().statusCode(200)
                .body("figures.children_safeguarded", equalTo(3));

        // The warrant cannot be deleted while the referral names it.
        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"0\"")
                .delete("/api/v2/enforcement-actions/" + found).then().statusCode(409);
    }

    @Test
    void aFollowUpMustNameAnEarlierActionThatCountedTheChildren() {
        Map<String, Object> warrant = Actions.warrant("POSITIVE", 0, 2, 0);
        warrant.put("occurred_at", "1996-03-11T06:00:00Z");
        String found = Actions.create(warrant);

        Api.badRequestAs("recorder").body(followUp(found, 3, "1996-03-11T12:00:00Z"))
                .post("/api/v2/enforcement-actions").then().statusCode(400)
                .body("errors.field", contains("children_followed_up"))
                .body("errors[0].message", containsString("the 2 children the followed action counted"));
        Api.badRequestAs("recorder").body(followUp(found, 1, "1996-03-10T12:00:00Z"))
                .post("/api/v2/enforcement-actions").then().statusCode(400)
                .body("errors.field", contains("follows_action_id"));
        Api.badRequestAs("recorder").body(followUp("6a1c2f7e-3b1d-4c8e-9f20-7d5e4a3b2c10", 1, "1996-03-11T12:00:00Z"))
                .post("/api/v2/enforcement-actions").then().statusCode(422)
                .body("errors.field", contains("follows_action_id"));
        Map<String, Object> withoutId = followUp(found, 1, "1996-03-11T12:00:00Z");
        withoutId.remove("follows_action_id");
        Api.badRequestAs("recorder").body(withoutId).post("/api/v2/enforcement-actions").then().statusCode(400)
                .body("errors.field", contains("follows_action_id"));
    }

    @Test
    void thePolicePartInAnS47EnquiryIsRecordedAsParticipation() {
        Map<String, Object> s47 = Actions.safeguarding(1);
        s47.put("safeguarding_type", "S47_ENQUIRY_PARTICIPATION");
        Api.as("reader").get("/api/v2/enforcement-actions/" + Actions.create(s47)).then()
                .body("safeguarding_type", equalTo("S47_ENQUIRY_PARTICIPATION"));
        // A 2.4 client's S47_ENQUIRY meant the same: it is stored as what it is.
        Map<String, Object> old = Actions.safeguarding(1);
        old.put("safeguarding_type", "S47_ENQUIRY");
        Api.as("reader").get("/api/v2/enforcement-actions/" + Actions.create(old)).then()
                .body("safeguarding_type", equalTo("S47_ENQUIRY_PARTICIPATION"));
    }
}
