package uk.police.enforcement.common.web;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import uk.police.enforcement.support.Api;
@QuarkusTest
@TestProfile(RateLimitTest.LowLimit.class)
class RateLimitTest {

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // %test.-prefixed, because application.properties sets the %test. values that these replace.
            return Map.of("%test.enforcement.rate-limit.requests-per-second", "0.05",
                    "%test.enforcement.rate-limit.burst", "3");
        }
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterWhileOthersCarryOn() {
        for (int i = 0; i < 3; i++) {
            Api.as("reader").get("/api/v2/operations?limit=1").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", String.valueOf(2 - i));
        }
        Response limited = Api.badRequestAs("reader").get("/api/v2/operations?limit=1");
        limited.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429));
        int retryAfter = Integer.parseInt(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
        // Another client (another token) is not affected.
        assertEquals(200, Api.as("supervisor").get("/api/v2/operations?limit=1").statusCode());
    }
}
