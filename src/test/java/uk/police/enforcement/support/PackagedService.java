package uk.police.enforcement.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.specification.RequestSpecification;
/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) run as its own process, the way
 * operators run it, for tests that need what @QuarkusIntegrationTest cannot give: several instances,
 * a database that goes away, a SIGTERM. Its log goes to {@code target/<name>.log}.
 */
public final class PackagedService implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private PackagedService(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the jar against {@code jdbcUrl} with the test signing key, and waits until it is ready. */
    public static PackagedService start(String name, String jdbcUrl, Map<String, String> settings) {
        int port = RestartablePostgres.freePort();
        Path log = Path.of("target", name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m",
                "-Denforcement.audit.purposes." + TestTokens.TEST_CLIENT + "=" + TestTokens.TEST_CLIENT_PURPOSE,
                "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", PostgresTestResource.resourcePath("test-keys/publicKey.pem"));
        env.put("MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", TestTokens.AUDIENCE);
        // The load these tests generate comes from one token: the per-client limit would only get in the way.
        env.put("ENFORCEMENT_RATE_LIMIT_ENABLED", "false");
        env.putAll(settings);
        try {
            PackagedService service = new PackagedService(name, port, builder.start(), log);
            service.awaitReady(Duration.ofSeconds(60));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PackagedService start(String name, String jdbcUrl) {
        return start(name, jdbcUrl, new HashMap<>());
    }

    public int port() {
        return port;
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** A contract-validated request to this instance as a caller with these roles. */
    public RequestSpecification as(String... roles) {
        return Api.as(roles).baseUri("http://127.0.0.1").port(port);
    }

    /** A request whose response only is validated (for answers such as 503 during an outage). */
    public RequestSpecification badRequestAs(String... roles) {
        return Api.badRequestAs(roles).baseUri("http://127.0.0.1").port(port);
    }

    /** The status of a management endpoint such as /q/health/ready, or -1 when nothing answers. */
    public int status(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri() + path)).timeout(Duration.ofSeconds(10)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public void awaitReady(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + log());
            }
            if (status("/q/health/ready") == 200) {
                return;
            }
            IsolatedDeployment.sleep(100);
        }
        throw new IllegalStateException(name + " was not ready within " + within + ":\n" + log());
    }

    /** Sends SIGTERM, as an orchestrator does to stop a container. */
    public void terminate() {
        process.destroy();
    }

    /** Kills the process at once (SIGKILL), as a crash or an out-of-memory kill would: nothing runs after it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** The process's threads and what each is doing now (jcmd Thread.print), for tests that ask who is busy. */
    public String threadDump() {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            Process dump = new ProcessBuilder(jcmd, Long.toString(process.pid()), "Thread.print").redirectErrorStream(true)
                    .start();
            String out = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            dump.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean awaitExit(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int exitValue() {
        return process.exitValue();
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return name + " on port " + port + " (" + new File("target/" + name + ".log").getPath() + ")";
    }
}
