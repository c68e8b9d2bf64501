package uk.police.enforcement.audit;

import java.time.Clock;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

import uk.police.enforcement.api.model.AuditAction;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.idempotency.IdempotentRequests;
import uk.police.enforcement.common.persistence.JdbcWork;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.security.Caller;
import uk.police.enforcement.common.web.ControlCharacters;
import uk.police.enforcement.common.web.RequestIds;
/** Writes s.62 entries describing the current HTTP request. */
@ApplicationScoped
public class AuditLog {

    private static final String API_PREFIX = "/api/v2/";
    private static final String CSV_SUFFIX = ".csv";
    static final String JUSTIFICATION_HEADER = "Justification";
    static final int MAX_JUSTIFICATION = 500;
    static final int MAX_QUERY = 2048;
    private static final String INSERT = """
            insert into audit_event (occurred_at, actor, actor_name, roles, client_id, agency, action, resource_type,
                                     resource_id, request_method, request_path, query, outcome_status, correlation_id,
                                     justification_quote, row_count, query_quotes, replay, recipient)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    /** The entries of one request about many records (a batch's): one row per id of the array, the last parameter. */
    private static final String INSERT_PER_RECORD = """
            insert into audit_event (occurred_at, actor, actor_name, roles, client_id, agency, action, resource_type,
                                     resource_id, request_method, request_path, query, outcome_status, correlation_id,
                                     justification_quote, row_count, query_quotes, replay, recipient)
            select ?::timestamptz, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, record,
                   ?::varchar, ?::varchar, ?::varchar, ?::integer, ?::varchar, ?::bigint, ?::bigint, ?::bigint[], ?::boolean,
                   ?::varchar
              from unnest(?::uuid[]) as record""";

    private final JdbcWork jdbc;
    private final SecurityIdentity identity;
    private final Caller caller;
    private final EnforcementConfig config;
    private final CurrentVertxRequest currentRequest;
    private final AuditedRecords auditedRecords;
    private final ConsultationLog consultations;
    private final AuditQuotes quotes;

    private final Clock clock;
    private final MeterRegistry meters;
    /** The records-written counter of each resource type and method, looked up once (writes are a hot path). */
    private static final Map<String, Counter> WRITTEN = new java.util.concurrent.ConcurrentHashMap<>();
    private final TransactionSynchronizationRegistry transactions;

    public AuditLog(JdbcWork jdbc, SecurityIdentity identity, Caller caller, CurrentVertxRequest currentRequest,
            AuditedRecords auditedRecords, EnforcementConfig config, ConsultationLog consultations, AuditQuotes quotes,
            Clock clock, MeterRegistry meters, TransactionSynchronizationRegistry transactions) {
        this.clock = clock;
        this.meters = meters;
        this.transactions = transactions;
        this.consultations = consultations;
        this.quotes = quotes;
        this.caller = caller;
        this.config = config;
        this.jdbc = jdbc;
        this.identity = identity;
        this.currentRequest = currentRequest;
        this.auditedRecords = auditedRecords;
    }

    /**
     * Records the request's outcome inside the current transaction: no change without its entry.
     * A request that created several records (a batch) gets one entry per record, as single creates do.
     * Written with plain JDBC on the transaction's connection (a batched INSERT, rewritten by the driver
     * into one statement): entries are never read back in the request, and this is on every request's path.
     */
    public void record(int status, Response response) {
        Description description = describe(status, response);
        List<UUID> created = status == 201 ? auditedRecords.created() : List.of();
        List<UUID> resourceIds = created.isEmpty() ? Collections.singletonList(description.event().resourceId) : created;
        List<Row> rows = resourceIds.stream().map(id -> new Row(description, id)).toList();
        jdbc.run(connection -> insert(connection, rows, quotes));
        if (status >= 200 && status < 300 && !description.event().replay) {
            countWrittenOnCommit(description.event(), rows.size()); // a replayed answer wrote nothing new
        }
    }

    /**
     * Records written, by resource type and method (both from the contract's bounded lists), counted once their
     * transaction has committed: a change rolled back wrote nothing.
     */
    private void countWrittenOnCommit(AuditEventEntity event, int records) {
        Counter written = WRITTEN.computeIfAbsent(event.resourceType + " " + event.requestMethod,
                key -> meters.counter("enforcement.records.written", "type", String.valueOf(event.resourceType),
                        "method", String.valueOf(event.requestMethod)));
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            written.increment(records); // no transaction around it: what was written is written
            return;
        }
        if (status != Status.STATUS_ACTIVE) {
            return; // marked for rollback: nothing will be written
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int outcome) {
                if (outcome == Status.STATUS_COMMITTED) {
                    written.increment(records);
                }
            }
        });
    }

    /**
     * Records a consultation (a read that succeeded) through the group commit: returns once a transaction
     * holding its entry has committed, so nothing is disclosed without its durable entry; throws the 503
     * problem when that commit failed. A lookup by reference has one entry per record it returned, so that
     * the log names them even once the values it looked them up by are erased.
     */
    public void recordConsultation(int status, Response response) {
        Description description = describe(status, response);
        List<UUID> listed = description.lookedUp().isEmpty() ? List.of() : auditedRecords.listed();
        List<UUID> resourceIds = listed.isEmpty() ? Collections.singletonList(description.event().resourceId) : listed;
        consultations.recordAndWait(resourceIds.stream().map(id -> new Row(description, id)).toList());
    }

    /**
     * Puts the caller's subject and client into the log context of the rest of the request, so that every line
     * logged for it names who asked (as its audit entry does), never what they asked for.
     */
    void nameCallerInLogs() {
        MDC.put("subject", caller.subject());
        String client = caller.clientId();
        if (client != null) {
            MDC.put("client", client);
        } else {
            MDC.remove("client");
        }
    }

    /**
     * When the request is traced, hands its trace context to the change feed for this transaction: each change
     * it makes carries it (V35), and so do the webhook deliveries of those changes. One statement, and only for a
     * traced write (none while tracing is off).
     */
    void carryTraceIntoFeed() {
        if (!Span.current().getSpanContext().isValid()) {
            return; // tracing off, or this request not traced: nothing to carry, nothing allocated
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        String traceparent = carrier.get("traceparent");
        if (traceparent == null) {
            return;
        }
        jdbc.run(connection -> {
            try (PreparedStatement set = connection.prepareStatement(
                    "select set_config('enforcement.traceparent', ?, true)")) {
                set.setString(1, traceparent);
                set.execute();
            }
        });
    }

    /** Whether the current request only consults records (its entry may go through the group commit). */
    boolean isConsultation() {
        return isRead(currentRequest.getCurrent().request().method().name());
    }

    /** A request's entry as described, with the texts it quotes (kept in {@link AuditQuotes}). */
    record Description(AuditEventEntity event, String justification, List<String> lookedUp) {
    }

    /** One audit_event row: a request's description and the record it concerns (a batch has several). */
    record Row(Description description, UUID resourceId) {
    }

    /**
     * Inserts the rows in one batched statement on {@code connection}, in its transaction, with the ids of the
     * texts they quote (stored first where new); answers those ids, which the caller may remember once committed.
     */
    static Map<String, Long> insert(Connection connection, List<Row> rows, AuditQuotes quotes) throws SQLException {
        Set<String> texts = new HashSet<>();
        for (Row row : rows) {
            if (row.description().justification() != null) {
                texts.add(row.description().justification());
            }
            texts.addAll(row.description().lookedUp());
        }
        Map<String, Long> quoted = texts.isEmpty() ? Map.of() : quotes.idsOf(connection, texts);
        Description shared = rows.get(0).description();
        if (rows.size() > 1 && rows.stream().allMatch(row -> row.description() == shared && row.resourceId() != null)) {
            // A batch's entries: one statement, not one row each (the driver's rewritten batch sent eight for 1,000).
            try (PreparedStatement insert = connection.prepareStatement(INSERT_PER_RECORD)) {
                bind(insert, connection, shared, quoted, null);
                insert.setArray(19, connection.createArrayOf("uuid", rows.stream().map(Row::resourceId).toArray()));
                insert.executeUpdate();
            }
            return quoted;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Row row : rows) {
                bind(insert, connection, row.description(), quoted, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return quoted;
    }

    /**
     * Binds an entry's values: with {@code row}, all 19 of {@link #INSERT}; without, those of
     * {@link #INSERT_PER_RECORD} but the ids (its 9th to 18th are {@link #INSERT}'s 10th to 19th).
     */
    private static void bind(PreparedStatement insert, Connection connection, Description description,
            Map<String, Long> quoted, Row row) throws SQLException {
        AuditEventEntity event = description.event();
        insert.setObject(1, event.occurredAt.atOffset(ZoneOffset.UTC));
        insert.setString(2, event.actor);
        insert.setString(3, event.actorName);
        insert.setString(4, event.roles);
        insert.setString(5, event.clientId);
        insert.setString(6, event.agency);
        insert.setString(7, event.action);
        insert.setString(8, event.resourceType);
        int i = 8;
        if (row != null) {
            if (row.resourceId() == null) {
                insert.setNull(++i, Types.OTHER);
            } else {
                insert.setObject(++i, row.resourceId());
            }
        }
        insert.setString(++i, event.requestMethod);
        insert.setString(++i, event.requestPath);
        insert.setString(++i, event.query);
        insert.setInt(++i, event.outcomeStatus);
        insert.setString(++i, event.correlationId);
        String justification = description.justification();
        if (justification == null) {
            insert.setNull(++i, Types.BIGINT);
        } else {
            insert.setLong(++i, quoted.get(justification));
        }
        if (event.rowCount == null) {
            insert.setNull(++i, Types.BIGINT);
        } else {
            insert.setLong(++i, event.rowCount);
        }
        List<String> lookedUp = description.lookedUp();
        if (lookedUp.isEmpty()) {
            insert.setNull(++i, Types.ARRAY);
        } else {
            insert.setArray(++i, connection.createArrayOf("bigint", lookedUp.stream().map(quoted::get).toArray()));
        }
        insert.setBoolean(++i, event.replay);
        insert.setString(++i, event.recipient);
    }

    private Description describe(int status, Response response) {
        HttpServerRequest request = currentRequest.getCurrent().request();
        String path = request.path();
        // An export (/summaries.csv) is the same resource in another form: logged as that resource.
        String resource = path.endsWith(CSV_SUFFIX) ? path.substring(0, path.length() - CSV_SUFFIX.length()) : path;
        List<String> segments = List.of(resource.startsWith(API_PREFIX)
                ? resource.substring(API_PREFIX.length()).split("/") : new String[] { resource });
        UUID pathId = segments.size() > 1 ? uuidOrNull(segments.get(1)) : null;
        String method = request.method().name();

        AuditEventEntity event = new AuditEventEntity();
        event.occurredAt = Timestamps.at(clock);
        event.actor = caller.subject();
        event.actorName = caller.userName();
        // Every value is cut to its column: a token's claims must not make its entry unwritable.
        event.roles = bounded(identity.getRoles().stream().sorted().collect(Collectors.joining(",")), 200);
        event.clientId = caller.clientId();
        String agency = claim("agency");
        event.agency = bounded(agency, 20);
        event.rowCount = auditedRecords.disclosed();
        event.recipient = bounded(auditedRecords.recipient(), 200);
        // A retry answered from the stored answer created nothing: it consulted what the first request created.
        event.replay = response != null && response.getHeaderString(IdempotentRequests.REPLAYED_HEADER) != null;
        // A bulk export hands records out of the service: a disclosure, whoever asks.
        event.action = (event.rowCount != null ? AuditAction.DISCLOSURE
                : event.replay ? AuditAction.CONSULTATION : action(method, pathId, agency, segments)).name();
        event.resourceType = bounded(segments.get(0), 40);
        event.resourceId = pathId != null ? pathId : createdId(response);
        if (auditedRecords.concernsId() != null) {
            event.resourceType = auditedRecords.concernsType();
            event.resourceId = auditedRecords.concernsId();
        }
        event.requestMethod = method;
        event.requestPath = bounded(path, 2048);
        QuotedQuery.Split query = QuotedQuery.split(bounded(request.query(), MAX_QUERY));
        event.query = query.stored();
        event.outcomeStatus = status;
        event.correlationId = RequestIds.current(currentRequest.getCurrent());
        // A refused over-long justification is still logged, cut to what the log shows.
        return new Description(event, bounded(justification(request, event.clientId), MAX_JUSTIFICATION),
                query.lookedUp().stream().map(value -> bounded(value, MAX_QUERY)).toList());
    }

    /**
     * DPA 2018 s.62(2)-(3): a consultation or disclosure must be justifiable from the log. Outside dev mode
     * a read that gives no Justification header, from a client with no registered purpose, is refused
     * (400 naming Justification); the refusal is itself logged. Writes need none (collection, alteration
     * and erasure are justified by the record).
     */
    void requireJustification() {
        HttpServerRequest request = currentRequest.getCurrent().request();
        String given = request.getHeader(JUSTIFICATION_HEADER);
        if (given != null && given.length() > MAX_JUSTIFICATION) {
            throw ApiProblem.invalidField(JUSTIFICATION_HEADER, "must be at most " + MAX_JUSTIFICATION + " characters");
        }
        if (given != null && ControlCharacters.firstIn(given) >= 0) {
            throw ApiProblem.invalidField(JUSTIFICATION_HEADER, ControlCharacters.REFUSED);
        }
        if (!isRead(request.method().name()) || LaunchMode.current() == LaunchMode.DEVELOPMENT
                || justification(request, caller.clientId()) != null) {
            return;
        }
        throw ApiProblem.invalidField(JUSTIFICATION_HEADER, "is required to consult records: say why (e.g. an "
                + "occurrence or task reference), or register a purpose for the calling client "
                + "(enforcement.audit.purposes.<client id>)");
    }

    /** The request's Justification header, else the purpose registered for its client, else null. */
    private String justification(HttpServerRequest request, String clientId) {
        String given = request.getHeader(JUSTIFICATION_HEADER);
        if (given != null && !given.isBlank()) {
            return given;
        }
        return clientId == null ? null : config.audit().purposes().get(clientId);
    }

    private static boolean isRead(String method) {
        return method.equals("GET") || method.equals("HEAD");
    }

    private static AuditAction action(String method, UUID pathId, String agency, List<String> segments) {
        return switch (method) {
            // An approved disposal erases the record's references (MoPI): the log keeps that, not what they were.
            case "POST" -> pathId == null ? AuditAction.COLLECTION
                    : segments.get(segments.size() - 1).equals("approval") ? AuditAction.ERASURE : AuditAction.ALTERATION;
            case "PUT", "PATCH" -> AuditAction.ALTERATION;
            case "DELETE" -> AuditAction.ERASURE;
            // A read by a partner agency's user discloses; figures combine many records into one answer.
            default -> agency != null ? AuditAction.DISCLOSURE
                    : segments.get(0).equals("summaries") || segments.get(segments.size() - 1).equals("summary")
                            ? AuditAction.COMBINATION : AuditAction.CONSULTATION;
        };
    }


    private String claim(String... names) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            for (String name : names) {
                Object value = jwt.getClaim(name);
                if (value != null) {
                    return bounded(value.toString().replace("\"", ""), 200);
                }
            }
        }
        return null;
    }

    private static UUID createdId(Response response) {
        if (response == null || response.getStatus() != 201) {
            return null;
        }
        URI location = response.getLocation();
        if (location == null) {
            Object header = response.getHeaders().getFirst("Location");
            location = header == null ? null : URI.create(header.toString());
        }
        if (location == null) {
            return null;
        }
        String p = location.getPath();
        return uuidOrNull(p.substring(p.lastIndexOf('/') + 1));
    }

    private static UUID uuidOrNull(String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String bounded(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
