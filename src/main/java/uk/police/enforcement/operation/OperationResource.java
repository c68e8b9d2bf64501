package uk.police.enforcement.operation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import uk.police.enforcement.api.OperationsApi;
import uk.police.enforcement.api.model.OperationInput;
import uk.police.enforcement.api.model.OperationKind;
import uk.police.enforcement.api.model.OperationPage;
import uk.police.enforcement.api.model.OperationStatus;
import uk.police.enforcement.common.audit.Audited;
import uk.police.enforcement.common.http.EntityTags;
import uk.police.enforcement.common.idempotency.CreatedResponse;
import uk.police.enforcement.common.idempotency.IdempotentCreates;
import uk.police.enforcement.common.paging.Page;
import uk.police.enforcement.common.security.Roles;

/** HTTP face of operations: maps between the contract and the service, nothing more. */
@Audited
public class OperationResource implements OperationsApi {

    private final OperationService service;
    private final IdempotentCreates idempotentCreates;

    @Context
    UriInfo uriInfo;

    public OperationResource(OperationService service, IdempotentCreates idempotentCreates) {
        this.service = service;
        this.idempotentCreates = idempotentCreates;
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response createOperation(OperationInput input, String idempotencyKey) {
        return idempotentCreates.create(idempotencyKey, "POST /api/v1/operations", input, () -> {
            OperationEntity created = service.create(input);
            return new CreatedResponse(uriInfo.getAbsolutePathBuilder().path(created.id.toString()).build(),
                    EntityTags.of(created.version), OperationMapper.toApi(created));
        });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response getOperation(UUID operationId, String ifNoneMatch) {
        OperationEntity entity = service.get(operationId);
        if (EntityTags.notModified(ifNoneMatch, entity.version)) {
            return Response.notModified().header(HttpHeaders.ETAG, EntityTags.of(entity.version)).build();
        }
        return Response.ok(OperationMapper.toApi(entity)).header(HttpHeaders.ETAG, EntityTags.of(entity.version))
                .build();
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
        return Response.ok(OperationMapper.toApi(entity)).header(HttpHeaders.ETAG, EntityTags.of(entity.version))
                .build();
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response deleteOperation(UUID operationId, String ifMatch) {
        service.delete(operationId, ifMatch);
        return Response.noContent().build();
    }
}
