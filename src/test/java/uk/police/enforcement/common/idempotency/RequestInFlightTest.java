package uk.police.enforcement.common.idempotency;

import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.TestTokens;
/**
 * Every create that takes an Idempotency-Key answers a retry that arrives while the first request is still being
 * processed with the contract's 409 (`/problems/idempotency-key-in-flight`, `Retry-After`), validated against the
 * contract: here for the endpoints whose 409 the contract did not list before 2.7.2. The first request is played by
 * holding its lock, as the service takes it (per endpoint, caller and key).
 */
@QuarkusTest
class RequestInFlightTest {

    private static final String SUBJECT = "test-in-flight";
    private static final String CLIENT = "records-system";

    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(strings = { "/api/v2/publications", "/api/v2/webhook-subscriptions/{id}/secret-rotations",
            "/api/v2/webhook-subscriptions/{id}/replays", "/api/v2/operations/{id}/holds",
            "/api/v2/enforcement-actions/{id}/holds", "/api/v2/partner-notices/{id}/holds" })
    void aRetryWhileTheFirstIsInFlightIsA409ToRetry(String template) throws Exception {
        String path = template.replace("{id}", UUID.randomUUID().toString());
        Object body = template.equals("/api/v2/publications")
                ? Map.of("title", "In flight", "scope", Map.of("month", "1999-01"))
                : template.endsWith("/holds") ? Map.of("kind", "CPIA", "reason", "R v A, T20260001")
                : Map.of();
        String key = UUID.randomUUID().toString();
        try (Connection first = dataSource.getConnection();
                PreparedStatement lock = first.prepareStatement(
                        "select pg_advisory_lock(hashtext(?), hashtext(?))")) {
            lock.setString(1, "POST " + path + " " + sha256(SUBJECT.length() + ":" + SUBJECT + "|" + CLIENT));
            lock.setString(2, key);
            lock.executeQuery().close();
            try {
                Api.withToken(TestTokens.identified(SUBJECT, "in.flight", CLIENT, "supervisor"))
                        .header("Idempotency-Key", key).header("If-Match", "\"0\"").body(body).post(path)
                        .then().statusCode(409).header("Retry-After", equalTo("1"))
                        .body("type", equalTo("/problems/idempotency-key-in-flight"))
                        .body("errors[0].field", equalTo("Idempotency-Key"));
            } finally {
                try (PreparedStatement unlock = first.prepareStatement("select pg_advisory_unlock_all()")) {
                    unlock.executeQuery().close();
                }
            }
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
