package uk.police.enforcement.figure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import uk.police.enforcement.api.FiguresApi;
import uk.police.enforcement.api.model.FigureDefinition;
import uk.police.enforcement.common.security.Roles;
/**
 * GET /api/v2/figures: the catalogue, so that whoever cites a number can cite its definition beside it. Not
 * personal data, so not a consultation of the records (not audited).
 */
public class FigureResource implements FiguresApi {

    private static final uk.police.enforcement.api.model.FigureCatalogue CATALOGUE =
            new uk.police.enforcement.api.model.FigureCatalogue().items(FigureCatalogue.ALL.stream()
                    .map(f -> new FigureDefinition().name(f.name()).definition(f.definition()).unit(f.unit())
                            .since(f.since()).replacedBy(f.replacedBy()))
                    .toList());

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PARTNER })
    public Response listFigures(String xRequestId) {
        return Response.ok(CATALOGUE, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
