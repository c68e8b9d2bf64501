package uk.police.enforcement.operation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.enforcement.api.OperationsApi;
import uk.police.enforcement.api.model.OperationInput;
import uk.police.enforcement.api.model.OperationStatus;
import uk.police.enforcement.api.model.OperationType;
import uk.police.enforcement.audit.Audited;
import uk.police.enforcement.common.idempotency.IdempotentRequests;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.EntityTags;
import uk.police.enforcement.common.web.MergePatches;
import uk.police.enforcement.common.web.Range;
import uk.police.enforcement.common.web.Representations;
/**
 * HTTP face of operations: maps between the contract and the service, nothing more. An operation's
 * actions, notices and summary are served by those features.
 */
@Audited
public class OperationResource implements OperationsApi {

    private final OperationService service;
    private final IdempotentRequests idempotentRequests;
    private final MergePatches mergePatches;

    @Context
    UriInfo uriInfo;

    public OperationResource(OperationService service, IdempotentRequests idempotentRequests,
            MergePatches mergePatches) {
        this.mergePatches = mergePatches;
        this.service = service;
        this.idempotentRequests = idempotentRequests;
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response createOperation(OperationInput input, String idempotencyKey, String xRequestId,
            String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/operations", input, () -> {
            OperationEntity created = service.create(input);
            return Representations.created(uriInfo, created, OperationMapper.toApi(created));
        });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response getOperation(UUID operationId, String ifNoneMatch, String xRequestId, String justification) {
        OperationEntity entity = service.get(operationId);
        return Representations.conditionalGet(entity, ifNoneMatch, () -> OperationMapper.toApi(entity));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response listOperations(Integer limit, String cursor, OperationStatus status, OperationType kind,
            LocalDate activeFrom, LocalDate activeTo, String xRequestId, String justification) {
        Range<LocalDate> active = Range.of(activeFrom, activeTo, "active_from", "active_to");
        return Representations.page(service.list(status, kind, active, limit, cursor),
                OperationMapper::toApi);
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response replaceOperation(UUID operationId, String ifMatch, OperationInput input, String xRequestId,
            String justification) {
        OperationEntity entity = service.replace(operationId, EntityTags.expected(ifMatch), input);
        return Representations.ok(entity, OperationMapper.toApi(entity));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response deleteOperation(UUID operationId, String ifMatch, String xRequestId, String justification) {
        service.delete(operationId, EntityTags.expected(ifMatch));
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response patchOperation(UUID operationId, String ifMatch, ObjectNode patch, String xRequestId,
            String justification) {
        OperationInput input = mergePatches.apply(OperationMapper.toApi(service.get(operationId)), patch,
                OperationInput.class);
        return replaceOperation(operationId, ifMatch, input, xRequestId, justification);
    }
}
