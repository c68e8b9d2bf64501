package uk.police.enforcement.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.support.IsolatedDeployment;
import uk.police.enforcement.support.PackagedService;
import uk.police.enforcement.support.WebhookReceiver;
import uk.police.enforcement.support.WebhookReceiver.Delivery;
/**
 * Two packaged instances deliver one subscription's webhooks: the one holding the delivery is killed
 * (SIGKILL) while a delivery is in flight, and the other picks the subscription up once the claim lapses,
 * from the last recorded position, so every change still arrives, in order, at least once.
 */
class WebhookFailoverIT {

    private static IsolatedDeployment deployment;
    private static WebhookReceiver receiver;

    @BeforeAll
    static void start() {
        receiver = new WebhookReceiver();
        deployment = IsolatedDeployment.start(Map.of(
                "ENFORCEMENT_WEBHOOKS_REQUIRE_HTTPS", "false",
                "ENFORCEMENT_WEBHOOKS_ALLOWED_NETWORKS", "127.0.0.0/8",
                // Longer than the claim, so the killed instance would still be waiting: only the lapse frees it.
                "ENFORCEMENT_WEBHOOKS_TIMEOUT", "PT60S",
                "ENFORCEMENT_WEBHOOKS_LEASE", "PT8S"), "webhooks-a", "webhooks-b");
    }

    @AfterAll
    static void stop() {
        if (receiver != null) {
            receiver.close();
        }
        if (deployment != null) {
            deployment.close();
        }
    }

    @Test
    void aKilledInstancesDeliveryIsPickedUpByTheOther() throws Exception {
        PackagedService a = deployment.instance(0);
        PackagedService b = deployment.instance(1);
        receiver.hang();
        a.as("supervisor").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("url", receiver.url())).post("/api/v2/webhook-subscriptions").then().statusCode(201);
        List<String> actions = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            actions.add(a.as("recorder").body(Actions.arrest(i)).post("/api/v2/enforcement-actions").then()
                    .statusCode(201).extract().path("id"));
        }
        receiver.await(d -> !d.isEmpty(), Duration.ofSeconds(20), "the first delivery, left hanging");
        // Whichever instance claimed the subscription is now waiting on the receiver; kill that one.
        PackagedService holder = claimHolder(a, b);
        PackagedService survivor = holder == a ? b : a;
        holder.kill();
        receiver.answerWith(204);

        List<Delivery> received = receiver.await(d -> accepted(d).size() >= 5, Duration.ofSeconds(40),
                "all five actions delivered by the surviving instance");
        List<String> expected = actions.stream().map(id -> "uk.police.enforcement.action.created " + id).toList();
        assertEquals(expected, accepted(received));
        // The entry in flight when the instance died was sent again: at least once, never lost.
        assertTrue(received.get(0).answeredWith() != 204 && received.get(0).id().equals(received.get(1).id()),
                received.stream().map(d -> d.id() + " -> " + d.answeredWith()).toList().toString());
        survivor.as("supervisor").get("/api/v2/webhook-subscriptions").then().statusCode(200);
    }

    /** The instance whose log shows it is delivering: the one whose claim holds the subscription. */
    private static PackagedService claimHolder(PackagedService a, PackagedService b) {
        // Both instances look for work; only one can hold the claim, and its delivery thread is the one waiting.
        String threadsOfA = a.threadDump();
        return threadsOfA.contains("WebhookSender.send") ? a : b;
    }

    private static List<String> accepted(List<Delivery> deliveries) {
        return new ArrayList<>(new LinkedHashSet<>(deliveries.stream().filter(d -> d.answeredWith() == 204)
                .map(d -> d.type() + " " + d.recordId()).toList()));
    }
}
