package uk.police.enforcement.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
/**
 * One line per API request at DEBUG (method, path, status), off unless an operator turns it on
 * ({@code QUARKUS_LOG_CATEGORY__UK_POLICE_ENFORCEMENT_COMMON_WEB_REQUESTLOG__LEVEL=DEBUG}): with the log context
 * (request id, subject, client, trace and span ids) it is the access log a SIEM joins to other systems' traces.
 * The path names records by id only, never by what they hold; query strings are not logged (a lookup's
 * reference values are the audit log's to keep, as quotes it can erase).
 */
public class RequestLog {

    private static final Logger LOG = Logger.getLogger(RequestLog.class);

    @ServerResponseFilter
    public void log(ContainerRequestContext request, ContainerResponseContext response) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s %s %d", request.getMethod(), request.getUriInfo().getPath(), response.getStatus());
        }
    }
}
