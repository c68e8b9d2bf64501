package uk.police.enforcement.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
/**
 * A webhook receiver for tests, on 127.0.0.1: it records every delivery it is sent and answers as told
 * (2xx, an error status, or not at all until released). Signatures are checked here the way a receiving
 * system would, from the Standard Webhooks specification rather than from the service's code.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One delivery as received, and the status it was answered with (0 while it hangs). */
    public record Delivery(String id, String timestamp, String signatures, String contentType, String body,
            JsonNode event, int answeredWith, String traceparent) {

        public String type() {
            return event.path("type").asText();
        }

        public String recordId() {
            return event.path("data").path("id").asText();
        }

        /** Whether one of the header's signatures is this secret's over id.timestamp.body. */
        public boolean signedWith(String secret) {
            String expected = sign(secret, id, timestamp, body);
            for (String signature : signatures.split(" ")) {
                if (signature.equals(expected)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Delivery> deliveries = new ArrayList<>();
    private volatile int status = 204;
    private volatile int answerBytes;
    private volatile CountDownLatch hang;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::receive);
        server.start();
    }

    /** The URL to register (http on loopback: the tests allowlist 127.0.0.0/8). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/enforcement";
    }

    /** Answer every delivery from now on with this status. */
    public void answerWith(int status) {
        this.status = status;
        release();
    }

    /** Answer every delivery from now on with this status and a body of this many bytes. */
    public void answerWith(int status, int bodyBytes) {
        this.answerBytes = bodyBytes;
        answerWith(status);
    }

    /** Do not answer deliveries from now on until {@link #release()} or {@link #answerWith}. */
    public void hang() {
        hang = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch latch = hang;
        hang = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    public synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The deliveries answered with a 2xx: what the receiving system accepted. */
    public List<Delivery> accepted() {
        return deliveries().stream().filter(d -> d.answeredWith() >= 200 && d.answeredWith() < 300).toList();
    }

    /** Waits until {@code condition} holds of the deliveries received so far; fails after {@code within}. */
    public List<Delivery> await(Predicate<List<Delivery>> condition, Duration within, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            List<Delivery> now = deliveries();
            if (condition.test(now)) {
                return now;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Within " + within + ": " + what + "; received " + now.stream()
                        .map(d -> d.type() + " " + d.recordId() + " -> " + d.answeredWith()).toList());
            }
            IsolatedDeployment.sleep(50);
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CountDownLatch latch = hang;
        int answer = status;
        Delivery delivery = new Delivery(exchange.getRequestHeaders().getFirst("webhook-id"),
                exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"),
                exchange.getRequestHeaders().getFirst("content-type"), body, JSON.readTree(body),
                latch != null ? 0 : answer, exchange.getRequestHeaders().getFirst("traceparent"));
        int index;
        synchronized (this) {
            deliveries.add(delivery);
            index = deliveries.size() - 1;
        }
        if (latch != null) {
            try {
                latch.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer = status;
            synchronized (this) {
                deliveries.set(index, new Delivery(delivery.id(), delivery.timestamp(), delivery.signatures(),
                        delivery.contentType(), body, delivery.event(), -1, delivery.traceparent()));
            }
        }
        int bytes = answerBytes;
        try {
            exchange.sendResponseHeaders(answer, bytes > 0 ? bytes : -1);
            if (bytes > 0) {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'x');
                try (var out = exchange.getResponseBody()) {
                    for (int sent = 0; sent < bytes; sent += chunk.length) {
                        out.write(chunk, 0, Math.min(chunk.length, bytes - sent));
                    }
                }
            }
        } catch (IOException gone) {
            // The service gave up on this delivery (its timeout, or it had read enough of the answer).
        }
        exchange.close();
    }

    static String sign(String secret, String id, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }


    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
