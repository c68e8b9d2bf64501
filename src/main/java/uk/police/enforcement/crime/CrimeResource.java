package uk.police.enforcement.crime;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.enforcement.api.CrimesApi;
import uk.police.enforcement.api.model.Crime;
import uk.police.enforcement.api.model.CrimeInput;
import uk.police.enforcement.api.model.CrimeOutcome;
import uk.police.enforcement.api.model.CrimeOutcomeInput;
import uk.police.enforcement.api.model.CrimeOutcomeTypes;
import uk.police.enforcement.api.model.CrimeOutcomeTypesItemsInner;
import uk.police.enforcement.audit.Audited;
import uk.police.enforcement.audit.AuditedRecords;
import uk.police.enforcement.common.idempotency.IdempotentAnswer;
import uk.police.enforcement.common.idempotency.IdempotentRequests;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.EntityTags;
import uk.police.enforcement.common.web.MergePatches;
import uk.police.enforcement.common.web.Representations;
/** HTTP face of crimes and their outcomes: maps between the contract and {@link Crimes}, nothing more. */
@Audited
public class CrimeResource implements CrimesApi {

    private final Crimes crimes;
    private final OutcomeTypes outcomeTypes;
    private final IdempotentRequests idempotentRequests;
    private final MergePatches mergePatches;
    private final AuditedRecords auditedRecords;

    @Context
    UriInfo uriInfo;

    public CrimeResource(Crimes crimes, OutcomeTypes outcomeTypes, IdempotentRequests idempotentRequests,
            MergePatches mergePatches, AuditedRecords auditedRecords) {
        this.crimes = crimes;
        this.outcomeTypes = outcomeTypes;
        this.idempotentRequests = idempotentRequests;
        this.mergePatches = mergePatches;
        this.auditedRecords = auditedRecords;
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response createCrime(CrimeInput input, String idempotencyKey, String xRequestId, String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/crimes", input, () -> {
            Crimes.Linked created = crimes.create(input);
            return Representations.created(uriInfo, created.crime(), toApi(created));
        });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response getCrime(UUID crimeId, String xRequestId, String justification) {
        Crimes.Linked linked = crimes.get(crimeId);
        return Representations.ok(linked.crime(), toApi(linked));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response listCrimes(Integer limit, String cursor, Boolean inconsistent, String offenceCode, UUID referralId,
            String xRequestId, String justification) {
        Page<Crimes.Linked> page = crimes.list(new CrimeFilter(inconsistent, offenceCode, referralId), limit, cursor);
        auditedRecords.listed(page.items().stream().map(linked -> linked.crime().id).toList());
        return Representations.page(page, this::toApi);
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response patchCrime(UUID crimeId, String ifMatch, ObjectNode patch, String xRequestId,
            String justification) {
        CrimeInput input = mergePatches.apply(toApi(crimes.get(crimeId)), patch, CrimeInput.class);
        Crimes.Linked replaced = crimes.replace(crimeId, EntityTags.expected(ifMatch), input);
        return Representations.ok(replaced.crime(), toApi(replaced));
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response recordCrimeOutcome(UUID crimeId, CrimeOutcomeInput input, String idempotencyKey,
            String xRequestId, String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/crimes/" + crimeId + "/outcomes", input, () ->
                // No outcome has a URL of its own: the Location is the crime it concludes.
                IdempotentAnswer.created(URI.create("/api/v2/crimes/" + crimeId), null,
                        toApi(crimes.recordOutcome(crimeId, input))));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response listCrimeOutcomes(UUID crimeId, Integer limit, String cursor, String xRequestId,
            String justification) {
        return Representations.page(crimes.outcomes(crimeId, limit, cursor), this::toApi);
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.AUDITOR })
    public Response listCrimeOutcomeTypes(String xRequestId) {
        CrimeOutcomeTypes types = new CrimeOutcomeTypes();
        for (Map.Entry<Integer, String> type : outcomeTypes.inOrder()) {
            types.addItemsItem(new CrimeOutcomeTypesItemsInner().outcomeType(type.getKey()).title(type.getValue()));
        }
        return Response.ok(types, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Crime toApi(Crimes.Linked linked) {
        CrimeEntity c = linked.crime();
        return new Crime()
                .id(c.id)
                .crimeReference(c.crimeReference)
                .offenceCode(c.offenceCode)
                .offenceCategory(c.offenceCategory)
                .referralId(c.referralId)
                .actionIds(linked.actionIds())
                .outcome(linked.outcome() == null ? null : toApi(linked.outcome()))
                .inconsistent(linked.inconsistent())
                .securityMarking(c.securityMarking)
                .createdAt(Timestamps.utc(c.createdAt))
                .updatedAt(Timestamps.utc(c.updatedAt));
    }

    private CrimeOutcome toApi(CrimeOutcomeEntity o) {
        return new CrimeOutcome()
                .id(o.id)
                .outcomeType(o.outcomeType)
                .title(crimes.titleOf(o.outcomeType))
                .outcomeDate(o.outcomeDate)
                .recordedBy(o.recordedBy)
                .recordedAt(Timestamps.utc(o.recordedAt));
    }
}
