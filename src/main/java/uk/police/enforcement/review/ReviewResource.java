package uk.police.enforcement.review;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;

import uk.police.enforcement.api.ReviewsApi;
import uk.police.enforcement.api.model.DisposalRejection;
import uk.police.enforcement.api.model.RetentionGroup;
import uk.police.enforcement.api.model.ReviewDecision;
import uk.police.enforcement.api.model.ReviewDecisionInput;
import uk.police.enforcement.api.model.ReviewDecisionKind;
import uk.police.enforcement.api.model.ReviewDecisionStatus;
import uk.police.enforcement.api.model.ReviewDue;
import uk.police.enforcement.audit.Audited;
import uk.police.enforcement.common.idempotency.IdempotentAnswer;
import uk.police.enforcement.common.idempotency.IdempotentRequests;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.EntityTags;
import uk.police.enforcement.common.web.Representations;
/** HTTP face of MoPI review and disposal: maps between the contract and {@link Reviews}, nothing more. */
@Audited
public class ReviewResource implements ReviewsApi {

    private final Reviews reviews;
    private final IdempotentRequests idempotentRequests;

    public ReviewResource(Reviews reviews, IdempotentRequests idempotentRequests) {
        this.reviews = reviews;
        this.idempotentRequests = idempotentRequests;
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response listDueReviews(LocalDate dueBefore, Integer limit, String cursor, String xRequestId,
            String justification) {
        return Representations.page(reviews.due(dueBefore, limit, cursor), due -> new ReviewDue()
                .recordType(due.kind().apiType)
                .recordId(due.id())
                .href(due.kind().href(due.id()))
                .retentionGroup(RetentionGroup.fromValue(due.retentionGroup()))
                .reviewDueOn(due.reviewDueOn()));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response reviewOperation(UUID operationId, String ifMatch, ReviewDecisionInput input, String idempotencyKey,
            String xRequestId, String justification) {
        return decide(ReviewedKind.OPERATION, operationId, ifMatch, input, idempotencyKey);
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response reviewEnforcementAction(UUID actionId, String ifMatch, ReviewDecisionInput input,
            String idempotencyKey, String xRequestId, String justification) {
        return decide(ReviewedKind.ENFORCEMENT_ACTION, actionId, ifMatch, input, idempotencyKey);
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response reviewPartnerNotice(UUID noticeId, String ifMatch, ReviewDecisionInput input, String idempotencyKey,
            String xRequestId, String justification) {
        return decide(ReviewedKind.PARTNER_NOTICE, noticeId, ifMatch, input, idempotencyKey);
    }

    @Override
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response listOperationReviewDecisions(UUID operationId, Integer limit, String cursor, String xRequestId,
            String justification) {
        return Representations.page(reviews.history(ReviewedKind.OPERATION, operationId, limit, cursor),
                ReviewResource::toApi);
    }

    @Override
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response listEnforcementActionReviewDecisions(UUID actionId, Integer limit, String cursor, String xRequestId,
            String justification) {
        return Representations.page(reviews.history(ReviewedKind.ENFORCEMENT_ACTION, actionId, limit, cursor),
                ReviewResource::toApi);
    }

    @Override
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response listPartnerNoticeReviewDecisions(UUID noticeId, Integer limit, String cursor, String xRequestId,
            String justification) {
        return Representations.page(reviews.history(ReviewedKind.PARTNER_NOTICE, noticeId, limit, cursor),
                ReviewResource::toApi);
    }

    @Override
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response listDisposals(ReviewDecisionStatus status, Integer limit, String cursor, String xRequestId,
            String justification) {
        String wanted = (status == null ? ReviewDecisionStatus.PENDING_APPROVAL : status).toString();
        return Representations.page(reviews.disposals(wanted, limit, cursor), ReviewResource::toApi);
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response approveDisposal(UUID disposalId, String idempotencyKey, String xRequestId, String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/disposals/" + disposalId + "/approval", null,
                () -> IdempotentAnswer.ok(null, toApi(reviews.approve(disposalId))));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response rejectDisposal(UUID disposalId, DisposalRejection rejection, String idempotencyKey,
            String xRequestId, String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/disposals/" + disposalId + "/rejection", rejection,
                () -> IdempotentAnswer.ok(null, toApi(reviews.reject(disposalId, rejection.getReason()))));
    }

    private Response decide(ReviewedKind kind, UUID id, String ifMatch, ReviewDecisionInput input,
            String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, "POST " + kind.href(id) + "/review-decisions", input, () -> {
            Reviews.Decided decided = reviews.decide(kind, id, EntityTags.expected(ifMatch), input);
            return new IdempotentAnswer(201, null, EntityTags.of(decided.recordVersion()), toApi(decided.decision()));
        });
    }

    static ReviewDecision toApi(ReviewDecisionEntity entity) {
        return new ReviewDecision()
                .id(entity.id)
                .recordType(ReviewedKind.of(entity.recordType).apiType)
                .recordId(entity.recordId)
                .decision(ReviewDecisionKind.fromValue(entity.decision))
                .reason(entity.reason)
                .nextReviewOn(entity.nextReviewOn)
                .status(ReviewDecisionStatus.fromValue(entity.status))
                .decidedBy(entity.decidedBy)
                .decidedAt(Timestamps.utc(entity.decidedAt))
                .resolvedBy(entity.resolvedBy)
                .resolvedAt(Timestamps.utc(entity.resolvedAt))
                .rejectionReason(entity.rejectionReason);
    }
}
