package uk.police.enforcement.operation;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.response.Response;

import uk.police.enforcement.support.Api;
/** Builders for operation requests; every test owns its data through unique references. */
public final class Operations {

    private Operations() {
    }

    public static String uniqueReference() {
        return "OP-" + UUID.randomUUID().toString().substring(0, 18).toUpperCase();
    }

    /** A valid request body; change or remove fields to make variants. */
    public static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", uniqueReference());
        body.put("name", "Week of action against IIOC sharing");
        body.put("operation_type", "WEEK_OF_ACTION");
        body.put("start_date", "2026-03-02");
        body.put("end_date", "2026-03-08");
        body.put("lead_unit", "Cyber and Digital Crime Unit");
        return body;
    }

    /** A year far from every other test's data, so that date filters see only this test's records. */
    public static int privateYear() {
        return ThreadLocalRandom.current().nextInt(2200, 9000);
    }

    public static Response create(Map<String, Object> body) {
        return Api.as("recorder").body(body).post("/api/v2/operations");
    }

    public static String createId(Map<String, Object> body) {
        return create(body).then().statusCode(201).extract().path("id");
    }
}
