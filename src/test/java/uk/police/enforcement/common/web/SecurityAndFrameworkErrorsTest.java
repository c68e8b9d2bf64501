package uk.police.enforcement.common.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.Contract;
import uk.police.enforcement.support.TestTokens;
@QuarkusTest
class SecurityAndFrameworkErrorsTest {

    @Test
    void noTokenIs401ProblemWithChallenge() {
        Api.anonymous().get("/api/v2/operations").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void expiredWronglySignedAndForeignTokensAre401SayingWhichCheckFailed() {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put(TestTokens.expired("reader"), "expired");
        reasons.put(TestTokens.wronglySigned("reader"), "bad signature");
        reasons.put(TestTokens.wrongIssuer("reader"), "wrong issuer");
        reasons.put(TestTokens.wrongAudience("reader"), "wrong audience");
        reasons.put("not-a-jwt", "malformed");
        reasons.forEach((token, reason) -> given().filter(Contract.responsesOnly()).auth().oauth2(token)
                .accept(ContentType.JSON).get("/api/v2/operations").then().statusCode(401)
                .contentType("application/problem+json")
                // RFC 6750 section 3: the error code and a description, nothing of the token or what was expected.
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\", error_description=\""
                        + reason + "\""))
                .body("detail", equalTo("The bearer token was refused: " + reason + ".")));
        // Without a token there is nothing to say about one (RFC 6750 section 3.1): the bare challenge.
        Api.anonymous().get("/api/v2/operations").then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"))
                .body("detail", equalTo("A bearer token is required."));
    }

    @Test
    void wrongRoleIs403Problem() {
        Api.badRequestAs("reader").body(Operations.body()).post("/api/v2/operations").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
        Api.badRequestAs("auditor").get("/api/v2/operations").then().statusCode(403);
    }

    @Test
    void unknownPathIs404Problem() {
        Api.badRequestAs("reader").get("/api/v2/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().get("/definitely/not/here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrongMethodIs405ProblemWithAllow() {
        given().auth().oauth2(TestTokens.forRoles("supervisor")).patch("/api/v2/operations").then()
                .statusCode(405).contentType("application/problem+json")
                .header("Allow", containsString("GET"));
    }

    @Test
    void wrongMediaTypeIs415Problem() {
        given().auth().oauth2(TestTokens.forRoles("recorder")).contentType(ContentType.XML).body("<operation/>")
                .post("/api/v2/operations").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void unacceptableAcceptIs406Problem() {
        given().auth().oauth2(TestTokens.forRoles("reader")).accept("text/csv").get("/api/v2/operations").then()
                .statusCode(406).contentType("application/problem+json");
    }

    @Test
    void oversizedBodyIs413Problem() {
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        given().auth().oauth2(TestTokens.forRoles("recorder")).contentType(ContentType.JSON).body(huge)
                .post("/api/v2/operations").then().statusCode(413).contentType("application/problem+json");
    }

    /** A body sent in chunks, with no Content-Length, is held to the same limit and answered the same way. */
    @Test
    void oversizedChunkedBodyIsTheSame413Problem() throws Exception {
        // One well-formed JSON document of 2.6 MB, so that nothing but its size can be refused.
        List<InputStream> parts = new ArrayList<>();
        parts.add(new ByteArrayInputStream("{\"name\":\"".getBytes(StandardCharsets.UTF_8)));
        byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 40; i++) {
            parts.add(new ByteArrayInputStream(chunk));
        }
        parts.add(new ByteArrayInputStream("\"}".getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/api/v2/operations"))
                .header("Authorization", "Bearer " + TestTokens.forRoles("recorder"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        Collections.enumeration(parts))))  // no length: sent chunked
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().map() + " " + response.body());
        assertTrue(response.body().contains("\"status\":413"), response.body());
    }

    /**
     * A client that hangs up while sending its body (a timeout, a crash) receives nothing: the service notes it at
     * DEBUG and goes on: it is not an error for an operator to chase.
     */
    @Test
    void clientHangingUpMidBodyIsNoError() throws Exception {
        List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger service = Logger.getLogger("uk.police.enforcement");
        Logger requestLog = Logger.getLogger(RequestLog.class.getName());
        Level before = requestLog.getLevel();
        service.addHandler(capture);
        requestLog.setLevel(Level.FINE);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            String head = "POST /api/v2/operations HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestTokens.forRoles("recorder") + "\r\nContent-Type: application/json\r\nAccept: "
                    + "application/json\r\nContent-Length: 200000\r\n\r\n{\"name\": \"";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            // More than the input buffer (10 kB), so the body is streamed to the reader rather than buffered first.
            socket.getOutputStream().write("x".repeat(50_000).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            Thread.sleep(200);
        }
        try {
            // The request log's line for the request is written when it is answered (to no one).
            long until = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < until && records.stream().noneMatch(r -> r.getLoggerName()
                    .equals(RequestLog.class.getName()))) {
                Thread.sleep(50);
            }
            List<String> logged = records.stream().map(r -> r.getLevel() + " " + r.getLoggerName() + ": "
                    + r.getMessage()).toList();
            assertTrue(logged.stream().anyMatch(line -> line.contains(RequestLog.class.getName())), logged.toString());
            assertTrue(records.stream().noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue()),
                    logged.toString());
        } finally {
            service.removeHandler(capture);
            requestLog.setLevel(before);
        }
    }

    @Test
    void errorsNeverLeakInternals() {
        given().auth().oauth2(TestTokens.forRoles("recorder")).contentType(ContentType.JSON)
                .body("{\"start_date\": {\"nested\": [1,2,3]}}").post("/api/v2/operations").then().statusCode(400)
                .body(not(containsString("java."))).body(not(containsString("com.fasterxml")))
                .body(not(containsString("uk.police")));
    }

    @Test
    void openEndpointsNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void noServerVersionHeader() {
        given().get("/q/health/ready").then().header("Server", nullValue());
    }
}
