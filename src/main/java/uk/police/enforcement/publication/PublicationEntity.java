package uk.police.enforcement.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
/**
 * A publication as stored (V30): its scope, the content frozen for release (never changed) with its hash, and
 * its status, which moves once from PROPOSED.
 */
@Entity
@Table(name = "publication")
public class PublicationEntity extends PanacheEntityBase {

    static final String PROPOSED = "PROPOSED";
    static final String PUBLISHED = "PUBLISHED";
    static final String REJECTED = "REJECTED";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String status;

    @Column(name = "operation_id")
    public UUID operationId;

    @Column(name = "day_from")
    public LocalDate dayFrom;

    @Column(name = "day_to")
    public LocalDate dayTo;

    public String area;

    @Column(name = "offence_category")
    public String offenceCategory;

    @Column(name = "offence_code")
    public String offenceCode;

    @Column(name = "as_at", nullable = false)
    public Instant asAt;

    /** {"released": what is answered, "exact": every number's exact value} (see Publications). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String content;

    @Column(name = "content_hash", nullable = false, updatable = false)
    public String contentHash;

    @Column(name = "security_marking", nullable = false)
    public String securityMarking;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Version
    public long version;
}
