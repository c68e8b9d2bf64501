package uk.police.enforcement.publication;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import uk.police.enforcement.api.PublicationsApi;
import uk.police.enforcement.api.model.FigureDefinition;
import uk.police.enforcement.api.model.Publication;
import uk.police.enforcement.api.model.PublicationInput;
import uk.police.enforcement.api.model.PublicationRejection;
import uk.police.enforcement.api.model.PublicationScope;
import uk.police.enforcement.api.model.PublicationStatus;
import uk.police.enforcement.api.model.PublishedFigure;
import uk.police.enforcement.audit.Audited;
import uk.police.enforcement.common.idempotency.IdempotentAnswer;
import uk.police.enforcement.common.idempotency.IdempotentRequests;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.Csv;
import uk.police.enforcement.common.web.EntityTags;
import uk.police.enforcement.common.web.Representations;
/** HTTP face of publications: maps between the contract and {@link Publications}, nothing more. */
@Audited
public class PublicationResource implements PublicationsApi {

    private final Publications publications;
    private final Drifts drifts;
    private final IdempotentRequests idempotentRequests;

    public PublicationResource(Publications publications, Drifts drifts, IdempotentRequests idempotentRequests) {
        this.publications = publications;
        this.drifts = drifts;
        this.idempotentRequests = idempotentRequests;
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response proposePublication(PublicationInput input, String idempotencyKey, String xRequestId,
            String justification) {
        // One snapshot: the frozen records and the referral, crime and device figures counted beside them agree.
        return idempotentRequests.onceInSnapshot(idempotencyKey, "POST /api/v2/publications", input, () -> {
            Publications.Answer answer = publications.propose(input);
            return IdempotentAnswer.created(URI.create("/api/v2/publications/" + answer.entity().id),
                    EntityTags.of(answer.entity().version), answer.publication());
        });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.AUDITOR })
    public Response listPublications(Integer limit, String cursor, PublicationStatus status, String xRequestId,
            String justification) {
        return Representations.page(publications.list(status, limit, cursor), Publications.Answer::publication);
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.AUDITOR })
    public Response getPublication(UUID publicationId, String xRequestId, String justification) {
        Publications.Answer answer = publications.get(publicationId);
        return Response.ok(answer.publication(), MediaType.APPLICATION_JSON_TYPE)
                .header("ETag", EntityTags.of(answer.entity().version)).build();
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.AUDITOR })
    public Response exportPublicationCsv(UUID publicationId, String xRequestId, String justification) {
        Publication publication = publications.get(publicationId).publication();
        Csv csv = Csv.marked(publication.getSecurityMarking()).header(List.of("publication_id", "title", "scope",
                "correct_as_at", "status", "figure", "group", "value", "unit", "definition"));
        for (PublishedFigure figure : publication.getFigures()) {
            FigureDefinition definition = publication.getDefinitions().stream()
                    .filter(d -> d.getName().equals(figure.getFigure())).findFirst().orElseThrow();
            List<Object> row = new ArrayList<>(List.of(publication.getId(), publication.getTitle(),
                    describe(publication.getScope()), publication.getCorrectAsAt(), publication.getStatus(),
                    figure.getFigure()));
            row.add(figure.getGroup());
            row.addAll(List.of(figure.getShown(), definition.getUnit(), definition.getDefinition()));
            csv.row(row);
        }
        return csv.ok().build();
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.AUDITOR })
    public Response getPublicationDrift(UUID publicationId, String xRequestId, String justification) {
        return Response.ok(drifts.of(publicationId), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response approvePublication(UUID publicationId, String idempotencyKey, String xRequestId,
            String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/publications/" + publicationId + "/approval",
                null, () -> answer(publications.approve(publicationId)));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response rejectPublication(UUID publicationId, PublicationRejection rejection, String idempotencyKey,
            String xRequestId, String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/publications/" + publicationId + "/rejection",
                rejection, () -> answer(publications.reject(publicationId, rejection.getReason())));
    }

    private static IdempotentAnswer answer(Publications.Answer answer) {
        return IdempotentAnswer.ok(EntityTags.of(answer.entity().version), answer.publication());
    }

    /** "operation 0b9f..." or "2025-04-01 to 2026-03-31, area NORTH": the scope in one CSV cell. */
    private static String describe(PublicationScope scope) {
        if (scope.getOperationId() != null) {
            return "operation " + scope.getOperationId();
        }
        StringBuilder text = new StringBuilder(scope.getDayFrom() + " to " + scope.getDayTo());
        if (scope.getArea() != null) {
            text.append(", area ").append(scope.getArea());
        }
        if (scope.getOffenceCategory() != null) {
            text.append(", offence category ").append(scope.getOffenceCategory());
        }
        if (scope.getOffenceCode() != null) {
            text.append(", offence code ").append(scope.getOffenceCode());
        }
        return text.toString();
    }
}
