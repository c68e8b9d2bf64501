package uk.police.enforcement.review;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;

import uk.police.enforcement.api.HoldsApi;
import uk.police.enforcement.api.model.Hold;
import uk.police.enforcement.api.model.HoldCount;
import uk.police.enforcement.api.model.HoldCounts;
import uk.police.enforcement.api.model.HoldInput;
import uk.police.enforcement.api.model.HoldKind;
import uk.police.enforcement.api.model.HoldLift;
import uk.police.enforcement.api.model.HoldStatus;
import uk.police.enforcement.audit.Audited;
import uk.police.enforcement.common.idempotency.IdempotentAnswer;
import uk.police.enforcement.common.idempotency.IdempotentRequests;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.EntityTags;
import uk.police.enforcement.common.web.Representations;
/** HTTP face of holds: maps between the contract and {@link Holds}, nothing more. */
@Audited
public class HoldResource implements HoldsApi {

    private final Holds holds;
    private final IdempotentRequests idempotentRequests;

    public HoldResource(Holds holds, IdempotentRequests idempotentRequests) {
        this.holds = holds;
        this.idempotentRequests = idempotentRequests;
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response placeOperationHold(UUID operationId, HoldInput input, String idempotencyKey, String xRequestId,
            String justification) {
        return place(ReviewedKind.OPERATION, operationId, input, idempotencyKey);
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response placeEnforcementActionHold(UUID actionId, HoldInput input, String idempotencyKey,
            String xRequestId, String justification) {
        return place(ReviewedKind.ENFORCEMENT_ACTION, actionId, input, idempotencyKey);
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response placePartnerNoticeHold(UUID noticeId, HoldInput input, String idempotencyKey, String xRequestId,
            String justification) {
        return place(ReviewedKind.PARTNER_NOTICE, noticeId, input, idempotencyKey);
    }

    @Override
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response listOperationHolds(UUID operationId, Integer limit, String cursor, String xRequestId,
            String justification) {
        return Representations.page(holds.ofRecord(ReviewedKind.OPERATION, operationId, limit, cursor),
                HoldResource::toApi);
    }

    @Override
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response listEnforcementActionHolds(UUID actionId, Integer limit, String cursor, String xRequestId,
            String justification) {
        return Representations.page(holds.ofRecord(ReviewedKind.ENFORCEMENT_ACTION, actionId, limit, cursor),
                HoldResource::toApi);
    }

    @Override
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response listPartnerNoticeHolds(UUID noticeId, Integer limit, String cursor, String xRequestId,
            String justification) {
        return Representations.page(holds.ofRecord(ReviewedKind.PARTNER_NOTICE, noticeId, limit, cursor),
                HoldResource::toApi);
    }

    @Override
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response listHolds(Integer limit, String cursor, HoldStatus status, HoldKind kind, String xRequestId,
            String justification) {
        return Representations.page(holds.list(status != HoldStatus.LIFTED, kind == null ? null : kind.toString(),
                limit, cursor), HoldResource::toApi);
    }

    @Override
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response countHolds(String xRequestId, String justification) {
        LocalDate today = holds.today();
        HoldCounts counts = new HoldCounts().asAt(today).items(holds.counts(today).stream()
                .map(c -> new HoldCount().kind(HoldKind.fromValue(c.kind())).active(c.active())
                        .placedUnderOneYearAgo(c.underOneYear()).placedOneToThreeYearsAgo(c.oneToThreeYears())
                        .placedThreeOrMoreYearsAgo(c.threeOrMoreYears()).oldestPlacedOn(c.oldestPlacedOn()))
                .toList());
        return Response.ok(counts).build();
    }

    @Override
    @RolesAllowed({ Roles.SUPERVISOR, Roles.AUDITOR })
    public Response getHold(UUID holdId, String xRequestId, String justification) {
        HoldEntity hold = holds.get(holdId);
        return Response.ok(toApi(hold)).header("ETag", EntityTags.of(hold.version)).build();
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response liftHold(UUID holdId, HoldLift lift, String idempotencyKey, String xRequestId,
            String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/holds/" + holdId + "/lifting", lift,
                () -> {
                    HoldEntity hold = holds.lift(holdId, lift.getReason());
                    return IdempotentAnswer.ok(EntityTags.of(hold.version), toApi(hold));
                });
    }

    private Response place(ReviewedKind kind, UUID id, HoldInput input, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, "POST " + kind.href(id) + "/holds", input, () -> {
            HoldEntity hold = holds.place(kind, id, input);
            return IdempotentAnswer.created(URI.create("/api/v2/holds/" + hold.id), EntityTags.of(hold.version),
                    toApi(hold));
        });
    }

    static Hold toApi(HoldEntity entity) {
        return new Hold()
                .id(entity.id)
                .recordType(ReviewedKind.of(entity.recordType).apiType)
                .recordId(entity.recordId)
                .href(ReviewedKind.of(entity.recordType).href(entity.recordId))
                .kind(HoldKind.fromValue(entity.kind))
                .reason(entity.reason)
                .status(entity.active() ? HoldStatus.ACTIVE : HoldStatus.LIFTED)
                .placedBy(entity.placedBy)
                .placedAt(Timestamps.utc(entity.placedAt))
                .liftedBy(entity.liftedBy)
                .liftedAt(Timestamps.utc(entity.liftedAt))
                .liftReason(entity.liftReason);
    }
}
