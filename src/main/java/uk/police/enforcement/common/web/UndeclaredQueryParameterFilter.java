package uk.police.enforcement.common.web;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
/**
 * A query parameter the operation does not declare is refused with a 400 naming it, as an unknown body property
 * is: a misspelt or unsupported filter ({@code group_by=AREA}) silently ignored answers with everything, which a
 * dashboard would take for the filtered figure. Driven by the generated interfaces, like {@link IfMatchRequiredFilter}.
 */
public class UndeclaredQueryParameterFilter {

    @ServerRequestFilter
    public void refuseUndeclared(ContainerRequestContext request, SimpleResourceInfo resource) {
        Set<String> declared = ApiMethods.queryNames(resource);
        if (declared == null) {
            return;
        }
        String accepted = declared.isEmpty() ? "this operation takes no query parameters"
                : "this operation accepts " + String.join(", ", declared);
        List<FieldViolation> undeclared = request.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !declared.contains(name)).sorted()
                .map(name -> new FieldViolation(name, "is not a query parameter of this operation; " + accepted))
                .toList();
        if (!undeclared.isEmpty()) {
            throw ApiProblem.validation(undeclared);
        }
    }
}
