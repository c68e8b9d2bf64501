package uk.police.enforcement.common.web;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

import uk.police.enforcement.common.problem.ProblemResponses;
import uk.police.enforcement.common.problem.ProblemTypes;
/**
 * On SIGTERM the service drains: from the signal on, new API requests get a 503 problem with
 * Retry-After and {@code Connection: close} (a client retries on another instance) and readiness is
 * DOWN, while requests already being served run to completion under Quarkus' graceful shutdown
 * ({@code quarkus.shutdown.timeout}). Quarkus alone would keep accepting new requests until the
 * listener closes. The signal is seen through a JVM shutdown hook, which runs alongside Quarkus' own.
 */
@Readiness
@ApplicationScoped
public class ShutdownDrain implements HealthCheck {

    private static final AtomicBoolean DRAINING = new AtomicBoolean();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();
    private static final Logger LOG = Logger.getLogger(ShutdownDrain.class);

    void hook(@Observes StartupEvent started) {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                DRAINING.set(true);
                LOG.info("Shutting down: refusing new API requests, finishing those in flight");
            }, "shutdown-drain"));
        }
    }

    void install(@Observes Router router, ProblemResponses problems) {
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(ctx -> {
            if (!DRAINING.get()) {
                ctx.next();
                return;
            }
            ctx.response().setStatusCode(503)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.PROBLEM_JSON)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .putHeader("Retry-After", "1")
                    .end(problems.json(503, ProblemTypes.BLANK, "Service Unavailable",
                            "This instance is shutting down; retry, another instance will answer.", null,
                            ctx.request().path()));
        });
    }

    /** Whether this instance is shutting down: a request that waits (a long poll) should answer now. */
    public static boolean draining() {
        return DRAINING.get();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("shutdown").status(!DRAINING.get()).build();
    }
}
