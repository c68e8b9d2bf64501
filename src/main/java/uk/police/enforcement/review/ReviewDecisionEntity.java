package uk.police.enforcement.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
/** One review decision on a record (V17): a retention, or a disposal and what became of it. */
@Entity
@Table(name = "review_decision")
public class ReviewDecisionEntity extends PanacheEntityBase {

    static final String RETAIN = "RETAIN";
    static final String DISPOSE = "DISPOSE";
    static final String ARCHIVE = "ARCHIVE";
    static final String RECORDED = "RECORDED";
    static final String PENDING = "PENDING_APPROVAL";
    static final String APPROVED = "APPROVED";
    static final String REJECTED = "REJECTED";

    @Id
    public UUID id;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Column(nullable = false)
    public String decision;

    @Column(nullable = false)
    public String reason;

    @Column(name = "next_review_on")
    public LocalDate nextReviewOn;

    @Column(nullable = false)
    public String status;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;
}
