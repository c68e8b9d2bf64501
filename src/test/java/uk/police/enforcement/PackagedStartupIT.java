package uk.police.enforcement;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

import uk.police.enforcement.support.PostgresTestResource;
/** The packaged service must never run with its API open. */
@QuarkusIntegrationTest
class PackagedStartupIT {

    @Test
    void refusesToStartWithoutAVerificationKey() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true);
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", PostgresTestResource.jdbcUrl());
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        builder.environment().remove("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        builder.environment().remove("MP_JWT_VERIFY_PUBLICKEY");
        Process process = builder.redirectOutput(new File("target/refuse-start.log")).start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String log = Files.readString(Path.of("target/refuse-start.log"), StandardCharsets.UTF_8);
        assertTrue(exited, "the service kept running without a verification key:\n" + log);
        assertNotEquals(0, process.exitValue());
        assertTrue(log.contains("No token verification key is configured"), log);
    }
}
