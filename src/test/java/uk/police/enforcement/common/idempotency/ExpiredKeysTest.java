package uk.police.enforcement.common.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/** Keys past their retention go, with the answers stored for them; keys still within it stay and are honoured. */
@QuarkusTest
class ExpiredKeysTest {

    @Inject
    ExpiredKeys expiredKeys;

    @Inject
    DataSource dataSource;

    private String createWithKey() {
        String key = UUID.randomUUID().toString();
        Api.as("recorder").header("Idempotency-Key", key).body(Operations.body()).post("/api/v2/operations").then()
                .statusCode(201);
        return key;
    }

    private long stored(String key) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from idempotency_key where idempotency_key = ?")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Test
    void keysPastTheirRetentionAreDeletedWithTheirAnswers() throws Exception {
        String expired = createWithKey();
        String current = createWithKey();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement age = connection.prepareStatement(
                        "update idempotency_key set created_at = now() - interval '25 hours' where idempotency_key = ?")) {
            age.setString(1, expired);
            assertEquals(1, age.executeUpdate());
        }
        assertTrue(expiredKeys.purge() >= 1);
        assertEquals(0, stored(expired));
        assertEquals(1, stored(current));
    }
}
