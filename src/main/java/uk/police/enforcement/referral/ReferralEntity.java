package uk.police.enforcement.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import uk.police.enforcement.api.model.ReferralStatus;
import uk.police.enforcement.api.model.RiskGrade;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.common.persistence.VersionedEntity;
/** A referral as stored (V31): where it came from, when, its latest grade and target, and its status. */
@Entity
@Table(name = "referral")
public class ReferralEntity extends VersionedEntity {

    @Column(nullable = false)
    public String source;

    @Column(name = "source_reference", nullable = false)
    public String sourceReference;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "partner_agency_id")
    public UUID partnerAgencyId;

    @Column(name = "operation_id")
    public UUID operationId;

    @Column(name = "subject_reference")
    public String subjectReference;

    @Column(name = "rms_reference")
    public String rmsReference;

    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_marking", nullable = false)
    public SecurityMarking securityMarking;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    @Column(name = "closure_reason")
    public String closureReason;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    public RiskGrade grade;

    /** The current target in seconds (the latest assessment's own, or its grade's); null until assessed. */
    @Column(name = "target_seconds")
    public Long targetSeconds;

    /** received_at + target: when the clock falls due. */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "first_assessed_at")
    public Instant firstAssessedAt;
}
