package uk.police.enforcement.common.web;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import uk.police.enforcement.api.model.Bucket;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.problem.ProblemResponses;
/**
 * A per-client token bucket in front of {@code /api/}: each caller (its token's subject, or its
 * address when it has none) may send {@code requests-per-second} on average with bursts up to {@code burst};
 * beyond that it gets a 429 problem with Retry-After. Per instance: behind a load balancer with N
 * instances a client may get up to N times the rate.
 */
public class RateLimit {

    private static final int MAX_TRACKED_CLIENTS = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private ObjectMapper objectMapper;

    void install(@Observes Router router, EnforcementConfig enforcementConfig, ProblemResponses problems,
            ObjectMapper objectMapper, MeterRegistry meters) {
        this.objectMapper = objectMapper;
        Counter refused = meters.counter("enforcement.http.rate_limited");
        EnforcementConfig.RateLimit config = enforcementConfig.rateLimit();
        if (!config.enabled()) {
            return;
        }
        router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(ctx -> {
            Bucket bucket = bucket(clientOf(ctx), config.burst());
            long waitNanos = bucket.take(config.requestsPerSecond(), config.burst());
            // IETF RateLimit headers: the burst, what is left of it, and seconds until it is full again.
            ctx.response().putHeader("RateLimit-Limit", Integer.toString(config.burst()))
                    .putHeader("RateLimit-Remaining", Long.toString(bucket.remaining()))
                    .putHeader("RateLimit-Reset", Long.toString(bucket.secondsUntilFull(config.requestsPerSecond(),
                            config.burst())));
            if (waitNanos == 0) {
                ctx.next();
                return;
            }
            long retryAfter = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            refused.increment();
            ctx.response().setStatusCode(429)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.PROBLEM_JSON)
                    .putHeader("Retry-After", Long.toString(retryAfter))
                    .end(problems.json(429, "about:blank", "Too Many Requests",
                            "This client sent more than " + config.requestsPerSecond()
                                    + " requests per second; retry after " + retryAfter + " s.",
                            null, ctx.request().path()));
        });
    }

    /**
     * The token's subject when the request carries a bearer JWT (read, not verified: verification
     * follows, and a forged token only earns 401s), else the caller's address. A client that mints
     * a fresh token per call is therefore still one client.
     */
    private String clientOf(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String[] parts = authorization.substring(7).trim().split("\\.");
            if (parts.length == 3) {
                try {
                    JsonNode claims = objectMapper.readTree(Base64.getUrlDecoder().decode(parts[1]));
                    if (claims.hasNonNull("sub")) {
                        return "sub:" + claims.get("sub").asText();
                    }
                } catch (IOException | IllegalArgumentException e) {
                    // not a JWT: fall back to the address
                }
            }
        }
        return "address:" + ctx.request().remoteAddress().host();
    }

    private Bucket bucket(String client, int burst) {
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            long now = System.nanoTime();
            buckets.values().removeIf(b -> b.idleFor(now) > 60_000_000_000L);
        }
        return buckets.computeIfAbsent(client, k -> new Bucket(burst));
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(int burst) {
            tokens = burst;
        }

        /** Takes a token; returns 0 when allowed, else the nanoseconds until the next token. */
        synchronized long take(double perSecond, int burst) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - refilledAt) * perSecond / 1e9);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) ((1 - tokens) / perSecond * 1e9);
        }

        synchronized long remaining() {
            return (long) Math.floor(tokens);
        }

        synchronized long secondsUntilFull(double perSecond, int burst) {
            return (long) Math.ceil((burst - tokens) / perSecond);
        }

        synchronized long idleFor(long now) {
            return now - refilledAt;
        }
    }
}
