package uk.police.enforcement.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

import uk.police.enforcement.api.model.ChangeEvent;
import uk.police.enforcement.common.config.EnforcementConfig;
/**
 * Sends one signed delivery (Standard Webhooks headers, CloudEvents structured body) and says how it went.
 * Non-blocking underneath (Vert.x), with a hard deadline for the whole exchange: a receiver that is slow,
 * hangs or streams an endless answer costs one delivery thread for at most the timeout.
 */
@ApplicationScoped
public class WebhookSender {

    /** The most of a receiver's answer body that is read (and dropped); beyond it the connection is cut. */
    private static final int MAX_ANSWER_BYTES = 64 * 1024;

    /** How an attempt went: delivered, or why not (and whether the receiver said it is gone for good). */
    record Outcome(boolean delivered, String error, boolean gone) {

        static final Outcome DELIVERED = new Outcome(true, null, false);

        static Outcome failed(String error) {
            return new Outcome(false, error, false);
        }
    }

    private final HttpClient client;
    private final ReceiverAddresses receivers;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Duration timeout;
    private final Tracer tracer;

    public WebhookSender(Vertx vertx, ReceiverAddresses receivers, ObjectMapper mapper, Clock clock,
            EnforcementConfig config, Tracer tracer) {
        this.tracer = tracer;
        this.receivers = receivers;
        this.mapper = mapper;
        this.clock = clock;
        this.timeout = config.webhooks().timeout();
        int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(timeoutMillis)
                .setKeepAlive(true)
                .setVerifyHost(true)
                .setMaxPoolSize(Math.max(1, config.webhooks().maxConcurrent())));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /**
     * Delivers {@code event} in a span of its own, a child of the trace of the request that made the change
     * ({@code traceparent}, null when it was not traced), and tells the receiver that span's context in a
     * {@code traceparent} header, so that the receiving system's work joins the same trace.
     */
    Outcome send(WebhookDeliveries.Claim claim, ChangeEvent event, String traceparent) {
        Context parent = traceparent == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, TRACEPARENT);
        Span span = tracer.spanBuilder("POST webhook").setParent(parent).setSpanKind(SpanKind.CLIENT)
                .setAttribute("http.request.method", "POST").setAttribute("webhook.id", event.getId().toString())
                .startSpan();
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(parent.with(span), carrier, Map::put);
        try {
            // Tracing off here but on where the change was made: the receiver still gets the change's trace.
            Outcome outcome = deliver(claim, event, carrier.getOrDefault("traceparent", traceparent));
            if (!outcome.delivered()) {
                span.setStatus(StatusCode.ERROR, outcome.error());
            }
            return outcome;
        } finally {
            span.end();
        }
    }

    /** Reads the one header a stored trace context is. */
    private static final TextMapGetter<String> TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of("traceparent");
        }

        @Override
        public String get(String carrier, String key) {
            return "traceparent".equals(key) ? carrier : null;
        }
    };

    private Outcome deliver(WebhookDeliveries.Claim claim, ChangeEvent event, String traceparent) {
        ReceiverAddresses.Receiver receiver;
        try {
            receiver = receivers.check(claim.url());
        } catch (ReceiverAddresses.Refused refused) {
            return Outcome.failed("url " + refused.getMessage());
        }
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change event always serialises", e);
        }
        String id = event.getId().toString();
        long timestamp = clock.instant().getEpochSecond();
        String signature = WebhookSecrets.sign(claim.secret(), id, timestamp, body);
        if (claim.previousSecret() != null && claim.previousSecretExpiresAt() != null
                && claim.previousSecretExpiresAt().isAfter(clock.instant())) {
            signature += " " + WebhookSecrets.sign(claim.previousSecret(), id, timestamp, body);
        }
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                // Connect to the address just checked; the URL's host still names the server (Host header, TLS).
                .setServer(SocketAddress.inetSocketAddress(receiver.port(), receiver.address().getHostAddress()))
                .setHost(receiver.url().getHost())
                .setPort(receiver.port())
                .setSsl(receiver.https())
                .setURI(receiver.pathAndQuery())
                .setFollowRedirects(false)
                .setIdleTimeout(timeout.toMillis())
                .putHeader("content-type", "application/cloudevents+json; charset=utf-8")
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", signature)
                .putHeader("user-agent", "enforcement-service-webhooks");
        if (traceparent != null) {
            request.putHeader("traceparent", traceparent);
        }
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        CompletableFuture<Integer> status = client.request(request).compose(req -> {
            sent.set(req);
            return req.send(Buffer.buffer(body));
        }).compose(response -> {
            int code = response.statusCode();
            // The answer's status is what counts; its body is read up to MAX_ANSWER_BYTES and dropped. Past
            // that the connection is cut, and the status already received stands (a 2xx is a delivery).
            Promise<Integer> answered = Promise.promise();
            AtomicLong read = new AtomicLong();
            try {
                response.handler(chunk -> {
                    if (read.addAndGet(chunk.length()) > MAX_ANSWER_BYTES && answered.tryComplete(code)) {
                        response.request().reset();
                    }
                });
                response.end().onComplete(ended -> {
                    if (ended.succeeded()) {
                        answered.tryComplete(code);
                    } else {
                        answered.tryFail(ended.cause()); // nothing once the status stands
                    }
                });
            } catch (IllegalStateException alreadyEnded) {
                // An answer without a body (a 204) can be complete before these handlers are set: it is whole.
                answered.tryComplete(code);
            }
            return answered.future();
        }).toCompletionStage().toCompletableFuture();
        try {
            int code = status.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (code >= 200 && code < 300) {
                return Outcome.DELIVERED;
            }
            return new Outcome(false, "HTTP " + code + " from the receiver", code == 410);
        } catch (TimeoutException e) {
            HttpClientRequest inFlight = sent.get();
            if (inFlight != null) {
                inFlight.reset();
            }
            status.cancel(true);
            return Outcome.failed("no answer within " + timeout.toString().substring(2).toLowerCase());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Outcome.failed("could not deliver: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed("interrupted by shutdown");
        }
    }
}
