package uk.police.enforcement.webhook;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import uk.police.enforcement.change.ChangeEvents;
import uk.police.enforcement.change.ChangeFeed;
import uk.police.enforcement.change.ChangeNotifications;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.web.ProblemMappers;
/**
 * Delivers the change feed to webhook subscriptions. One scheduler thread per instance claims due
 * subscriptions (a lease in PostgreSQL, so instances share the work and a crashed one's claims lapse) and
 * hands each to a bounded pool of delivery threads; a delivery thread sends the subscription's entries one
 * by one, in feed order, recording its position after each page, and stops at the first failure, which waits
 * out its back-off. A run lasts at most half a lease and then gives its claim back, so that its lease never
 * lapses under it, the subscription's edits (URL, types, a rotated secret) apply from the next run, and slow
 * receivers take turns with the others for the delivery threads. Delivery is at least once: an instance that
 * dies mid-page leaves its last recorded position, and the next claim sends from there again.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int PAGE = 100;

    private final UUID instance = UUID.randomUUID();
    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final ChangeFeed feed;
    private final ChangeEvents events;
    private final ChangeNotifications notifications;
    private final EnforcementConfig.Webhooks config;
    private final RetrySchedule retries;
    private final Semaphore slots;
    private final Map<String, Counter> attempts = new HashMap<>();
    private final AtomicInteger threadNumber = new AtomicInteger();
    /** Subscriptions this instance is delivering now: never claimed twice at once. */
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private ExecutorService deliverers;
    private Thread scheduler;
    private volatile boolean stopped;

    public WebhookDispatcher(WebhookDeliveries deliveries, WebhookSender sender, ChangeFeed feed, ChangeEvents events,
            ChangeNotifications notifications, EnforcementConfig config, MeterRegistry meters) {
        this.deliveries = deliveries;
        // One counter per outcome (low cardinality: no subscription or URL as a tag).
        for (String outcome : List.of("delivered", "failed", "gone")) {
            attempts.put(outcome, meters.counter("enforcement.webhook.deliveries", "outcome", outcome));
        }
        this.sender = sender;
        this.feed = feed;
        this.events = events;
        this.notifications = notifications;
        this.config = config.webhooks();
        this.retries = RetrySchedule.of(this.config.retry());
        this.slots = new Semaphore(this.config.maxConcurrent());
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        deliverers = Executors.newFixedThreadPool(config.maxConcurrent(), task -> {
            Thread thread = new Thread(task, "webhook-delivery-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        scheduler = new Thread(this::scheduleUntilStopped, "webhook-dispatcher");
        scheduler.setDaemon(true);
        scheduler.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler == null) {
            return;
        }
        stopped = true;
        scheduler.interrupt();
        deliverers.shutdown();
        try {
            scheduler.join(config.pollInterval().toMillis() + 1000);
            // A delivery under way gets its timeout to finish; then its claim is given back for others.
            if (!deliverers.awaitTermination(config.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                deliverers.shutdownNow();
            }
            deliveries.releaseAll(instance);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Could not give back webhook claims at shutdown (%s); they lapse by themselves", e);
        }
    }

    private void scheduleUntilStopped() {
        while (!stopped) {
            long seen = notifications.generation();
            try {
                int free = slots.availablePermits();
                if (free > 0) {
                    for (WebhookDeliveries.Claim claim : deliveries.claim(instance, free, config.lease(), Set.copyOf(running))) {
                        slots.acquireUninterruptibly();
                        running.add(claim.subscriptionId());
                        deliverers.execute(() -> {
                            try {
                                deliver(claim);
                            } finally {
                                running.remove(claim.subscriptionId());
                                slots.release();
                            }
                        });
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // The database away: claims wait, and the next look is after the poll interval.
                LOG.warnf("Could not look for webhook deliveries to make: %s", ProblemMappers.kindOf(e));
            }
            try {
                notifications.awaitAfter(seen, config.pollInterval());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Sends the claimed subscription's entries until the feed's end, a failure, a lost claim, the end of its
     * time slice, or shutdown.
     */
    private void deliver(WebhookDeliveries.Claim claim) {
        long sliceEnds = System.nanoTime() + config.lease().toNanos() / 2;
        ChangeFeed.Position position = claim.position();
        boolean deliveredAny = false;
        try {
            while (true) {
                ChangeFeed.Page page;
                try {
                    page = feed.page(position, PAGE, Optional.empty());
                } catch (ChangeFeed.PositionExpired expired) {
                    // Failing for longer than the feed keeps entries: what it missed is gone from the feed, so
                    // it is FAILING at once; a replay from an export's Feed-Position brings it back in step.
                    deliveries.fail(claim, position, deliveredAny, "its position is older than the change feed"
                            + " keeps: replay it from an export's Feed-Position", retries.horizon(), true,
                            retries.horizon());
                    return;
                }
                if (page.entries().isEmpty()) {
                    deliveries.release(claim);
                    return;
                }
                for (ChangeFeed.Entry entry : page.entries()) {
                    if (stopped || System.nanoTime() > sliceEnds) {
                        // Shutdown, or this run's turn is over: record what was done and give the claim back.
                        if (deliveries.advance(claim, position, deliveredAny, config.lease())) {
                            deliveries.release(claim);
                        }
                        return;
                    }
                    if (claim.wants(entry.type())) {
                        WebhookSender.Outcome outcome = send(claim, entry);
                        if (stopped && !outcome.delivered()) {
                            // Cut short by shutdown, not the receiver's failure: no back-off, no error recorded.
                            if (deliveries.advance(claim, position, deliveredAny, config.lease())) {
                                deliveries.release(claim);
                            }
                            return;
                        }
                        if (!outcome.delivered()) {
                            Duration retryIn = retries.delayAfter(
                                    deliveredAny ? 1 : claim.attempts() + 1, ThreadLocalRandom.current());
                            deliveries.fail(claim, position, deliveredAny, outcome.error(), retryIn, outcome.gone(),
                                    retries.horizon());
                            return;
                        }
                        deliveredAny = true;
                    }
                    position = entry.position();
                }
                if (!deliveries.advance(claim, position, deliveredAny, config.lease())) {
                    return; // replayed, deleted, or claimed again after our lease lapsed
                }
            }
        } catch (SQLException | RuntimeException e) {
            // The claim lapses by itself; the entries after the last recorded position are sent again then.
            LOG.warnf("Webhook delivery of subscription %s stopped: %s", claim.subscriptionId(),
                    ProblemMappers.kindOf(e));
        }
    }

    /** One attempt; anything unexpected on the way counts as a failed attempt, so back-off and FAILING apply. */
    private WebhookSender.Outcome send(WebhookDeliveries.Claim claim, ChangeFeed.Entry entry) {
        WebhookSender.Outcome outcome;
        try {
            outcome = sender.send(claim, events.toApi(entry), entry.traceparent());
        } catch (RuntimeException e) {
            outcome = WebhookSender.Outcome.failed("could not deliver: " + e.getClass().getSimpleName());
        }
        attempts.get(outcome.delivered() ? "delivered" : outcome.gone() ? "gone" : "failed").increment();
        return outcome;
    }
}
