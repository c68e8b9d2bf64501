package uk.police.enforcement.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
/**
 * Every operation whose contract declares an If-Match header refuses to run without one: 428, not
 * the 400 that generic parameter validation would give. Driven by the generated interfaces, so a new
 * conditional write needs no code here.
 */
public class IfMatchRequiredFilter {

    @ServerRequestFilter
    public void requireIfMatch(ContainerRequestContext request, SimpleResourceInfo resource) {
        if (ApiMethods.declaresHeader(resource, HttpHeaders.IF_MATCH)) {
            EntityTags.requirePresent(request.getHeaderString(HttpHeaders.IF_MATCH));
        }
    }
}
