package uk.police.enforcement.common.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

import io.vertx.core.http.HttpClosedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;

import uk.police.enforcement.common.persistence.InvalidCursor;
import uk.police.enforcement.common.persistence.RecordDisposed;
import uk.police.enforcement.common.persistence.RecordNotFound;
import uk.police.enforcement.common.persistence.VersionMismatch;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.problem.InvalidParameterValue;
import uk.police.enforcement.common.problem.ProblemResponses;
import uk.police.enforcement.common.problem.ProblemTypes;
import uk.police.enforcement.common.security.TokenRejection;
/**
 * The one place where exceptions become HTTP answers. Every 4xx and 5xx leaves as
 * application/problem+json, including what the framework raises itself (unknown path, wrong method,
 * wrong media type, unreadable JSON). No stack trace, class name or SQL ever reaches the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final String TRANSACTION_ROLLBACK = "40";

    private final ProblemResponses responses;
    private final AllowedMethods allowedMethods;
    private final RequestBodies bodies;

    public ProblemMappers(ProblemResponses responses, AllowedMethods allowedMethods, RequestBodies bodies) {
        this.bodies = bodies;
        this.responses = responses;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        return responses.of(problem, instance(uri));
    }

    /** A missing record, a stale If-Match or a forged cursor, as the persistence helpers report them. */
    @ServerExceptionMapper({ RecordNotFound.class, RecordDisposed.class, VersionMismatch.class, InvalidCursor.class })
    public Response recordProblem(RuntimeException e, UriInfo uri) {
        return responses.of(RecordProblems.toProblem(e), instance(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ApiProblem problem) {
            return responses.of(problem, instance(uri));
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = original.getStatusInfo().getReasonPhrase();
        Map<String, String> headers = original.getHeaders().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase(HttpHeaders.ALLOW)
                        || h.getKey().equalsIgnoreCase(HttpHeaders.WWW_AUTHENTICATE)
                        || h.getKey().equalsIgnoreCase("Retry-After"))
                .collect(Collectors.toMap(Map.Entry::getKey,
                        h -> h.getValue().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        if (status == 405 && !headers.containsKey(HttpHeaders.ALLOW)) {
            headers = new HashMap<>(headers);
            headers.put(HttpHeaders.ALLOW, allowedMethods.at(instance(uri)));
        }
        return responses.build(status, ProblemTypes.BLANK, title, frameworkDetail(status), null, headers,
                instance(uri));
    }

    private static String frameworkDetail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This method is not allowed here; the Allow header lists the ones that are.";
            case 406 -> "This resource cannot be represented in any media type the Accept header names.";
            case 413 -> "The request body is larger than the service accepts.";
            case 415 -> "Send the request body as application/json.";
            default -> "The request cannot be processed.";
        };
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterValue e, UriInfo uri) {
        return responses.of(ApiProblem.invalidField(parameterHolding(e.value(), uri), e.expectation()), instance(uri));
    }

    /** Which query or path parameter carried a value (several with the same bad value are all bad). */
    private static String parameterHolding(String value, UriInfo uri) {
        for (var params : List.of(uri.getQueryParameters(), uri.getPathParameters())) {
            for (var entry : params.entrySet()) {
                if (entry.getValue().contains(value)) {
                    return entry.getKey();
                }
            }
        }
        return "parameters";
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri, SimpleResourceInfo resource) {
        Set<FieldViolation> errors = new LinkedHashSet<>();
        e.getConstraintViolations().forEach(v -> errors.add(new FieldViolation(FieldNames.of(v, resource),
                v.getMessage())));
        // The body's own rules too, so that one answer names every problem (the method never ran), but not
        // about a field the schema refused.
        List<FieldViolation> refused = List.copyOf(errors);
        e.getConstraintViolations().stream().findFirst().map(ConstraintViolation::getExecutableParameters)
                .ifPresent(arguments -> Arrays.stream(arguments).forEach(argument -> errors.addAll(
                        bodies.ruleErrors(argument, refused))));
        return responses.of(ApiProblem.validation(errors.stream().sorted(Comparator.comparing(FieldViolation::field)
                .thenComparing(FieldViolation::message)).toList()), instance(uri));
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonMappingException.class,
            MismatchedInputException.class, JsonParseException.class, StreamConstraintsException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        // Jackson wraps what the body stream threw while it read (e.g. the 413 of a chunked body too large).
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiProblem problem) {
                return responses.of(problem, instance(uri));
            }
        }
        return responses.of(ApiProblem.validation(List.of(JsonErrors.describe(e))), instance(uri));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        // Another scheme (Basic, ...) is no bearer token: the bare challenge says which scheme to use.
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        TokenRejection rejection = TokenRejection.of(e, bearer);
        return responses.build(401, ProblemTypes.BLANK, "Unauthorized", rejection.detail(), null,
                Map.of(HttpHeaders.WWW_AUTHENTICATE, rejection.challenge()), instance(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return responses.build(403, ProblemTypes.BLANK, "Forbidden", "Your roles do not allow this operation.", null,
                null, instance(uri));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return responses.of(ApiProblem.preconditionFailed(
                "The record was changed by someone else at the same time; read it again and reapply the change."),
                instance(uri));
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        ApiProblem known = DatabaseConstraints.toProblem(e);
        if (known != null) {
            return responses.of(known, instance(uri));
        }
        if (isDatabaseUnavailable(e)) {
            return unavailable(e, uri);
        }
        if (e instanceof DataException) {
            // A value the checks above the database let through but PostgreSQL cannot take: still bad input.
            LOG.warnf("Input refused by the database for %s (SQLState %s)", instance(uri), sqlState(e));
            return responses.of(ApiProblem.invalidField("body", "holds a value that cannot be stored"), instance(uri));
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response anythingElse(Throwable e, UriInfo uri) {
        ApiProblem known = DatabaseConstraints.toProblem(e);
        if (known != null) {
            return responses.of(known, instance(uri));
        }
        if (e.getCause() instanceof ApiProblem problem) {
            return responses.of(problem, instance(uri));
        }
        if (isDatabaseUnavailable(e)) {
            return unavailable(e, uri);
        }
        if (isClientGone(e)) {
            // It hung up while sending its body (a timeout, a crash): no one to answer, nothing to chase.
            LOG.debugf("Client closed the connection before its body was read: %s", instance(uri));
            return responses.build(400, ProblemTypes.BLANK, "Bad Request",
                    "The connection closed before the request body was complete.", null, null, instance(uri));
        }
        if (isBodyTooLarge(e)) {
            // A chunked body that grew past the limit while being read: the same 413 as a declared one.
            return responses.build(413, ProblemTypes.BLANK, "Request Entity Too Large", frameworkDetail(413), null,
                    Map.of("Connection", "close"), instance(uri));
        }
        return unexpected(e, uri);
    }

    /** The connection closed while the body was being read. */
    static boolean isClientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /** The body reader stopped at quarkus.http.limits.max-body-size (RESTEasy's "Request too large"). */
    static boolean isBodyTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && "Request too large".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private Response unavailable(Throwable e, UriInfo uri) {
        String state = sqlState(e);
        if (state != null && state.startsWith(TRANSACTION_ROLLBACK)) {
            LOG.warnf("Database rolled back %s to resolve a conflict (SQLState %s)", instance(uri), state);
            return responses.build(503, ProblemTypes.BLANK, "Service Unavailable",
                    "The database gave up this request to resolve a conflict with concurrent ones; nothing of it "
                            + "was stored. Retry it.", null, Map.of("Retry-After", "1"), instance(uri));
        }
        LOG.warnf("Database unavailable for %s (%s)", instance(uri), state != null ? "SQLState " + state : kinds(e));
        return responses.build(503, ProblemTypes.BLANK, "Service Unavailable",
                "The service cannot reach its database; retry shortly.", null,
                Map.of("Retry-After", RETRY_AFTER_SECONDS), instance(uri));
    }

    private Response unexpected(Throwable e, UriInfo uri) {
        String state = sqlState(e);
        if (state != null) {
            // A database error's message quotes the statement and its values: log the kind, never the contents.
            LOG.errorf("Unexpected database failure answering %s (%s, SQLState %s)", instance(uri), kinds(e), state);
        } else {
            LOG.errorf(e, "Unexpected failure answering %s", instance(uri));
        }
        return responses.build(500, ProblemTypes.BLANK, "Internal Server Error", "An unexpected error occurred.",
                null, null, instance(uri));
    }

    /**
     * Whether the database could not be reached or ended the session. Also looks at suppressed
     * exceptions: a failed commit arrives as a RollbackException whose cause is only attached as
     * suppressed to it.
     */
    private static final String POOL_EXHAUSTED = "Sorry, acquisition timeout!";

    static boolean isDatabaseUnavailable(Throwable e) {
        return isDatabaseUnavailable(e, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isDatabaseUnavailable(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
            return true;
        }
        // 08: connection exceptions; 57: operator intervention (shutdown, starting up, statement timeout);
        // 53: insufficient resources (too many connections); 40: transaction rollback (a deadlock or
        // serialization failure the database resolved by ending this transaction). All pass on a retry.
        if (t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57")
                        || sql.getSQLState().startsWith("53") || sql.getSQLState().startsWith(TRANSACTION_ROLLBACK))) {
            return true;
        }
        // Every pooled connection stayed busy for the whole acquisition timeout (Agroal says so only in
        // its message): the service is saturated or the database slow, and a retry shortly may pass.
        if (t instanceof SQLException sql && sql.getSQLState() == null && POOL_EXHAUSTED.equals(sql.getMessage())) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isDatabaseUnavailable(suppressed, seen)) {
                return true;
            }
        }
        return isDatabaseUnavailable(t.getCause(), seen);
    }

    /**
     * What failed, safe to log: the SQLState of a database error (whose message would quote the statement
     * and its values), else the exception classes.
     */
    public static String kindOf(Throwable e) {
        String state = sqlState(e);
        return state != null ? "SQLState " + state : kinds(e);
    }

    /** The SQLState of the first database error in the chain (causes and suppressed), or null. */
    static String sqlState(Throwable e) {
        return sqlState(e, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static String sqlState(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return null;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            return sql.getSQLState();
        }
        for (Throwable suppressed : t.getSuppressed()) {
            String state = sqlState(suppressed, seen);
            if (state != null) {
                return state;
            }
        }
        return sqlState(t.getCause(), seen);
    }

    /** The classes of the exception chain, e.g. "ConstraintViolationException < BatchUpdateException". */
    private static String kinds(Throwable e) {
        List<String> kinds = new ArrayList<>();
        for (Throwable t = e; t != null && kinds.size() < 8; t = t.getCause() == t ? null : t.getCause()) {
            kinds.add(t.getClass().getSimpleName());
        }
        return String.join(" < ", kinds);
    }

    private static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
