package uk.police.enforcement.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.IsolatedDeployment;
import uk.police.enforcement.support.WebhookReceiver;
/**
 * Traces across force systems: a W3C {@code traceparent} sent in is continued by the request's spans (HTTP server
 * and JDBC), which reach an OTLP collector (here an in-process receiver of OTLP over HTTP, no network), stands in
 * the request's log lines, and is carried on to the webhook deliveries of the changes the request made.
 */
@QuarkusTest
@TestProfile(TracingTest.Traced.class)
class TracingTest {

    /** Tracing on, exporting by OTLP/HTTP to the receiver below, quickly; the request log on. */
    public static class Traced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The port is chosen here, where the configuration is made, and handed to the test by a system
            // property: the test's receiver listens on it (the profile and the test may have different loaders).
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty("otlp.receiver.port", String.valueOf(port));
            return Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:" + port,
                    "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                    "quarkus.otel.bsp.schedule.delay", "PT0.1S",
                    "quarkus.log.category.\"uk.police.enforcement.common.web.RequestLog\".level", "DEBUG");
        }
    }

    private static HttpServer collector;
    private static final List<byte[]> exported = new CopyOnWriteArrayList<>();
    private static final List<ExtLogRecord> requestLines = new CopyOnWriteArrayList<>();
    private static final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                ext.copyMdc();
                requestLines.add(ext);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void startCollector() throws IOException {
        collector = HttpServer.create(new InetSocketAddress("127.0.0.1",
                Integer.parseInt(System.getProperty("otlp.receiver.port"))), 10);
        collector.createContext("/v1/traces", exchange -> {
            exported.add(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        Logger.getLogger("uk.police.enforcement.common.web.RequestLog").addHandler(capture);
    }

    @AfterAll
    static void stopCollector() {
        Logger.getLogger("uk.police.enforcement.common.web.RequestLog").removeHandler(capture);
        collector.stop(0);
    }

    private static String traceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Everything the collector received that carries {@code traceId}, as one byte stream. */
    private static byte[] exportedOf(String traceId) {
        byte[] id = HexFormat.of().parseHex(traceId);
        ByteArrayOutputStream of = new ByteArrayOutputStream();
        for (byte[] body : exported) {
            if (indexOf(body, id) >= 0) {
                of.writeBytes(body);
            }
        }
        return of.toByteArray();
    }

    private static int indexOf(byte[] in, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= in.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aTraceSentInReachesTheCollectorWithTheRequestsAndTheDatabasesSpansAndStandsInTheLog() {
        String traceId = traceId();
        String parentSpan = "00f067aa0ba902b7";
        Api.as("reader").header("traceparent", "00-" + traceId + "-" + parentSpan + "-01")
                .get("/api/v2/operations").then().statusCode(200);

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String spans = "";
        while (System.nanoTime() < deadline) {
            // Protobuf keeps strings as UTF-8: span names and attribute values can be read from the bytes.
            spans = new String(exportedOf(traceId), StandardCharsets.ISO_8859_1);
            if (spans.contains("GET /api/v2/operations") && spans.contains("postgresql")) {
                break;
            }
            IsolatedDeployment.sleep(100);
        }
        assertTrue(spans.contains("GET /api/v2/operations"), "no server span of the request in the trace");
        assertTrue(spans.contains("postgresql") && spans.contains("SELECT"), "no JDBC span in the trace");

        // A reference looked up is in the query string: a trace never carries it (nor a JDBC literal).
        String lookup = traceId();
        Api.as("reader").header("traceparent", "00-" + lookup + "-" + parentSpan + "-01")
                .queryParam("rms_reference", "CU-26-SECRET1").get("/api/v2/enforcement-actions").then().statusCode(200);
        String looked = "";
        while (System.nanoTime() < deadline + Duration.ofSeconds(20).toNanos()) {
            looked = new String(exportedOf(lookup), StandardCharsets.ISO_8859_1);
            if (looked.contains("GET /api/v2/enforcement-actions") && looked.contains("postgresql")) {
                break;
            }
            IsolatedDeployment.sleep(100);
        }
        assertTrue(looked.contains("GET /api/v2/enforcement-actions"), "the lookup's trace was not exported");
        assertTrue(!looked.contains("CU-26-SECRET1"), "a looked-up reference reached the trace");

        List<String> logged = new ArrayList<>();
        for (ExtLogRecord line : requestLines) {
            if (traceId.equals(line.getMdc("traceId"))) {
                logged.add(line.getFormattedMessage());
            }
        }
        assertTrue(logged.stream().anyMatch(m -> m.startsWith("GET /api/v2/operations 200")),
                "the request's log line does not carry its trace id: " + logged);
    }

    @Test
    void aChangeMadeInATraceIsDeliveredToWebhooksInThatTrace() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String path = "/api/v2/webhook-subscriptions";
            String subscription = Api.as("supervisor").header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("url", receiver.url(), "event_types", List.of("uk.police.enforcement.operation.created")))
                    .post(path).then().statusCode(201).extract().path("id");
            try {
                String traceId = traceId();
                String parentSpan = "a3ce929d0e0e4736";
                String operation = Api.as("recorder").header("traceparent", "00-" + traceId + "-" + parentSpan + "-01")
                        .header("Idempotency-Key", UUID.randomUUID().toString()).body(Operations.body())
                        .post("/api/v2/operations").then().statusCode(201).extract().path("id");
                WebhookReceiver.Delivery delivery = receiver.await(
                        d -> d.stream().anyMatch(x -> x.recordId().equals(operation)), Duration.ofSeconds(20),
                        "the operation's creation delivered").stream()
                        .filter(x -> x.recordId().equals(operation)).findFirst().orElseThrow();
                String[] sent = String.valueOf(delivery.traceparent()).split("-");
                assertEquals(4, sent.length, "traceparent " + delivery.traceparent());
                assertEquals(traceId, sent[1], "the delivery is not in the change's trace");
                assertNotEquals(parentSpan, sent[2], "the delivery has no span of its own");
                // ... and that span, of the change's trace, reached the collector with the id it sent.
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                byte[] spanId = HexFormat.of().parseHex(sent[2]);
                while (indexOf(exportedOf(traceId), spanId) < 0 && System.nanoTime() < deadline) {
                    IsolatedDeployment.sleep(100);
                }
                String trace = new String(exportedOf(traceId), StandardCharsets.ISO_8859_1);
                assertTrue(indexOf(exportedOf(traceId), spanId) >= 0 && trace.contains("POST webhook"),
                        "the delivery's span was not exported in the change's trace");
            } finally {
                String etag = Api.as("supervisor").get(path + "/" + subscription).then().statusCode(200).extract()
                        .header("ETag");
                Api.as("supervisor").accept("application/problem+json").header("If-Match", etag)
                        .delete(path + "/" + subscription).then().statusCode(204);
            }
        }
    }
}
