package uk.police.enforcement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

import uk.police.enforcement.support.PostgresTestResource;
import uk.police.enforcement.support.TestTokens;
/** The packaged service must never run with its API open. */
@QuarkusIntegrationTest
class PackagedStartupIT {

    @Test
    void refusesToStartWithoutAVerificationKey() throws Exception {
        String log = refusedStart(Map.of(), "no-key");
        assertTrue(log.contains("No token verification key is configured"), log);
    }

    /** A key location that names no file would make every authenticated call fail: refuse to start instead. */
    @Test
    void refusesToStartWhenTheVerificationKeyIsMissing() throws Exception {
        String log = refusedStart(Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/nonexistent/keys/public.pem",
                "MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER, "MP_JWT_VERIFY_AUDIENCES", TestTokens.AUDIENCE), "missing-key");
        assertTrue(log.contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION (mp.jwt.verify.publickey.location) names "
                + "/nonexistent/keys/public.pem"), log);
    }

    /** A token issued for another service must not open this one: the audience is not optional. */
    @Test
    void refusesToStartWithoutAnAudience() throws Exception {
        String log = refusedStart(Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                PostgresTestResource.resourcePath("test-keys/publicKey.pem"), "MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER),
                "no-audience");
        assertTrue(log.contains("No token audience is configured"), log);
    }

    /**
     * The packaged service brings no database of its own (the embedded PostgreSQL is a dev-mode and test
     * dependency, not packaged): without a datasource it exits, saying what to set, rather than start one.
     */
    @Test
    void refusesToStartWithoutADatabaseSayingWhatToSet() throws Exception {
        String log = refusedStart(Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                PostgresTestResource.resourcePath("test-keys/publicKey.pem"), "MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER,
                "MP_JWT_VERIFY_AUDIENCES", TestTokens.AUDIENCE, "QUARKUS_DATASOURCE_JDBC_URL", ""), "no-database");
        assertTrue(log.contains("No database is configured. Set QUARKUS_DATASOURCE_JDBC_URL"), log);
        assertFalse(Files.list(Path.of("target/quarkus-app/lib/main"))
                .anyMatch(jar -> jar.getFileName().toString().startsWith("io.zonky")), "zonky is packaged");
    }

    /** Starts the packaged service with only these security settings; it must exit, not serve. */
    private static String refusedStart(Map<String, String> security, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File logFile = new File("target/refuse-start-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(logFile);
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", PostgresTestResource.jdbcUrl());
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        for (String variable : new String[] { "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_PUBLICKEY",
                "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES" }) {
            builder.environment().remove(variable);
        }
        builder.environment().putAll(security);
        Process process = builder.start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String log = Files.readString(logFile.toPath(), StandardCharsets.UTF_8);
        assertTrue(exited, "the service kept running:\n" + log);
        assertNotEquals(0, process.exitValue());
        return log;
    }
}
