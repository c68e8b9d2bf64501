package uk.police.enforcement.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import uk.police.enforcement.common.persistence.VersionedEntity;
/** What a supervisor registered: where to deliver, which types, and the signing secrets. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscriptionEntity extends VersionedEntity {

    @Column(nullable = false)
    public String url;

    /** Null: every type, including types added later. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types")
    public String[] eventTypes;

    public String description;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;
}
