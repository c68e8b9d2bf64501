package uk.police.enforcement.notice;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import uk.police.enforcement.api.model.Legislation;
import uk.police.enforcement.api.model.NoticeStatus;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.api.model.SubjectAgeBand;
import uk.police.enforcement.common.persistence.ReviewableEntity;
/** A partner-agency notice as stored. */
@Entity
@Table(name = "partner_notice")
public class PartnerNoticeEntity extends ReviewableEntity {

    /** A code of the configured list (EnforcementConfig.noticeTypes), not an enum: forces add their own. */
    @Column(name = "notice_type", nullable = false)
    public String noticeType;

    /** None for a notice the police issue alone (a Child Abduction Warning Notice). */
    @Column(name = "partner_agency_id")
    public UUID partnerAgencyId;

    @Column(name = "operation_id")
    public UUID operationId;

    @Column(name = "subject_reference", nullable = false)
    public String subjectReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_age_band", nullable = false)
    public SubjectAgeBand subjectAgeBand;

    @Enumerated(EnumType.STRING)
    public Legislation legislation;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "follow_up_due")
    public LocalDate followUpDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeStatus status;

    @Column(name = "counts_as_issued", nullable = false)
    public boolean countsAsIssued;

    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_marking", nullable = false)
    public SecurityMarking securityMarking;
}
