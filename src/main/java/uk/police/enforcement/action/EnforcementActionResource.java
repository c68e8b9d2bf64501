package uk.police.enforcement.action;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.enforcement.api.EnforcementActionsApi;
import uk.police.enforcement.api.model.ActionType;
import uk.police.enforcement.api.model.EnforcementAction;
import uk.police.enforcement.api.model.EnforcementActionBatch;
import uk.police.enforcement.api.model.EnforcementActionBatchInput;
import uk.police.enforcement.api.model.EnforcementActionInput;
import uk.police.enforcement.api.model.OffenceCategory;
import uk.police.enforcement.api.model.WarrantResult;
import uk.police.enforcement.audit.Audited;
import uk.police.enforcement.audit.AuditedRecords;
import uk.police.enforcement.common.idempotency.IdempotentAnswer;
import uk.police.enforcement.common.idempotency.IdempotentRequests;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.SnapshotExports;
import uk.police.enforcement.common.security.BulkDisclosure;
import uk.police.enforcement.common.security.BulkDisclosure.Disclosure;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.EntityTags;
import uk.police.enforcement.common.web.MergePatches;
import uk.police.enforcement.common.web.Range;
import uk.police.enforcement.common.web.RecordExportFormat;
import uk.police.enforcement.common.web.Representations;
/** HTTP face of enforcement actions: maps between the contract and the service, nothing more. */
@Audited
public class EnforcementActionResource implements EnforcementActionsApi {

    private final EnforcementActionService service;
    private final IdempotentRequests idempotentRequests;
    private final MergePatches mergePatches;
    private final AuditedRecords auditedRecords;
    private final SnapshotExports exports;
    private final ObjectMapper mapper;
    private final BulkDisclosure bulkDisclosure;

    @Context
    UriInfo uriInfo;

    public EnforcementActionResource(EnforcementActionService service, IdempotentRequests idempotentRequests,
            AuditedRecords auditedRecords, MergePatches mergePatches, SnapshotExports exports, ObjectMapper mapper,
            BulkDisclosure bulkDisclosure) {
        this.bulkDisclosure = bulkDisclosure;
        this.exports = exports;
        this.mapper = mapper;
        this.mergePatches = mergePatches;
        this.service = service;
        this.idempotentRequests = idempotentRequests;
        this.auditedRecords = auditedRecords;
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response createEnforcementAction(EnforcementActionInput input, String idempotencyKey, String xRequestId,
            String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/enforcement-actions", input, () -> {
            EnforcementActionEntity created = service.create(input);
            return Representations.created(uriInfo, created, EnforcementActionMapper.toApi(created));
        });
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response createEnforcementActionsBatch(EnforcementActionBatchInput input, String idempotencyKey,
            String xRequestId, String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/enforcement-actions/batch", input, () -> {
            List<EnforcementActionEntity> created = service.createAll(input.getItems());
            auditedRecords.created(created.stream().map(entity -> entity.id).toList());
            return IdempotentAnswer.created(null, null, new EnforcementActionBatch()
                    .items(created.stream().map(EnforcementActionMapper::toApi).toList()));
        });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response getEnforcementAction(UUID actionId, String ifNoneMatch, String xRequestId, String justification) {
        EnforcementActionEntity entity = service.get(actionId);
        return Representations.conditionalGet(entity, ifNoneMatch, () -> EnforcementActionMapper.toApi(entity));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response listEnforcementActions(UUID operationId, Integer limit, String cursor, ActionType actionType,
            OffenceCategory offenceCategory, String offenceCode, String area, WarrantResult warrantResult,
            Boolean overdueReturn, Boolean deviceMismatch, String rmsReference, String subjectReference,
            String exhibitReference, OffsetDateTime occurredFrom, OffsetDateTime occurredBefore, String xRequestId,
            String justification) {
        ActionFilter filter = new ActionFilter(operationId, actionType, offenceCategory, offenceCode, area, warrantResult,
                Range.occurred(occurredFrom, occurredBefore), rmsReference, subjectReference, exhibitReference,
                overdueReturn, deviceMismatch);
        Page<EnforcementActionEntity> page = service.list(filter, limit, cursor);
        auditedRecords.listed(page.items().stream().map(action -> action.id).toList());
        return Representations.page(page, EnforcementActionMapper::toApi);
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response listOperationEnforcementActions(UUID operationId, Integer limit, String cursor,
            ActionType actionType, OffenceCategory offenceCategory, String offenceCode, String area,
            WarrantResult warrantResult, OffsetDateTime occurredFrom, OffsetDateTime occurredBefore, String xRequestId,
            String justification) {
        ActionFilter filter = new ActionFilter(operationId, actionType, offenceCategory, offenceCode, area, warrantResult,
                Range.occurred(occurredFrom, occurredBefore));
        return Representations.page(service.listForOperation(filter, limit, cursor), EnforcementActionMapper::toApi);
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response replaceEnforcementAction(UUID actionId, String ifMatch, EnforcementActionInput input,
            String xRequestId, String justification) {
        EnforcementActionEntity entity = service.replace(actionId, EntityTags.expected(ifMatch), input);
        return Representations.ok(entity, EnforcementActionMapper.toApi(entity));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response deleteEnforcementAction(UUID actionId, String ifMatch, String xRequestId, String justification) {
        service.delete(actionId, EntityTags.expected(ifMatch));
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response patchEnforcementAction(UUID actionId, String ifMatch, ObjectNode patch, String xRequestId,
            String justification) {
        EnforcementActionInput input = mergePatches.apply(EnforcementActionMapper.toApi(service.get(actionId)), patch,
                EnforcementActionInput.class);
        return replaceEnforcementAction(actionId, ifMatch, input, xRequestId, justification);
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response exportEnforcementActionsCsv(OffsetDateTime occurredFrom, OffsetDateTime occurredBefore,
            String recipient, String xRequestId, String justification) {
        return export(RecordExportFormat.CSV, occurredFrom, occurredBefore, recipient);
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response exportEnforcementActionsNdjson(OffsetDateTime occurredFrom, OffsetDateTime occurredBefore,
            String recipient, String xRequestId, String justification) {
        return export(RecordExportFormat.NDJSON, occurredFrom, occurredBefore, recipient);
    }

    /**
     * Every action of the period, oldest first, counted, bounded and logged with its recipient before it is
     * streamed from one snapshot.
     */
    private Response export(RecordExportFormat format, OffsetDateTime occurredFrom, OffsetDateTime occurredBefore,
            String recipient) {
        Range<Instant> period = Range.occurred(occurredFrom, occurredBefore);
        Disclosure disclosure = bulkDisclosure.authorise(period.from(), period.to(), recipient, "occurred_before");
        auditedRecords.disclosedTo(disclosure.recipient());
        return format.export(exports, "from EnforcementActionEntity where occurredAt >= :from and occurredAt < :before and disposedAt is null",
                "occurredAt, id", Map.of("from", period.from(), "before", period.to()), EnforcementActionEntity.class,
                EnforcementAction.class, EnforcementActionMapper::toApi, rows -> {
                    disclosure.requireRows(rows);
                    auditedRecords.disclosed(rows);
                }, mapper);
    }
}
