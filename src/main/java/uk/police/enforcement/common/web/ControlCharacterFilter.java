package uk.police.enforcement.common.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import uk.police.enforcement.common.problem.ApiProblem;
/**
 * Query parameters may not carry control characters (see {@link ControlCharacters}): PostgreSQL cannot store
 * or compare NUL, and no reference, code or filter of this API contains any. (JSON strings are checked by
 * StrictJson.)
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public void refuseControlCharacters(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (ControlCharacters.firstIn(value) >= 0) {
                    throw ApiProblem.invalidField(parameter.getKey(), ControlCharacters.REFUSED);
                }
            }
        }
    }
}
