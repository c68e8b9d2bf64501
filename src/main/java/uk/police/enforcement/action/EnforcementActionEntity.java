package uk.police.enforcement.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import uk.police.enforcement.api.model.ActionType;
import uk.police.enforcement.api.model.LegalBasis;
import uk.police.enforcement.api.model.OffenceCategory;
import uk.police.enforcement.api.model.SafeguardingType;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.api.model.Section52NoticeDelivery;
import uk.police.enforcement.api.model.SeizeAndSift;
import uk.police.enforcement.api.model.SeizurePower;
import uk.police.enforcement.api.model.WarrantResult;
import uk.police.enforcement.common.persistence.ReviewableEntity;
/** One enforcement action and the counts it produced, as stored. */
@Entity
@Table(name = "enforcement_action")
public class EnforcementActionEntity extends ReviewableEntity {

    @Column(name = "operation_id")
    public UUID operationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false)
    public ActionType actionType;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String area;

    @Enumerated(EnumType.STRING)
    @Column(name = "offence_category", nullable = false)
    public OffenceCategory offenceCategory;

    /** The Home Office offence classification code; the category is derived from it (none before 2.5.0). */
    @Column(name = "offence_code")
    public String offenceCode;

    @Column(name = "rms_reference", nullable = false)
    public String rmsReference;

    @Column(name = "subject_reference")
    public String subjectReference;

    @Column(name = "officer_collar_number")
    public String officerCollarNumber;

    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_marking", nullable = false)
    public SecurityMarking securityMarking;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    public LegalBasis legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "warrant_result")
    public WarrantResult warrantResult;

    @Column(name = "devices_seized", nullable = false)
    public int devicesSeized;

    @Enumerated(EnumType.STRING)
    @Column(name = "seizure_power")
    public SeizurePower seizurePower;

    /** Actions recorded before contract 2.5.0 only (with seizure power CJPA_2001_S50). */
    @Column(name = "s52_notice_given")
    public Boolean s52NoticeGiven;

    @Enumerated(EnumType.STRING)
    @Column(name = "seize_and_sift")
    public SeizeAndSift seizeAndSift;

    @Column(name = "s52_notice_reference")
    public String s52NoticeReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "s52_notice_delivery")
    public Section52NoticeDelivery s52NoticeDelivery;

    @Column(name = "warrant_issued_on")
    public LocalDate warrantIssuedOn;

    @Column(name = "issuing_court")
    public String issuingCourt;

    @Column(name = "warrant_returned_on")
    public LocalDate warrantReturnedOn;

    /** Derived by the database from warrantIssuedOn (PACE 1984 s.16(3)); see {@link #warrantExpiry}. */
    @Column(name = "warrant_expires_on", insertable = false, updatable = false)
    public LocalDate warrantExpiresOn;

    /** The last day a warrant issued on {@code issuedOn} authorises entry: three calendar months on. */
    public static LocalDate warrantExpiry(LocalDate issuedOn) {
        return issuedOn == null ? null : issuedOn.plusMonths(3);
    }

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "exhibit_references")
    public List<String> exhibitReferences;

    @Column(name = "children_safeguarded", nullable = false)
    public int childrenSafeguarded;

    @Column(name = "persons_arrested", nullable = false)
    public int personsArrested;

    @Column(name = "persons_charged", nullable = false)
    public int personsCharged;

    /** Pseudonymous references of the people arrested or charged (never names); null when none. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "person_references")
    public List<String> personReferences;

    @Column(name = "persons_interviewed", nullable = false)
    public int personsInterviewed;

    /** Children already counted at the action {@link #followsActionId} names: not counted again. */
    @Column(name = "children_followed_up", nullable = false)
    public int childrenFollowedUp;

    @Column(name = "follows_action_id")
    public UUID followsActionId;

    /** The referral this action came from: its first such action stops the referral's clock. */
    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "charge_offence")
    public String chargeOffence;

    @Enumerated(EnumType.STRING)
    @Column(name = "safeguarding_kind")
    public SafeguardingType safeguardingKind;
}
