package uk.police.enforcement.figure;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.problem.ApiProblem;
/**
 * At most {@code enforcement.summaries.concurrent-counts} figure counts run at once on an instance; the others wait
 * their turn, first come first served, holding no database connection (the turn is taken before the count's
 * transaction begins), for at most {@code enforcement.summaries.turn-wait}, then get a 503 to retry. Without it, 32
 * dashboards asking for a year at once took every connection of the pool (GET and POST of single records then
 * failed for want of one) and their result sets overran the heap (bench/run, 2026-12-07). Figures the
 * {@link FigureCache} can answer need no turn ({@link CountsFigures#cacheFirst}): they are not counted.
 */
@CountsFigures
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150) // after the audit's, before @Transactional's (+200)
public class CountingTurns {

    /** The instance's turns, one set for every intercepted bean (an interceptor is made for each bean it wraps). */
    @Singleton
    static class Turns {

        final Semaphore available;
        final Duration wait;

        Turns(EnforcementConfig config) {
            int concurrent = config.summaries().concurrentCounts();
            if (concurrent < 1) {
                throw new IllegalStateException("ENFORCEMENT_SUMMARIES_CONCURRENT_COUNTS (enforcement.summaries."
                        + "concurrent-counts) is " + concurrent + ": it must be at least 1");
            }
            this.available = new Semaphore(concurrent, true);
            this.wait = config.summaries().turnWait();
        }

        /**
         * Called before each count a method makes: inside a cache-first attempt ({@link CountsFigures#cacheFirst})
         * that holds no turn yet, takes one if one is free now (in arrival order) or throws {@link TurnNeeded}, so
         * that the attempt rolls back and waits for one holding no connection. Elsewhere the caller has its turn
         * already, or is no counting method.
         */
        void beforeCounting() {
            Attempt attempt = ATTEMPT.get();
            if (attempt == null || attempt.holdsTurn) {
                return;
            }
            try {
                if (!available.tryAcquire(0, TimeUnit.MILLISECONDS)) { // tryAcquire() would overtake those waiting
                    throw new TurnNeeded();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TurnNeeded();
            }
            attempt.holdsTurn = true;
        }
    }

    /** A cache-first attempt that has to count and found no turn free: it rolls back and runs again in a turn. */
    static final class TurnNeeded extends RuntimeException {
        TurnNeeded() {
            super(null, null, false, false); // control flow, caught below: no stack trace to fill
        }
    }

    /** The cache-first attempt running on this thread, while it runs. */
    private static final class Attempt {
        boolean holdsTurn;
    }

    private static final ThreadLocal<Attempt> ATTEMPT = new ThreadLocal<>();

    private static final Logger LOG = Logger.getLogger(CountingTurns.class);

    private final Turns turns;
    private final CurrentVertxRequest request;

    public CountingTurns(Turns turns, CurrentVertxRequest request) {
        this.turns = turns;
        this.request = request;
    }

    @AroundInvoke
    Object inTurn(InvocationContext context) throws Exception {
        CountsFigures binding = context.getMethod().getAnnotation(CountsFigures.class);
        if (binding != null && binding.cacheFirst() && ATTEMPT.get() == null) {
            Attempt attempt = new Attempt();
            ATTEMPT.set(attempt);
            try {
                return context.proceed(); // answered from the cache, or counted in a turn that was free
            } catch (TurnNeeded needed) {
                // Its transaction has rolled back (a runtime exception): it waits for a turn below.
            } finally {
                ATTEMPT.remove();
                if (attempt.holdsTurn) {
                    turns.available.release();
                }
            }
        }
        if (!turns.available.tryAcquire(turns.wait.toMillis(), TimeUnit.MILLISECONDS)) {
            throw ApiProblem.unavailable("Too many figures are being counted on this instance just now; retry "
                    + "shortly.", 1);
        }
        try {
            if (clientGone()) {
                // Its client gave up while it waited (a timeout): a count no one will read would hold a turn,
                // and a connection, from those still waiting.
                LOG.debugf("Count not made: the client closed the connection while it waited for its turn");
                throw ApiProblem.unavailable("The connection closed while this count waited for its turn; nothing "
                        + "was counted.", 1);
            }
            return context.proceed();
        } finally {
            turns.available.release();
        }
    }

    /** Whether the HTTP client of this count has closed its connection (never, for a count of a background task). */
    private boolean clientGone() {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        RoutingContext current = request.getCurrent();
        return current != null && current.response().closed();
    }
}
