package uk.police.enforcement.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
/**
 * A client that accepts application/json also accepts its problem dialect (RFC 9457): without this,
 * a DELETE, whose only possible body is a problem, would answer 406 to "Accept: application/json".
 */
public class AcceptProblemJsonFilter {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ServerRequestFilter(preMatching = true)
    public void acceptProblemJson(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("application/json") && !accept.contains(PROBLEM_JSON)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", " + PROBLEM_JSON + ";q=0.9");
        }
    }
}
