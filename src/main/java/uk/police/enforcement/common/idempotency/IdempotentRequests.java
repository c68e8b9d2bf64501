package uk.police.enforcement.common.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.persistence.ReadSnapshot;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.problem.ProblemTypes;
import uk.police.enforcement.common.security.Caller;
/**
 * Makes creates and other POSTs safe to retry (Idempotency-Key, IETF draft-ietf-httpapi-idempotency-key-header).
 * The key is claimed, the work done and the answer stored in one transaction, in PostgreSQL, so every
 * instance of the service honours it: a retry after the first has committed replays its answer byte for
 * byte; a retry while the first is still in flight gets a 409 problem with Retry-After (it holds no
 * connection waiting); the same key with another request is a 422. Keys are scoped by caller and
 * endpoint, and live for {@code enforcement.idempotency.retention}.
 */
@ApplicationScoped
public class IdempotentRequests {

    /** The header on an answer replayed from a stored one. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final EntityManager em;
    private final ObjectMapper objectMapper;
    private final Caller caller;
    private final EnforcementConfig.Idempotency config;
    private final ReadSnapshot snapshot;

    public IdempotentRequests(EntityManager em, ObjectMapper objectMapper, Caller caller, EnforcementConfig config,
            ReadSnapshot snapshot) {
        this.em = em;
        this.snapshot = snapshot;
        this.objectMapper = objectMapper;
        this.caller = caller;
        this.config = config.idempotency();
    }

    /**
     * Runs {@code work} once per key and answers what it answered; a retry with the same key and request
     * replays that answer, the same key with another request is a 422, and one that arrives while the
     * first is still in flight a 409.
     */
    @Transactional
    public Response once(String key, String endpoint, Object request, Supplier<IdempotentAnswer> work) {
        return claimThenRun(key, endpoint, request, work);
    }

    /**
     * The same, with the whole request one snapshot of the database ({@link ReadSnapshot#beginWithWrites}): for
     * work that counts figures in several statements, so that they agree with each other.
     */
    @Transactional
    public Response onceInSnapshot(String key, String endpoint, Object request, Supplier<IdempotentAnswer> work) {
        snapshot.beginWithWrites();
        return claimThenRun(key, endpoint, request, work);
    }

    private Response claimThenRun(String key, String endpoint, Object request, Supplier<IdempotentAnswer> work) {
        if (key == null) {
            return answer(work.get());
        }
        String scope = endpoint + " " + callerKey();
        String requestHash = sha256(json(request));
        // Held until this transaction ends: a request with the same key meanwhile finds it taken.
        boolean first = (Boolean) em.createNativeQuery(
                "select pg_try_advisory_xact_lock(hashtext(:scope), hashtext(:key))")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getSingleResult();
        if (!first) {
            throw new ApiProblem(409, ProblemTypes.IDEMPOTENCY_KEY_IN_FLIGHT, "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry once it has finished "
                            + "to get its answer.",
                    List.of(new FieldViolation("Idempotency-Key", "a request with this key is in progress")),
                    Map.of("Retry-After", "1"));
        }
        int claimed = em.createNativeQuery("""
                insert into idempotency_key (scope, idempotency_key, request_hash, created_at)
                values (:scope, :key, :hash, now())
                on conflict (scope, idempotency_key) do update
                   set request_hash = excluded.request_hash, response_status = null, response_location = null,
                       response_etag = null, response_body = null, created_at = excluded.created_at
                 where idempotency_key.created_at < now() - make_interval(secs => :retention)
                """)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("retention", (double) config.retention().toSeconds())
                .executeUpdate();
        if (claimed == 0) {
            return replay(scope, key, requestHash);
        }
        IdempotentAnswer result = work.get();
        String body = json(result.body());
        em.createNativeQuery("""
                update idempotency_key
                   set response_status = :status, response_location = :location, response_etag = :etag,
                       response_body = :body
                 where scope = :scope and idempotency_key = :key
                """)
                .setParameter("status", result.status())
                .setParameter("location", location(result))
                .setParameter("etag", result.etag())
                .setParameter("body", body)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
        return response(result.status(), location(result), result.etag(), body);
    }

    private Response replay(String scope, String key, String requestHash) {
        Object[] stored = (Object[]) em.createNativeQuery("""
                select request_hash, response_status, response_location, response_etag, response_body
                  from idempotency_key where scope = :scope and idempotency_key = :key
                """)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getSingleResult();
        if (!requestHash.equals(stored[0])) {
            throw new ApiProblem(422, ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Idempotency key reused",
                    "This Idempotency-Key was used with a different request body.",
                    List.of(new FieldViolation("Idempotency-Key", "already used with a different body")), null);
        }
        // Said in the answer (as several public APIs do), so that a client and the audit log can tell a replay
        // from the first answer: the retry created nothing.
        return Response.fromResponse(response(((Number) stored[1]).intValue(), (String) stored[2], (String) stored[3],
                (String) stored[4])).header(REPLAYED_HEADER, "true").build();
    }

    private Response answer(IdempotentAnswer result) {
        return response(result.status(), location(result), result.etag(), json(result.body()));
    }

    /**
     * Erases the stored answers that quote a record (its id appears in them), in the caller's transaction: a
     * record disposed of must not survive in the answer a retry would get.
     */
    public void forgetAnswersQuoting(UUID recordId) {
        em.createNativeQuery("update idempotency_key set response_body = null where response_body like :quoted")
                .setParameter("quoted", "%" + recordId + "%")
                .executeUpdate();
    }

    /**
     * Who owns a key: the token's subject and client, as the four-eyes rule and the audit log tell callers
     * apart. Never the user name: two accounts may share one, and must not share each other's answers (a
     * stored answer can hold a webhook's signing secret). Hashed, so that any subject fits the scope column.
     */
    private String callerKey() {
        String subject = caller.subject();
        String client = caller.clientId();
        return sha256(subject.length() + ":" + subject + "|" + (client == null ? "" : client));
    }

    /** A batch create and a change have no Location. */
    private static String location(IdempotentAnswer result) {
        return result.location() == null ? null : result.location().toString();
    }

    private static Response response(int status, String location, String etag, String body) {
        return Response.status(status)
                .header(HttpHeaders.LOCATION, location)
                .header(HttpHeaders.ETAG, etag)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API model could not be serialised", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
