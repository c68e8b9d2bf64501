package uk.police.enforcement.referral;

import java.time.Duration;
import java.time.Instant;

import uk.police.enforcement.api.model.Referral;
import uk.police.enforcement.api.model.ReferralTransition;
import uk.police.enforcement.api.model.RiskAssessment;
import uk.police.enforcement.common.persistence.Timestamps;
/** Between referrals as stored and as the contract has them, with the clock read at {@code now}. */
final class ReferralMapper {

    private ReferralMapper() {
    }

    static Referral toApi(Referrals.Timed timed, Instant now) {
        ReferralEntity r = timed.referral();
        return forPartner(timed, now)
                .partnerAgencyId(r.partnerAgencyId)
                .operationId(r.operationId)
                .subjectReference(r.subjectReference)
                .rmsReference(r.rmsReference)
                .notes(r.notes);
    }

    /** What the agency that sent a referral sees of it: what it sent, the status and the clock, not the unit's notes. */
    static Referral forPartner(Referrals.Timed timed, Instant now) {
        ReferralEntity r = timed.referral();
        return new Referral()
                .id(r.id)
                .source(r.source)
                .sourceReference(r.sourceReference)
                .receivedAt(Timestamps.utc(r.receivedAt))
                .securityMarking(r.securityMarking)
                .status(r.status)
                .closureReason(r.closureReason)
                .grade(r.grade)
                .target(r.targetSeconds == null ? null : ReferralClock.iso(Duration.ofSeconds(r.targetSeconds)))
                .dueAt(Timestamps.utc(r.dueAt))
                .firstActionAt(Timestamps.utc(timed.firstActionAt()))
                .elapsed(ReferralClock.iso(ReferralClock.elapsed(r.receivedAt, timed.firstActionAt(), now)))
                .breached(ReferralClock.breached(r.dueAt, timed.firstActionAt(), now))
                .createdAt(Timestamps.utc(r.createdAt))
                .updatedAt(Timestamps.utc(r.updatedAt));
    }

    static RiskAssessment toApi(RiskAssessmentEntity a) {
        return new RiskAssessment()
                .id(a.id)
                .referralId(a.referralId)
                .tool(a.tool)
                .grade(a.grade)
                .assessedAt(Timestamps.utc(a.assessedAt))
                .assessedBy(a.assessedBy)
                .target(a.targetSeconds == null ? null : ReferralClock.iso(Duration.ofSeconds(a.targetSeconds)));
    }

    static ReferralTransition toApi(ReferralTransitionEntity t) {
        return new ReferralTransition()
                .fromStatus(t.fromStatus)
                .toStatus(t.toStatus)
                .occurredAt(Timestamps.utc(t.occurredAt))
                .recordedAt(Timestamps.utc(t.recordedAt))
                .actor(t.actor)
                .closureReason(t.closureReason)
                .reason(t.reason);
    }
}
