package uk.police.enforcement.action;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import uk.police.enforcement.support.Api;
/** Builders for enforcement-action requests, one valid body per type. */
public final class Actions {

    private Actions() {
    }

    /** A random minute in the past that no other test uses, for filters over occurred_at. */
    public static Instant privateMinute() {
        long from = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
        return Instant.ofEpochSecond(ThreadLocalRandom.current().nextLong(from, to) / 60 * 60);
    }

    public static String rmsReference() {
        return "CU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Map<String, Object> base(String type) {
        Map<String, Object> body = new HashMap<>();
        body.put("action_type", type);
        body.put("occurred_at", "2026-03-03T06:05:00Z");
        body.put("area", "NORTH");
        body.put("offence_category", "IIOC_DISTRIBUTION");
        body.put("rms_reference", rmsReference());
        return body;
    }

    public static Map<String, Object> warrant(String result, int devices, int children, int arrested) {
        Map<String, Object> body = base("SEARCH_WARRANT");
        body.put("legal_basis", "PCA_1978_S4");
        body.put("warrant_result", result);
        body.put("devices_seized", devices);
        if (devices > 0) {
            body.put("seizure_power", "WARRANT");
        }
        body.put("children_safeguarded", children);
        body.put("persons_arrested", arrested);
        body.put("subject_reference", "SUBJ-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        return body;
    }

    public static Map<String, Object> seizure(int devices, List<String> exhibits) {
        Map<String, Object> body = base("DEVICE_SEIZURE");
        body.put("devices_seized", devices);
        body.put("seizure_power", "PACE_1984_S19");
        body.put("exhibit_references", exhibits);
        return body;
    }

    public static Map<String, Object> arrest(int persons) {
        Map<String, Object> body = base("ARREST");
        body.put("persons_arrested", persons);
        return body;
    }

    public static Map<String, Object> charge(int persons) {
        Map<String, Object> body = base("CHARGE");
        body.put("persons_charged", persons);
        body.put("charge_offence", "Making indecent photographs of a child (PCA 1978 s.1(1)(a))");
        body.put("offence_category", "IIOC_MAKING");
        return body;
    }

    public static Map<String, Object> safeguarding(int children) {
        Map<String, Object> body = base("SAFEGUARDING");
        body.put("children_safeguarded", children);
        body.put("safeguarding_type", "MASH_REFERRAL");
        return body;
    }

    /** A voluntary attendance interview (2.5.0), by offence code as a 2.5 client sends it. */
    public static Map<String, Object> interview(int persons) {
        Map<String, Object> body = base("VOLUNTARY_ATTENDANCE");
        body.remove("offence_category");
        body.put("offence_code", "86/10");
        body.put("persons_interviewed", persons);
        return body;
    }

    public static String create(Map<String, Object> body) {
        return Api.as("recorder").body(body).post("/api/v2/enforcement-actions").then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }
}
