package uk.police.enforcement.notice;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import uk.police.enforcement.api.PartnerNoticesApi;
import uk.police.enforcement.api.model.NoticeStatus;
import uk.police.enforcement.api.model.NoticeTransitionInput;
import uk.police.enforcement.api.model.NoticeTransitionPage;
import uk.police.enforcement.api.model.NoticeType;
import uk.police.enforcement.api.model.PartnerNoticeInput;
import uk.police.enforcement.api.model.PartnerNoticePage;
import uk.police.enforcement.common.audit.Audited;
import uk.police.enforcement.common.http.Representations;
import uk.police.enforcement.common.idempotency.IdempotentCreates;
import uk.police.enforcement.common.paging.Page;
import uk.police.enforcement.common.security.Roles;

/** HTTP face of partner-agency notices: maps between the contract and the service, nothing more. */
@Audited
public class PartnerNoticeResource implements PartnerNoticesApi {

    private final PartnerNoticeService service;
    private final IdempotentCreates idempotentCreates;

    @Context
    UriInfo uriInfo;

    public PartnerNoticeResource(PartnerNoticeService service, IdempotentCreates idempotentCreates) {
        this.service = service;
        this.idempotentCreates = idempotentCreates;
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response createPartnerNotice(PartnerNoticeInput input, String idempotencyKey) {
        return idempotentCreates.create(idempotencyKey, "POST /api/v1/partner-notices", input, () -> {
            PartnerNoticeEntity created = service.create(input);
            return Representations.created(uriInfo, created, PartnerNoticeMapper.toApi(created));
        });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response getPartnerNotice(UUID noticeId, String ifNoneMatch) {
        PartnerNoticeEntity entity = service.get(noticeId);
        return Representations.conditionalGet(entity, ifNoneMatch, () -> PartnerNoticeMapper.toApi(entity));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response listPartnerNotices(UUID operationId, Integer limit, String cursor, NoticeType noticeType,
            UUID partnerAgencyId, NoticeStatus status, LocalDate from, LocalDate to, Boolean overdue) {
        NoticeFilter filter = new NoticeFilter(operationId, noticeType, partnerAgencyId, status, from, to, overdue);
        return page(service.list(filter, limit, cursor));
    }

    /** Shared with the operation's sub-list, which OperationResource serves. */
    public static Response page(Page<PartnerNoticeEntity> page) {
        return Response.ok(new PartnerNoticePage()
                .items(page.items().stream().map(PartnerNoticeMapper::toApi).toList())
                .nextCursor(page.nextCursor())
                .limit(page.limit())).build();
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response replacePartnerNotice(UUID noticeId, String ifMatch, PartnerNoticeInput input) {
        PartnerNoticeEntity entity = service.replace(noticeId, ifMatch, input);
        return Representations.ok(entity, PartnerNoticeMapper.toApi(entity));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response deletePartnerNotice(UUID noticeId, String ifMatch) {
        service.delete(noticeId, ifMatch);
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response transitionPartnerNotice(UUID noticeId, String ifMatch, NoticeTransitionInput input) {
        PartnerNoticeEntity entity = service.transition(noticeId, ifMatch, input);
        return Representations.ok(entity, PartnerNoticeMapper.toApi(entity));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response listPartnerNoticeTransitions(UUID noticeId, Integer limit, String cursor) {
        Page<NoticeTransitionEntity> page = service.history(noticeId, limit, cursor);
        return Response.ok(new NoticeTransitionPage()
                .items(page.items().stream().map(PartnerNoticeMapper::toApi).toList())
                .nextCursor(page.nextCursor())
                .limit(page.limit())).build();
    }
}
