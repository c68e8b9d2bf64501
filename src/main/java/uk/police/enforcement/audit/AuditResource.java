package uk.police.enforcement.audit;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import uk.police.enforcement.api.AuditApi;
import uk.police.enforcement.api.model.AuditAction;
import uk.police.enforcement.api.model.AuditEvent;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.Csv;
import uk.police.enforcement.common.web.Range;
import uk.police.enforcement.common.web.Representations;
/** The s.62 log, for auditors: JSON pages or the same page as CSV. */
@Audited
public class AuditResource implements AuditApi {

    private static final List<String> CSV_HEADER = List.of("id", "occurred_at", "actor", "actor_name", "roles",
            "client_id", "agency", "action", "resource_type", "resource_id", "request_method", "request_path",
            "query", "outcome_status", "correlation_id", "justification", "row_count", "replay", "recipient");

    private final AuditEventRepository events;
    private final AuditQuotes quotes;

    @Context
    UriInfo uriInfo;

    public AuditResource(AuditEventRepository events, AuditQuotes quotes) {
        this.events = events;
        this.quotes = quotes;
    }

    @Override
    @RolesAllowed(Roles.AUDITOR)
    public Response listAuditEvents(Integer limit, String cursor, String actor, String resourceType, UUID resourceId,
            AuditAction action, OffsetDateTime occurredFrom, OffsetDateTime occurredBefore, String xRequestId,
            String justification) {
        Page<AuditEventEntity> page = events.page(actor, resourceType, resourceId, action,
                Range.occurred(occurredFrom, occurredBefore), limit, cursor);
        Map<Long, String> quoted = quotedBy(page);
        return Representations.page(page, e -> toApi(e, quoted));
    }

    @Override
    @RolesAllowed(Roles.AUDITOR)
    public Response exportAuditEventsCsv(Integer limit, String cursor, String actor, String resourceType,
            UUID resourceId, AuditAction action, OffsetDateTime occurredFrom, OffsetDateTime occurredBefore,
            String xRequestId, String justification) {
        Page<AuditEventEntity> page = events.page(actor, resourceType, resourceId, action,
                Range.occurred(occurredFrom, occurredBefore), limit, cursor);
        // The log names who consulted which records and why: OFFICIAL-SENSITIVE whatever it lists.
        Csv csv = Csv.marked(SecurityMarking.OFFICIAL_SENSITIVE).header(CSV_HEADER);
        Map<Long, String> quoted = quotedBy(page);
        page.items().forEach(e -> csv.row(Arrays.asList(e.id, Timestamps.utc(e.occurredAt), e.actor, e.actorName,
                e.roles, e.clientId, e.agency, e.action, e.resourceType, e.resourceId, e.requestMethod,
                e.requestPath, query(e, quoted), e.outcomeStatus, e.correlationId, justification(e, quoted), e.rowCount,
                e.replay, e.recipient)));
        Response.ResponseBuilder response = csv.ok();
        if (page.nextCursor() != null) {
            response.header("Link", "<" + uriInfo.getRequestUriBuilder().replaceQueryParam("cursor",
                    page.nextCursor()).build() + ">; rel=\"next\"");
        }
        return response.build();
    }

    /** The texts the page's entries quote, read once for the page. */
    private Map<Long, String> quotedBy(Page<AuditEventEntity> page) {
        Set<Long> ids = new HashSet<>();
        for (AuditEventEntity e : page.items()) {
            if (e.justificationQuote != null) {
                ids.add(e.justificationQuote);
            }
            if (e.queryQuotes != null) {
                ids.addAll(Arrays.asList(e.queryQuotes));
            }
        }
        return quotes.textsOf(ids);
    }

    private static String query(AuditEventEntity e, Map<Long, String> quoted) {
        return AuditLog.bounded(QuotedQuery.restore(e.query, e.queryQuotes, quoted), AuditLog.MAX_QUERY);
    }

    /** Erasing a reference can lengthen a justification beyond what it was: cut to what the log shows. */
    private static String justification(AuditEventEntity e, Map<Long, String> quoted) {
        return e.justificationQuote == null ? null : AuditLog.bounded(quoted.get(e.justificationQuote), AuditLog.MAX_JUSTIFICATION);
    }

    private static AuditEvent toApi(AuditEventEntity e, Map<Long, String> quoted) {
        return new AuditEvent()
                .id(e.id)
                .occurredAt(Timestamps.utc(e.occurredAt))
                .actor(e.actor)
                .actorName(e.actorName)
                .roles(e.roles.isEmpty() ? List.of() : List.of(e.roles.split(",")))
                .clientId(e.clientId)
                .agency(e.agency)
                .action(AuditAction.fromValue(e.action))
                .resourceType(e.resourceType)
                .resourceId(e.resourceId)
                .requestMethod(e.requestMethod)
                .requestPath(e.requestPath)
                .query(query(e, quoted))
                .outcomeStatus(e.outcomeStatus)
                .correlationId(e.correlationId)
                .justification(justification(e, quoted))
                .rowCount(e.rowCount)
                .replay(e.replay ? Boolean.TRUE : null)
                .recipient(e.recipient);
    }
}
