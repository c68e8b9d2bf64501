package uk.police.enforcement.device;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import uk.police.enforcement.api.model.DeviceStatus;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.api.model.TriageRoute;
import uk.police.enforcement.common.persistence.VersionedEntity;
/** A seized device as stored (V32): its exhibit reference, its journey's dates and its examination's counts. */
@Entity
@Table(name = "device")
public class DeviceEntity extends VersionedEntity {

    @Column(name = "action_id", nullable = false)
    public UUID actionId;

    @Column(name = "exhibit_reference", nullable = false)
    public String exhibitReference;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String priority;

    @Column(name = "s59_application_reference")
    public String s59ApplicationReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_marking", nullable = false)
    public SecurityMarking securityMarking;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeviceStatus status;

    /** The seizure action's occurred_at (kept so by R__08_device_seizure.sql). */
    @Column(name = "seized_at", nullable = false)
    public Instant seizedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "triage_route")
    public TriageRoute triageRoute;

    @Column(name = "triaged_at")
    public Instant triagedAt;

    @Column(name = "awaiting_since")
    public Instant awaitingSince;

    @Column(name = "examination_started_at")
    public Instant examinationStartedAt;

    @Column(name = "examination_ended_at")
    public Instant examinationEndedAt;

    @Column(name = "caid_category_a")
    public Integer caidCategoryA;

    @Column(name = "caid_category_b")
    public Integer caidCategoryB;

    @Column(name = "caid_category_c")
    public Integer caidCategoryC;

    @Column(name = "fsr_code_compliant")
    public Boolean fsrCodeCompliant;

    @Column(name = "fsr_method_reference")
    public String fsrMethodReference;

    @Column(name = "examiner_reference")
    public String examinerReference;

    @Column(name = "concluded_at")
    public Instant concludedAt;

    @Column(name = "conclusion_reason")
    public String conclusionReason;

    /** When it left the examination queue it joined at seizure; null while it waits (V32). */
    @Column(name = "queue_left_at")
    public Instant queueLeftAt;
}
