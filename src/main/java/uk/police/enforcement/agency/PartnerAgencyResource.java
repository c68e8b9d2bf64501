package uk.police.enforcement.agency;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.enforcement.api.PartnerAgenciesApi;
import uk.police.enforcement.api.model.AgencyType;
import uk.police.enforcement.api.model.PartnerAgencyInput;
import uk.police.enforcement.audit.Audited;
import uk.police.enforcement.common.idempotency.IdempotentRequests;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.EntityTags;
import uk.police.enforcement.common.web.MergePatches;
import uk.police.enforcement.common.web.Representations;
/** HTTP face of partner agencies: maps between the contract and the service, nothing more. */
@Audited
public class PartnerAgencyResource implements PartnerAgenciesApi {

    private final PartnerAgencyService service;
    private final IdempotentRequests idempotentRequests;
    private final MergePatches mergePatches;

    @Context
    UriInfo uriInfo;

    public PartnerAgencyResource(PartnerAgencyService service, IdempotentRequests idempotentRequests,
            MergePatches mergePatches) {
        this.mergePatches = mergePatches;
        this.service = service;
        this.idempotentRequests = idempotentRequests;
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response createPartnerAgency(PartnerAgencyInput input, String idempotencyKey, String xRequestId,
            String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/partner-agencies", input, () -> {
            PartnerAgencyEntity created = service.create(input);
            return Representations.created(uriInfo, created, PartnerAgencyMapper.toApi(created));
        });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response getPartnerAgency(UUID agencyId, String ifNoneMatch, String xRequestId, String justification) {
        PartnerAgencyEntity entity = service.get(agencyId);
        return Representations.conditionalGet(entity, ifNoneMatch, () -> PartnerAgencyMapper.toApi(entity));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response listPartnerAgencies(Integer limit, String cursor, Boolean active, AgencyType kind,
            String xRequestId, String justification) {
        return Representations.page(service.list(active, kind, limit, cursor), PartnerAgencyMapper::toApi);
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response replacePartnerAgency(UUID agencyId, String ifMatch, PartnerAgencyInput input, String xRequestId,
            String justification) {
        PartnerAgencyEntity entity = service.replace(agencyId, EntityTags.expected(ifMatch), input);
        return Representations.ok(entity, PartnerAgencyMapper.toApi(entity));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response deletePartnerAgency(UUID agencyId, String ifMatch, String xRequestId, String justification) {
        service.delete(agencyId, EntityTags.expected(ifMatch));
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response patchPartnerAgency(UUID agencyId, String ifMatch, ObjectNode patch, String xRequestId,
            String justification) {
        PartnerAgencyInput input = mergePatches.apply(PartnerAgencyMapper.toApi(service.get(agencyId)), patch,
                PartnerAgencyInput.class);
        return replacePartnerAgency(agencyId, ifMatch, input, xRequestId, justification);
    }
}
