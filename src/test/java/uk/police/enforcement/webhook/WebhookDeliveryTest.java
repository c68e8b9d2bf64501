package uk.police.enforcement.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.IsolatedDeployment;
import uk.police.enforcement.support.WebhookReceiver;
import uk.police.enforcement.support.WebhookReceiver.Delivery;
/**
 * Webhooks as a receiving system relies on them: every change after registering, once, in feed order, signed
 * per Standard Webhooks; nothing lost while the receiver is down; a receiver that hangs costs nobody else; a
 * failing subscription says why and resumes by replay; URLs the service must not call are refused.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String PATH = "/api/v2/webhook-subscriptions";

    @Inject
    DataSource dataSource;

    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<String> subscriptions = new ArrayList<>();

    @AfterEach
    void removeSubscriptions() {
        for (String id : subscriptions) {
            String etag = Api.as("supervisor").get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
            Api.as("supervisor").accept("application/problem+json").header("If-Match", etag).delete(PATH + "/" + id)
                    .then().statusCode(204);
        }
        receivers.forEach(WebhookReceiver::close);
    }

    private WebhookReceiver receiver() {
        WebhookReceiver receiver = new WebhookReceiver();
        receivers.add(receiver);
        return receiver;
    }

    /** Registers a subscription to {@code receiver}; the answer is the only one that shows the secret. */
    private JsonPath subscribe(WebhookReceiver receiver, String... types) {
        Map<String, Object> body = types.length == 0 ? Map.of("url", receiver.url(), "description", "test receiver")
                : Map.of("url", receiver.url(), "event_types", List.of(types));
        JsonPath created = Api.as("supervisor").header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post(PATH).then().statusCode(201).extract().jsonPath();
        subscriptions.add(created.getString("id"));
        return created;
    }

    private static JsonPath read(String id) {
        return Api.as("supervisor").get(PATH + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitState(String id, java.util.function.Predicate<JsonPath> condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            JsonPath state = read(id);
            if (condition.test(state)) {
                return state;
            }
            assertTrue(System.nanoTime() < deadline, what + "; state now " + state.prettify());
            IsolatedDeployment.sleep(100);
        }
    }

    private static List<String> typesAndIds(List<Delivery> deliveries) {
        return deliveries.stream().map(d -> d.type() + " " + d.recordId()).toList();
    }

    @Test
    void everyChangeArrivesOnceInFeedOrderSignedWithTheSecret() {
        WebhookReceiver receiver = receiver();
        JsonPath subscription = subscribe(receiver);
        String secret = subscription.getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals("ACTIVE", subscription.getString("status"));
        String id = subscription.getString("id");
        Api.as("supervisor").get(PATH + "/" + id).then().statusCode(200).body("secret", nullValue());

        Response operation = Operations.create(Operations.body());
        String operationId = operation.path("id");
        Api.as("recorder").contentType("application/merge-patch+json").header("If-Match", operation.header("ETag"))
                .body(Map.of("description", "Warrants across the north")).patch("/api/v2/operations/" + operationId)
                .then().statusCode(200);
        String agency = Notices.createAgency();
        String notice = Notices.createNotice(Notices.notice(agency));
        Notices.transition(notice, "ISSUED").then().statusCode(200);
        List<String> expected = List.of(
                "uk.police.enforcement.operation.created " + operationId,
                "uk.police.enforcement.operation.updated " + operationId,
                "uk.police.enforcement.agency.created " + agency,
                "uk.police.enforcement.notice.created " + notice,
                "uk.police.enforcement.notice.transitioned " + notice);

        List<Delivery> received = receiver.await(d -> d.size() >= expected.size(), PATIENCE, "five deliveries");
        IsolatedDeployment.sleep(500); // nothing more, and nothing twice
        received = receiver.deliveries();
        assertEquals(expected, typesAndIds(received));
        assertEquals(received.size(), new HashSet<>(received.stream().map(Delivery::id).toList()).size());
        for (Delivery delivery : received) {
            assertTrue(delivery.signedWith(secret), "signature " + delivery.signatures());
            assertFalse(delivery.signedWith("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32])));
            assertEquals(delivery.event().path("id").asText(), delivery.id(), "webhook-id is the entry's id");
            assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(delivery.timestamp())) < 300);
            assertTrue(delivery.contentType().startsWith("application/cloudevents+json"), delivery.contentType());
            assertEquals("1.0", delivery.event().path("specversion").asText());
        }
        JsonPath state = awaitState(id, s -> s.getString("last_delivered_at") != null, "delivery recorded");
        assertEquals(0, state.getInt("attempts"));
        assertNotEquals(subscription.getString("position"), state.getString("position"));
        // The same entries, in the same order, as the feed gives from the subscription's first position.
        List<Map<String, Object>> feed = Api.as("reader").queryParam("after", subscription.getString("position"))
                .queryParam("limit", 5).get("/api/v2/changes").then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(received.stream().map(Delivery::id).toList(), feed.stream().map(e -> e.get("id")).toList());
    }

    @Test
    void onlyTheSubscribedTypesAreSent() {
        WebhookReceiver receiver = receiver();
        subscribe(receiver, "uk.police.enforcement.agency.created");
        Operations.create(Operations.body());
        String agency = Notices.createAgency();
        receiver.await(d -> !d.isEmpty(), PATIENCE, "the agency's creation");
        IsolatedDeployment.sleep(500);
        assertEquals(List.of("uk.police.enforcement.agency.created " + agency), typesAndIds(receiver.deliveries()));
    }

    @Test
    void aReceiverDownForAWhileGetsEverythingOnceItIsBackInOrder() {
        WebhookReceiver receiver = receiver();
        receiver.answerWith(503);
        String id = subscribe(receiver).getString("id");
        List<String> actions = List.of(Actions.create(Actions.arrest(1)), Actions.create(Actions.arrest(2)),
                Actions.create(Actions.arrest(3)));
        JsonPath failing = awaitState(id, s -> s.getInt("attempts") >= 3, "three failed attempts");
        assertEquals("ACTIVE", failing.getString("status"));
        assertEquals("HTTP 503 from the receiver", failing.getString("last_error"));
        assertTrue(failing.getString("failing_since") != null && failing.getString("next_attempt_at") != null);
        assertTrue(receiver.accepted().isEmpty());
        // Nothing after the failing entry was tried: order holds.
        assertEquals(1, receiver.deliveries().stream().map(Delivery::id).distinct().count());

        receiver.answerWith(200);
        List<Delivery> accepted = receiver.await(d -> d.stream().filter(x -> x.answeredWith() == 200).count() >= 3,
                PATIENCE, "the three actions once the receiver is back").stream()
                .filter(x -> x.answeredWith() == 200).toList();
        assertEquals(actions.stream().map(a -> "uk.police.enforcement.action.created " + a).toList(),
                typesAndIds(accepted));
        JsonPath recovered = awaitState(id, s -> s.getInt("attempts") == 0, "attempts reset");
        assertEquals("ACTIVE", recovered.getString("status"));
        assertEquals(null, recovered.getString("last_error"));
    }

    @Test
    void aSubscriptionFailingPastTheHorizonStopsUntilReplayedFromItsPosition() throws Exception {
        WebhookReceiver receiver = receiver();
        receiver.answerWith(500);
        String id = subscribe(receiver).getString("id");
        String first = Actions.create(Actions.arrest(1));
        awaitState(id, s -> s.getInt("attempts") >= 1, "a failed attempt");
        // As if it had been failing for a day: the next failure passes the 24 h horizon.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement age = connection.prepareStatement(
                        "update webhook_delivery set failing_since = now() - interval '25 hours' where subscription_id = ?")) {
            age.setObject(1, UUID.fromString(id));
            assertEquals(1, age.executeUpdate());
        }
        JsonPath failing = awaitState(id, s -> s.getString("status").equals("FAILING"), "FAILING after the horizon");
        assertEquals("HTTP 500 from the receiver", failing.getString("last_error"));

        String second = Actions.create(Actions.arrest(2));
        receiver.answerWith(200);
        IsolatedDeployment.sleep(1500);
        assertTrue(receiver.accepted().isEmpty(), "a FAILING subscription sends nothing");

        // A position the feed has not reached is refused: it would skip whatever comes before it.
        String beyond = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("999999999999\u001f0").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Api.badRequestAs("supervisor").body(Map.of("after", beyond)).post(PATH + "/" + id + "/replays").then()
                .statusCode(400).body("errors.field", hasItem("after"));
        Api.as("supervisor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("after", failing.getString("position"))).post(PATH + "/" + id + "/replays")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("attempts", equalTo(0));
        List<Delivery> accepted = receiver.await(d -> d.stream().filter(x -> x.answeredWith() == 200).count() >= 2,
                PATIENCE, "both actions after the replay").stream().filter(x -> x.answeredWith() == 200).toList();
        assertEquals(List.of("uk.police.enforcement.action.created " + first, "uk.police.enforcement.action.created " + second),
                typesAndIds(accepted));
    }

    @Test
    void aReceiverThatSaysGoneMakesTheSubscriptionFailingAtOnce() {
        WebhookReceiver receiver = receiver();
        receiver.answerWith(410);
        String id = subscribe(receiver).getString("id");
        Actions.create(Actions.arrest(1));
        JsonPath failing = awaitState(id, s -> s.getString("status").equals("FAILING"), "FAILING on 410");
        assertEquals(1, failing.getInt("attempts"));
        assertEquals("HTTP 410 from the receiver", failing.getString("last_error"));
    }

    /** The service reads at most 64 KB of an answer: a 2xx with a larger body is delivered, not retried. */
    @Test
    void aTwoHundredWithAHugeBodyCountsAsDelivered() {
        WebhookReceiver receiver = receiver();
        receiver.answerWith(200, 5 * 1024 * 1024);
        String id = subscribe(receiver).getString("id");
        List<String> actions = List.of(Actions.create(Actions.arrest(1)), Actions.create(Actions.arrest(2)));
        List<Delivery> received = receiver.await(d -> d.size() >= 2, PATIENCE, "both actions, the first not retried");
        assertEquals(actions.stream().map(a -> "uk.police.enforcement.action.created " + a).toList(),
                typesAndIds(received.subList(0, 2)));
        JsonPath state = awaitState(id, s -> s.getInt("attempts") == 0 && s.getString("last_error") == null,
                "no failed attempt");
        assertEquals("ACTIVE", state.getString("status"));
    }

    @Test
    void aHangingReceiverTimesOutWithoutHoldingUpOtherSubscriptions() {
        WebhookReceiver hanging = receiver();
        hanging.hang();
        WebhookReceiver healthy = receiver();
        String slow = subscribe(hanging).getString("id");
        subscribe(healthy);
        String action = Actions.create(Actions.arrest(1));
        healthy.await(d -> !d.isEmpty(), Duration.ofSeconds(5), "the healthy receiver served while the other hangs");
        assertEquals(List.of("uk.police.enforcement.action.created " + action), typesAndIds(healthy.deliveries()));
        JsonPath timedOut = awaitState(slow, s -> s.getInt("attempts") >= 1, "the hanging delivery given up");
        assertEquals("no answer within 2s", timedOut.getString("last_error"));
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneForTheOverlap() {
        WebhookReceiver receiver = receiver();
        JsonPath subscription = subscribe(receiver);
        String id = subscription.getString("id");
        String oldSecret = subscription.getString("secret");
        String etag = Api.as("supervisor").get(PATH + "/" + id).then().extract().header("ETag");
        Api.badRequestAs("supervisor").body(Map.of("overlap", "PT1H")).post(PATH + "/" + id + "/secret-rotations")
                .then().statusCode(428);

        Response rotated = Api.as("supervisor").header("If-Match", etag).body(Map.of("overlap", "PT1H"))
                .post(PATH + "/" + id + "/secret-rotations");
        rotated.then().statusCode(200).body("secret", startsWith("whsec_")).body("secret", not(equalTo(oldSecret)))
                .body("previous_secret_expires_at", not(nullValue()));
        String newSecret = rotated.path("secret");
        Actions.create(Actions.arrest(1));
        Delivery overlapping = receiver.await(d -> !d.isEmpty(), PATIENCE, "a delivery during the overlap").get(0);
        assertEquals(2, overlapping.signatures().split(" ").length);
        assertTrue(overlapping.signedWith(newSecret) && overlapping.signedWith(oldSecret));

        Response again = Api.as("supervisor").header("If-Match", rotated.header("ETag")).body(Map.of("overlap", "PT0S"))
                .post(PATH + "/" + id + "/secret-rotations");
        again.then().statusCode(200).body("previous_secret_expires_at", nullValue());
        String newest = again.path("secret");
        Actions.create(Actions.arrest(2));
        Delivery after = receiver.await(d -> d.size() >= 2, PATIENCE, "a delivery after the second rotation").get(1);
        assertEquals(1, after.signatures().split(" ").length);
        assertTrue(after.signedWith(newest) && !after.signedWith(newSecret));
        // An overlap too long even to compute is a 400 naming it, like any other too long.
        Api.badRequestAs("supervisor").header("If-Match", again.header("ETag"))
                .body(Map.of("overlap", "PT99999999999999999H")).post(PATH + "/" + id + "/secret-rotations").then()
                .statusCode(400).body("errors.field", hasItem("overlap"));
        // A stale rotation is refused rather than replacing the secret twice.
        Api.badRequestAs("supervisor").header("If-Match", etag).body(Map.of()).post(PATH + "/" + id + "/secret-rotations")
                .then().statusCode(412);
    }

    @Test
    void urlsTheServiceMustNotCallAreRefusedNamingUrl() {
        for (String url : List.of("http://10.1.2.3/hooks", "http://169.254.169.254/latest/meta-data",
                "http://192.168.0.10:8443/x", "http://[::1]:8080/hooks", "http://0.0.0.0/hooks",
                "http://user:password@127.0.0.1/hooks", "http://100.64.0.1/hooks", "http://[fd00::1]/hooks")) {
            Api.badRequestAs("supervisor").body(Map.of("url", url)).post(PATH).then().statusCode(400)
                    .body("errors.field", hasItem("url"));
        }
        Api.badRequestAs("supervisor").body(Map.of("url", "ftp://example.police.uk/x")).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("url"));
    }

    @Test
    void aPatchedUrlIsCheckedAndDeliveryGoesOnFromThePosition() {
        WebhookReceiver first = receiver();
        WebhookReceiver second = receiver();
        JsonPath subscription = subscribe(first);
        String id = subscription.getString("id");
        String etag = Api.as("supervisor").get(PATH + "/" + id).then().extract().header("ETag");
        Api.badRequestAs("supervisor").contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("url", "http://10.0.0.1/x")).patch(PATH + "/" + id).then().statusCode(400)
                .body("errors.field", hasItem("url"));
        Api.as("supervisor").contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("url", second.url() + "?v=2")).patch(PATH + "/" + id).then().statusCode(200)
                .body("url", equalTo(second.url() + "?v=2")).body("description", equalTo("test receiver"));
        String action = Actions.create(Actions.arrest(1));
        second.await(d -> !d.isEmpty(), PATIENCE, "delivery to the new URL");
        assertEquals(List.of("uk.police.enforcement.action.created " + action), typesAndIds(second.deliveries()));
        assertTrue(first.deliveries().isEmpty());
        List<Map<String, Object>> listed = Api.as("supervisor").queryParam("limit", 200).get(PATH).then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertTrue(listed.stream().anyMatch(s -> s.get("id").equals(id) && !s.containsKey("secret")));
    }

}
