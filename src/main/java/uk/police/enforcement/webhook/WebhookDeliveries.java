package uk.police.enforcement.webhook;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.enforcement.change.ChangeFeed.Position;
/**
 * The delivery state of subscriptions (webhook_delivery, V16), kept apart from what supervisors edit. Every
 * change a deliverer makes is conditional on its claim's token still being the row's, so a run whose claim
 * lapsed (paused, cut off, claimed again) or was reset by a replay stops instead of overwriting newer work.
 */
@ApplicationScoped
public class WebhookDeliveries {

    /** A subscription this instance has claimed, with what delivering it needs. */
    record Claim(UUID subscriptionId, UUID token, String url, Set<String> eventTypes, String secret, String previousSecret,
            Instant previousSecretExpiresAt, Position position, int attempts) {

        boolean wants(String type) {
            return eventTypes == null || eventTypes.contains(type);
        }
    }

    /** The state shown with a subscription. */
    record State(String status, Position position, int attempts, Instant nextAttemptAt, Instant failingSince,
            String lastError, Instant lastAttemptAt, Instant lastDeliveredAt) {
    }

    // Due: active, not waiting out a back-off, not claimed by a live instance, and with an entry after its position.
    private static final String CLAIM = """
            update webhook_delivery d
               set lease_owner = ?, lease_token = gen_random_uuid(), lease_until = now() + ? * interval '1 millisecond'
              from webhook_subscription s
             where s.id = d.subscription_id
               and d.subscription_id in (
                   select w.subscription_id from webhook_delivery w
                    where w.status = 'ACTIVE' and w.next_attempt_at <= now()
                      and (w.lease_until is null or w.lease_until < now())
                      and w.subscription_id <> all(?)
                      and exists (select 1 from change_event e
                                   where (e.tx_id, e.seq) > (w.position_tx, w.position_seq)
                                     and e.tx_id < pg_snapshot_xmin(pg_current_snapshot()))
                    order by w.next_attempt_at
                    limit ?
                    for update of w skip locked)
            returning d.subscription_id, d.lease_token, s.url, s.event_types, s.secret, s.previous_secret, s.previous_secret_expires_at,
                      d.position_tx::text, d.position_seq, d.attempts""";
    private static final String ADVANCE = """
            update webhook_delivery
               set position_tx = ?::xid8, position_seq = ?, attempts = 0, failing_since = null, last_error = null,
                   next_attempt_at = now(), lease_until = now() + ? * interval '1 millisecond',
                   last_delivered_at = case when ? then now() else last_delivered_at end,
                   last_attempt_at = case when ? then now() else last_attempt_at end
             where subscription_id = ? and lease_token = ?""";
    // "since" is when the current run of failures began: now when this run delivered something first.
    private static final String FAIL = """
            update webhook_delivery
               set position_tx = ?::xid8, position_seq = ?, last_delivered_at = case when ? then now() else last_delivered_at end,
                   attempts = case when ? then 1 else attempts + 1 end,
                   failing_since = case when ? then now() else coalesce(failing_since, now()) end,
                   last_error = ?, last_attempt_at = now(), next_attempt_at = now() + ? * interval '1 millisecond',
                   status = case when ? then 'FAILING'
                                 when (case when ? then now() else coalesce(failing_since, now()) end)
                                      + ? * interval '1 millisecond' <= now() then 'FAILING'
                                 else 'ACTIVE' end,
                   lease_owner = null, lease_token = null, lease_until = null
             where subscription_id = ? and lease_token = ?""";
    private static final String RELEASE = """
            update webhook_delivery set lease_owner = null, lease_token = null, lease_until = null
             where subscription_id = ? and lease_token = ?""";
    private static final String RELEASE_ALL = """
            update webhook_delivery set lease_owner = null, lease_token = null, lease_until = null where lease_owner = ?""";
    private static final String STATES = """
            select subscription_id, status, position_tx::text, position_seq, attempts, next_attempt_at, failing_since,
                   last_error, last_attempt_at, last_delivered_at
              from webhook_delivery where subscription_id = any(?)""";
    private static final String START = """
            insert into webhook_delivery (subscription_id, position_tx, position_seq) values (?, ?::xid8, ?)""";
    // A replay takes the lease away from whoever holds it, so the old run stops at its next step.
    private static final String REPLAY = """
            update webhook_delivery
               set position_tx = ?::xid8, position_seq = ?, status = 'ACTIVE', attempts = 0, failing_since = null,
                   last_error = null, next_attempt_at = now(), lease_owner = null, lease_token = null, lease_until = null
             where subscription_id = ?""";

