package uk.police.enforcement.operation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import uk.police.enforcement.action.ActionFilter;
import uk.police.enforcement.action.EnforcementActionResource;
import uk.police.enforcement.action.EnforcementActionService;
import uk.police.enforcement.api.OperationsApi;
import uk.police.enforcement.api.model.ActionType;
import uk.police.enforcement.api.model.NoticeStatus;
import uk.police.enforcement.api.model.NoticeType;
import uk.police.enforcement.api.model.OffenceCategory;
import uk.police.enforcement.api.model.WarrantResult;
import uk.police.enforcement.api.model.OperationInput;
import uk.police.enforcement.api.model.OperationKind;
import uk.police.enforcement.api.model.OperationPage;
import uk.police.enforcement.api.model.OperationSummary;
import uk.police.enforcement.api.model.OperationStatus;
import uk.police.enforcement.common.audit.Audited;
import uk.police.enforcement.common.csv.Csv;
import uk.police.enforcement.notice.NoticeFilter;
import uk.police.enforcement.notice.PartnerNoticeResource;
import uk.police.enforcement.notice.PartnerNoticeService;
import uk.police.enforcement.summary.SummaryCsv;
import uk.police.enforcement.summary.SummaryService;
import uk.police.enforcement.common.http.Representations;
import uk.police.enforcement.common.idempotency.IdempotentCreates;
import uk.police.enforcement.common.paging.Page;
import uk.police.enforcement.common.security.Roles;

/** HTTP face of operations: maps between the contract and the service, nothing more. */
@Audited
public class OperationResource implements OperationsApi {

    private final OperationService service;
    private final IdempotentCreates idempotentCreates;
    private final EnforcementActionService actions;
    private final PartnerNoticeService notices;
    private final SummaryService summaries;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    public OperationResource(OperationService service, IdempotentCreates idempotentCreates,
            EnforcementActionService actions, PartnerNoticeService notices, SummaryService summaries) {
        this.service = service;
        this.idempotentCreates = idempotentCreates;
        this.actions = actions;
        this.notices = notices;
        this.summaries = summaries;
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response createOperation(OperationInput input, String idempotencyKey) {
        return idempotentCreates.create(idempotencyKey, "POST /api/v1/operations", input, () -> {
            OperationEntity created = service.create(input);
            return Representations.created(uriInfo, created, OperationMapper.toApi(created));
        });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response getOperation(UUID operationId, String ifNoneMatch) {
        OperationEntity entity = service.get(operationId);
        return Representations.conditionalGet(entity, ifNoneMatch, () -> OperationMapper.toApi(entity));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response listOperations(Integer limit, String cursor, OperationStatus status, OperationKind kind,
            LocalDate from, LocalDate to) {
        Page<OperationEntity> page = service.list(status, kind, from, to, limit, cursor);
        return Response.ok(new OperationPage()
                .items(page.items().stream().map(OperationMapper::toApi).toList())
                .nextCursor(page.nextCursor())
                .limit(page.limit())).build();
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response replaceOperation(UUID operationId, String ifMatch, OperationInput input) {
        OperationEntity entity = service.replace(operationId, ifMatch, input);
        return Representations.ok(entity, OperationMapper.toApi(entity));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response deleteOperation(UUID operationId, String ifMatch) {
        service.delete(operationId, ifMatch);
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response listOperationEnforcementActions(UUID operationId, Integer limit, String cursor,
            ActionType actionType, OffenceCategory offenceCategory, String area, WarrantResult warrantResult,
            OffsetDateTime from, OffsetDateTime to) {
        ActionFilter filter = new ActionFilter(operationId, actionType, offenceCategory, area, warrantResult, from, to);
        return EnforcementActionResource.page(actions.listForOperation(filter, limit, cursor));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response listOperationPartnerNotices(UUID operationId, Integer limit, String cursor, NoticeType noticeType,
            UUID partnerAgencyId, NoticeStatus status, LocalDate from, LocalDate to, Boolean overdue) {
        NoticeFilter filter = new NoticeFilter(operationId, noticeType, partnerAgencyId, status, from, to, overdue);
        return PartnerNoticeResource.page(notices.listForOperation(filter, limit, cursor));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response getOperationSummary(UUID operationId) {
        OperationSummary summary = summaries.forOperation(operationId, OperationMapper::toApi);
        if (Csv.wanted(headers)) {
            List<String> header = new ArrayList<>(SummaryCsv.header("operation_id", "reference"));
            header.add("headline");
            List<Object> row = new ArrayList<>(SummaryCsv.row(summary.getFigures(), operationId,
                    summary.getOperation().getReference()));
            row.add(summary.getHeadline());
            return new Csv().row(header).row(row).ok().build();
        }
        return Response.ok(summary, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
