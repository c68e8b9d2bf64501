package uk.police.enforcement.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.jdbc.Work;

import uk.police.enforcement.api.model.ChangeEventType;
import uk.police.enforcement.api.model.WebhookSubscriptionInput;
import uk.police.enforcement.change.ChangeFeed;
import uk.police.enforcement.common.persistence.ExpectedVersion;
import uk.police.enforcement.common.persistence.JdbcWork;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.RecordNotFound;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.persistence.VersionedRecords;
import uk.police.enforcement.common.problem.ApiProblem;
/** Business rules and transaction boundaries of webhook subscriptions. */
@ApplicationScoped
public class WebhookSubscriptions {

    static final Duration MAX_OVERLAP = Duration.ofDays(7);

    /** A subscription with its delivery state, and its secret when this answer may show it. */
    /** A subscription as answered; {@code previousSecretExpiresAt}: when the rotated-out secret stops signing, if it still does. */
    record Subscription(WebhookSubscriptionEntity entity, WebhookDeliveries.State state, boolean showSecret,
            Instant previousSecretExpiresAt) {
    }

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveries deliveries;
    private final ReceiverAddresses receivers;
    private final ChangeFeed feed;
    private final JdbcWork jdbc;

    private final Clock clock;

    public WebhookSubscriptions(WebhookSubscriptionRepository subscriptions, WebhookDeliveries deliveries,
            ReceiverAddresses receivers, ChangeFeed feed, JdbcWork jdbc, Clock clock) {
        this.clock = clock;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.receivers = receivers;
        this.feed = feed;
        this.jdbc = jdbc;
    }

    /** Registers it, delivering the changes that end after now. */
    @Transactional
    public Subscription create(WebhookSubscriptionInput input) {
        WebhookSubscriptionEntity entity = new WebhookSubscriptionEntity();
        entity.stampNew(clock);
        apply(input, entity);
        entity.secret = WebhookSecrets.generate();
        subscriptions.persistAndFlush(entity);
        ChangeFeed.Position end = feed.end();
        inTransaction(connection -> deliveries.start(connection, entity.id, end));
        return with(entity, true);
    }

    public Subscription get(UUID id) {
        return with(require(id), false);
    }

    public Page<Subscription> list(int limit, String cursor) {
        Page<WebhookSubscriptionEntity> page = subscriptions.page(limit, cursor);
        Map<UUID, WebhookDeliveries.State> states = states(page.items().stream().map(s -> s.id).toList());
        // A subscription deleted between the two reads is left out rather than shown without its state.
        return new Page<>(page.items().stream().filter(entity -> states.containsKey(entity.id))
                .map(entity -> new Subscription(entity, states.get(entity.id), false, expiresOrNull(entity))).toList(), page.nextCursor(),
                page.limit());
    }

    @Transactional
    public Subscription replace(UUID id, ExpectedVersion expected, WebhookSubscriptionInput input) {
        return with(VersionedRecords.replace(subscriptions, require(id), expected, clock, entity -> apply(input, entity)), false);
    }

    /** Idempotent: a subscription already gone is success. Its delivery state goes with it (cascade). */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        VersionedRecords.deleteIfPresent(subscriptions, id, expected);
    }

    /** A new secret; the old one goes on signing beside it for {@code overlap}. */
    @Transactional
    public Subscription rotate(UUID id, ExpectedVersion expected, String overlap) {
        Duration keepOld = overlap(overlap);
        if (keepOld.isNegative() || keepOld.compareTo(MAX_OVERLAP) > 0) {
            throw ApiProblem.invalidField("overlap", "must be between PT0S and P7D");
        }
        WebhookSubscriptionEntity rotated = VersionedRecords.replace(subscriptions, require(id), expected, clock, entity -> {
            boolean overlapping = !keepOld.isZero();
            entity.previousSecret = overlapping ? entity.secret : null;
            entity.previousSecretExpiresAt = overlapping ? Timestamps.at(clock).plus(keepOld) : null;
            entity.secret = WebhookSecrets.generate();
        });
        return with(rotated, true);
    }

    /** Delivers again everything after {@code after} (a feed cursor; the start when null). */
    @Transactional
    public Subscription replay(UUID id, String after) {
        ChangeFeed.Position from = ChangeFeed.Position.of(after, "after");
        if (from.compareTo(feed.end()) > 0) {
            throw ApiProblem.invalidField("after", "is beyond the end of the change feed");
        }
        feed.requireRetained(from);
        WebhookSubscriptionEntity entity = require(id);
        inTransaction(connection -> deliveries.replay(connection, id, from));
        return with(entity, false);
    }

    /** The overlap asked for; one too large even to parse is treated as too long (refused by the caller). */
    private static Duration overlap(String overlap) {
        try {
            return overlap == null ? Duration.ofHours(24) : Duration.parse(overlap);
        } catch (DateTimeParseException | ArithmeticException e) {
            return MAX_OVERLAP.plusDays(1);
        }
    }

    private WebhookSubscriptionEntity require(UUID id) {
        return VersionedRecords.require(subscriptions, id, "webhook subscription");
    }

    private void apply(WebhookSubscriptionInput input, WebhookSubscriptionEntity entity) {
        try {
            receivers.check(input.getUrl());
        } catch (ReceiverAddresses.Refused refused) {
            throw ApiProblem.invalidField("url", refused.getMessage());
        }
        entity.url = input.getUrl();
        Set<ChangeEventType> types = input.getEventTypes();
        entity.eventTypes = types == null || types.isEmpty() ? null
                : types.stream().map(ChangeEventType::toString).sorted().toArray(String[]::new);
        entity.description = input.getDescription();
    }

    private Subscription with(WebhookSubscriptionEntity entity, boolean showSecret) {
        WebhookDeliveries.State state = states(List.of(entity.id)).get(entity.id);
        if (state == null) {
            throw new RecordNotFound("webhook subscription"); // deleted meanwhile
        }
        return new Subscription(entity, state, showSecret, expiresOrNull(entity));
    }

    private Map<UUID, WebhookDeliveries.State> states(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.call(connection -> deliveries.states(connection, ids));
    }

    /** Runs JDBC work on the session's connection, in its transaction when there is one. */
    private void inTransaction(Work work) {
        jdbc.call(connection -> {
            work.execute(connection);
            return null;
        });
    }

    private Instant expiresOrNull(WebhookSubscriptionEntity entity) {
        return entity.previousSecretExpiresAt != null && entity.previousSecretExpiresAt.isAfter(Timestamps.at(clock))
                ? entity.previousSecretExpiresAt : null;
    }
}
