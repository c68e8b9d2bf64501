package uk.police.enforcement.referral;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;

import uk.police.enforcement.support.Api;
/** Builders and steps for referral requests in tests. */
public final class ReferralRequests {

    private ReferralRequests() {
    }

    /** A referral from the NCA's CEOP command, with a source reference no other test uses. */
    public static Map<String, Object> body(Instant receivedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("source", "NCA_CEOP");
        body.put("source_reference", "CEOP-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase());
        body.put("received_at", receivedAt.toString());
        return body;
    }

    public static String create(Map<String, Object> body) {
        return Api.as("recorder").body(body).post("/api/v2/referrals").then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    /** A KIRAT assessment with the grade's configured target. */
    public static void assess(String id, String grade, Instant assessedAt) {
        Api.as("recorder").body(Map.of("tool", "KIRAT", "grade", grade, "assessed_at", assessedAt.toString()))
                .post("/api/v2/referrals/" + id + "/risk-assessments").then().log().ifValidationFails().statusCode(201);
    }

    public static Response get(String id) {
        return Api.as("reader").get("/api/v2/referrals/" + id);
    }

    public static String etag(String id) {
        return get(id).then().statusCode(200).extract().header("ETag");
    }

    /** A move with the referral's current ETag; the answer is the caller's to check. */
    public static Response move(String id, Map<String, Object> transition) {
        return Api.badRequestAs("recorder").header("If-Match", etag(id)).body(transition)
                .post("/api/v2/referrals/" + id + "/transitions");
    }
}