    private final DataSource dataSource;

    public WebhookDeliveries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Claims up to {@code limit} due subscriptions for {@code owner}, each for {@code lease} and with a token of
     * its own, leaving out those this instance is delivering already ({@code running}).
     */
    List<Claim> claim(UUID owner, int limit, Duration lease, Collection<UUID> running) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setObject(1, owner);
            claim.setLong(2, lease.toMillis());
            claim.setArray(3, connection.createArrayOf("uuid", running.toArray()));
            claim.setInt(4, limit);
            List<Claim> claims = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    Array types = rows.getArray(4);
                    OffsetDateTime previousExpires = rows.getObject(7, OffsetDateTime.class);
                    claims.add(new Claim(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getString(3),
                            types == null ? null : Set.of((String[]) types.getArray()), rows.getString(5),
                            rows.getString(6), previousExpires == null ? null : previousExpires.toInstant(),
                            new Position(rows.getString(8), rows.getLong(9)), rows.getInt(10)));
                }
            }
            return claims;
        }
    }

    /** Records delivery (or skipping) up to {@code position}; false when the lease is no longer ours. */
    boolean advance(Claim claim, Position position, boolean delivered, Duration lease)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(ADVANCE)) {
            update.setString(1, position.txId());
            update.setLong(2, position.seq());
            update.setLong(3, lease.toMillis());
            update.setBoolean(4, delivered);
            update.setBoolean(5, delivered);
            update.setObject(6, claim.subscriptionId());
            update.setObject(7, claim.token());
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Records a failed attempt at the entry after {@code position} (entries before it were delivered, when
     * {@code delivered}) and gives the claim up until {@code retryIn} has passed; the subscription becomes
     * FAILING when {@code gone} or when it has been failing for longer than {@code horizon}.
     */
    void fail(Claim claim, Position position, boolean delivered, String error, Duration retryIn, boolean gone,
            Duration horizon) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(FAIL)) {
            int p = 1;
            update.setString(p++, position.txId());
            update.setLong(p++, position.seq());
            update.setBoolean(p++, delivered);
            update.setBoolean(p++, delivered);
            update.setBoolean(p++, delivered);
            update.setString(p++, error.length() > 500 ? error.substring(0, 500) : error);
            update.setLong(p++, retryIn.toMillis());
            update.setBoolean(p++, gone);
            update.setBoolean(p++, delivered);
            update.setLong(p++, horizon.toMillis());
            update.setObject(p++, claim.subscriptionId());
            update.setObject(p, claim.token());
            update.executeUpdate();
        }
    }

    void release(Claim claim) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(RELEASE)) {
            update.setObject(1, claim.subscriptionId());
            update.setObject(2, claim.token());
            update.executeUpdate();
        }
    }

    /** At shutdown: every claim of this instance, so that another instance need not wait for the leases. */
    void releaseAll(UUID owner) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(RELEASE_ALL)) {
            update.setObject(1, owner);
            update.executeUpdate();
        }
    }

    /** In the caller's transaction: a new subscription's state, delivering what comes after {@code from}. */
    void start(Connection connection, UUID subscriptionId, Position from) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(START)) {
            insert.setObject(1, subscriptionId);
            insert.setString(2, from.txId());
            insert.setLong(3, from.seq());
            insert.executeUpdate();
        }
    }

    /** In the caller's transaction: delivers again everything after {@code from}, ACTIVE again. */
    void replay(Connection connection, UUID subscriptionId, Position from) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(REPLAY)) {
            update.setString(1, from.txId());
            update.setLong(2, from.seq());
            update.setObject(3, subscriptionId);
            update.executeUpdate();
        }
    }

    /** The state of each subscription named (in the caller's transaction, when it has one). */
    Map<UUID, State> states(Connection connection, Collection<UUID> subscriptionIds) throws SQLException {
        Map<UUID, State> states = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(STATES)) {
            query.setArray(1, connection.createArrayOf("uuid", subscriptionIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    states.put(rows.getObject(1, UUID.class), new State(rows.getString(2),
                            new Position(rows.getString(3), rows.getLong(4)), rows.getInt(5), instant(rows, 6),
                            instant(rows, 7), rows.getString(8), instant(rows, 9), instant(rows, 10)));
                }
            }
        }
        return states;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
