package uk.police.enforcement.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
/** One s.62 log entry. Immutable here and append-only in the database. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEventEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_name")
    public String actorName;

    @Column(nullable = false)
    public String roles;

    @Column(name = "client_id")
    public String clientId;

    public String agency;

    @Column(nullable = false)
    public String action;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_id")
    public UUID resourceId;

    @Column(name = "request_method", nullable = false)
    public String requestMethod;

    @Column(name = "request_path", nullable = false)
    public String requestPath;

    public String query;

    @Column(name = "outcome_status", nullable = false)
    public int outcomeStatus;

    @Column(name = "correlation_id", nullable = false)
    public String correlationId;

    /** The justification's text, in audit_quote (which a disposal can erase from). */
    @Column(name = "justification_quote")
    public Long justificationQuote;

    /** The values the query looked records up by, in audit_quote, in the order the query names them. */
    @Column(name = "query_quotes")
    public Long[] queryQuotes;

    /** A retry answered with the stored answer of an earlier request (Idempotency-Key). */
    public boolean replay;

    /** For a bulk export, to whom it disclosed the records. */
    public String recipient;

    /** For a bulk export, how many records it disclosed. */
    @Column(name = "row_count")
    public Long rowCount;
}
