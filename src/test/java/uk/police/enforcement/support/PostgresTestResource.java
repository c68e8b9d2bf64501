package uk.police.enforcement.support;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
/**
 * Gives every test (and the packaged jar under @QuarkusIntegrationTest) a real PostgreSQL: the one
 * named by QUARKUS_DATASOURCE_JDBC_URL when set (CI points it at a freshly created database), else an
 * embedded one started for this run. Also wires token verification to the test key pair.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile String jdbcUrl = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");

    private EmbeddedPostgres embedded;

    /** The JDBC URL of the database the tests use, for tests that start the packaged service themselves. */
    public static String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("mp.jwt.verify.publickey.location", resourcePath("test-keys/publicKey.pem"));
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        config.put("mp.jwt.verify.audiences", TestTokens.AUDIENCE);
        // The packaged service (prod profile) registers the tests' client purpose too (justified reads).
        config.put("enforcement.audit.purposes." + TestTokens.TEST_CLIENT, TestTokens.TEST_CLIENT_PURPOSE);
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return config;
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL for tests", e);
        }
        jdbcUrl = embedded.getJdbcUrl("postgres", "postgres");
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", "postgres");
        return config;
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // the test JVM is finishing
            }
        }
    }

    public static String resourcePath(String resource) {
        try {
            return Path.of(PostgresTestResource.class.getClassLoader().getResource(resource).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
