package uk.police.enforcement.referral;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.enforcement.agency.PartnerAgencyService;
import uk.police.enforcement.api.ReferralsApi;
import uk.police.enforcement.api.model.Referral;
import uk.police.enforcement.api.model.ReferralInput;
import uk.police.enforcement.api.model.ReferralStatus;
import uk.police.enforcement.api.model.ReferralTransitionInput;
import uk.police.enforcement.api.model.RiskAssessmentInput;
import uk.police.enforcement.api.model.RiskGrade;
import uk.police.enforcement.audit.Audited;
import uk.police.enforcement.audit.AuditedRecords;
import uk.police.enforcement.common.idempotency.IdempotentAnswer;
import uk.police.enforcement.common.idempotency.IdempotentRequests;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.EntityTags;
import uk.police.enforcement.common.web.MergePatches;
import uk.police.enforcement.common.web.Representations;
/** HTTP face of referrals: maps between the contract and {@link Referrals}, nothing more. */
@Audited
public class ReferralResource implements ReferralsApi {

    private final Referrals referrals;
    private final IdempotentRequests idempotentRequests;
    private final MergePatches mergePatches;
    private final AuditedRecords auditedRecords;
    private final PartnerAgencyService agencies;

    @Context
    UriInfo uriInfo;

    public ReferralResource(Referrals referrals, IdempotentRequests idempotentRequests, MergePatches mergePatches,
            AuditedRecords auditedRecords, PartnerAgencyService agencies) {
        this.referrals = referrals;
        this.idempotentRequests = idempotentRequests;
        this.mergePatches = mergePatches;
        this.auditedRecords = auditedRecords;
        this.agencies = agencies;
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response createReferral(ReferralInput input, String idempotencyKey, String xRequestId, String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/referrals", input, () -> {
            Referrals.Timed created = referrals.create(input);
            return Representations.created(uriInfo, created.referral(), toApi(created));
        });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response getReferral(UUID referralId, String xRequestId, String justification) {
        Referrals.Timed timed = referrals.get(referralId);
        return Representations.ok(timed.referral(), toApi(timed));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response listReferrals(Integer limit, String cursor, ReferralStatus status, String source, RiskGrade grade,
            Boolean breaching, UUID operationId, String xRequestId, String justification) {
        Page<Referrals.Timed> page = referrals.list(new ReferralFilter(status, source, grade, breaching, operationId),
                limit, cursor);
        auditedRecords.listed(page.items().stream().map(timed -> timed.referral().id).toList());
        return Representations.page(page, this::toApi);
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response patchReferral(UUID referralId, String ifMatch, ObjectNode patch, String xRequestId,
            String justification) {
        ReferralInput input = mergePatches.apply(toApi(referrals.get(referralId)), patch, ReferralInput.class);
        Referrals.Timed replaced = referrals.replace(referralId, EntityTags.expected(ifMatch), input);
        return Representations.ok(replaced.referral(), toApi(replaced));
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response assessReferral(UUID referralId, RiskAssessmentInput input, String idempotencyKey,
            String xRequestId, String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/referrals/" + referralId + "/risk-assessments",
                input, () -> {
                    RiskAssessmentEntity assessment = referrals.assess(referralId, input);
                    // No assessment has a URL of its own: the Location is the referral it graded.
                    return IdempotentAnswer.created(URI.create("/api/v2/referrals/" + referralId), null,
                            ReferralMapper.toApi(assessment));
                });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response listReferralRiskAssessments(UUID referralId, Integer limit, String cursor, String xRequestId,
            String justification) {
        return Representations.page(referrals.assessments(referralId, limit, cursor), ReferralMapper::toApi);
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response transitionReferral(UUID referralId, String ifMatch, ReferralTransitionInput input,
            String idempotencyKey, String xRequestId, String justification) {
        // Safe to retry: the same key and move replays the first answer instead of a 409 or 412.
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/referrals/" + referralId + "/transitions", input,
                () -> {
                    Referrals.Timed moved = referrals.transition(referralId, EntityTags.expected(ifMatch), input);
                    return IdempotentAnswer.ok(EntityTags.of(moved.referral().version), toApi(moved));
                });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response listReferralTransitions(UUID referralId, Integer limit, String cursor, String xRequestId,
            String justification) {
        return Representations.page(referrals.history(referralId, limit, cursor), ReferralMapper::toApi);
    }

    /** A partner agency's user sees what it sent, the status and the clock; the unit's own fields are not theirs. */
    private Referral toApi(Referrals.Timed timed) {
        Instant now = referrals.now();
        return agencies.callerScope().isPresent() ? ReferralMapper.forPartner(timed, now)
                : ReferralMapper.toApi(timed, now);
    }
}
