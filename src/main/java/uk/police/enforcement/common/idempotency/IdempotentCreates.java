package uk.police.enforcement.common.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.problem.ProblemTypes;
/**
 * Makes creates safe to retry (Idempotency-Key). The key is claimed, the record created and the
 * response stored in one transaction, in PostgreSQL, so every instance of the service honours it and
 * concurrent retries wait for the first to commit, then replay its response byte for byte.
 * Keys are scoped by caller and endpoint, and live for {@code enforcement.idempotency.retention}.
 */
@ApplicationScoped
public class IdempotentCreates {

    private final EntityManager em;
    private final ObjectMapper objectMapper;
    private final SecurityIdentity identity;
    private final EnforcementConfig.Idempotency config;

    public IdempotentCreates(EntityManager em, ObjectMapper objectMapper, SecurityIdentity identity,
            EnforcementConfig config) {
        this.em = em;
        this.objectMapper = objectMapper;
        this.identity = identity;
        this.config = config.idempotency();
    }

    /**
     * Runs {@code create} once per key and answers 201; a retry with the same key and request
     * replays the first answer, the same key with another request is a 422.
     */
    @Transactional
    public Response create(String key, String endpoint, Object request, Supplier<CreatedResponse> create) {
        if (key == null) {
            return created(create.get());
        }
        String scope = identity.getPrincipal().getName() + " " + endpoint;
        String requestHash = sha256(json(request));
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
        CreatedResponse result = create.get();
        String body = json(result.body());
        em.createNativeQuery("""
                update idempotency_key
                   set response_status = 201, response_location = :location, response_etag = :etag,
                       response_body = :body
                 where scope = :scope and idempotency_key = :key
                """)
                .setParameter("location", location(result))
                .setParameter("etag", result.etag())
                .setParameter("body", body)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
        return response(201, location(result), result.etag(), body);
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
        return response(((Number) stored[1]).intValue(), (String) stored[2], (String) stored[3], (String) stored[4]);
    }

    private Response created(CreatedResponse result) {
        return response(201, location(result), result.etag(), json(result.body()));
    }

    /** A batch create has no single Location. */
    private static String location(CreatedResponse result) {
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
