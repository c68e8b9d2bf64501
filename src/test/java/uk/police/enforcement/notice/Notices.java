package uk.police.enforcement.notice;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;

import uk.police.enforcement.support.Api;
/** Builders for partner agencies and notices; each test owns its agencies through unique codes. */
public final class Notices {

    private Notices() {
    }

    public static String uniqueCode() {
        return "AG" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    public static Map<String, Object> agency(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "North West Regional Organised Crime Unit");
        body.put("agency_type", "ROCU");
        return body;
    }

    public static String createAgency() {
        return Api.as("recorder").body(agency(uniqueCode())).post("/api/v2/partner-agencies").then().statusCode(201)
                .extract().path("id");
    }

    public static Map<String, Object> notice(String agencyId) {
        Map<String, Object> body = new HashMap<>();
        body.put("notice_type", "CEASE_AND_DESIST");
        body.put("partner_agency_id", agencyId);
        body.put("subject_reference", "SUBJ-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        body.put("subject_age_band", "UNDER_18");
        body.put("legislation", "CMA_1990_S1");
        return body;
    }

    public static String createNotice(Map<String, Object> body) {
        return Api.as("recorder").body(body).post("/api/v2/partner-notices").then().statusCode(201)
                .extract().path("id");
    }

    /** Moves a notice to {@code to} with the ETag it has now; returns the response. */
    public static Response transition(String noticeId, String to) {
        String etag = Api.as("reader").get("/api/v2/partner-notices/" + noticeId).header("ETag");
        return Api.as("recorder").header("If-Match", etag).body(Map.of("to_status", to, "reason", "test"))
                .post("/api/v2/partner-notices/" + noticeId + "/transitions");
    }
}
