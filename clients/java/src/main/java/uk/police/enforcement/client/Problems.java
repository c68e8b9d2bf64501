package uk.police.enforcement.client;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

import uk.police.enforcement.client.model.Problem;

/**
 * The service answers every error with an RFC 9457 problem (status, title, detail and, for bad input,
 * each invalid field in {@code errors}). The generated API methods throw {@link ApiException} for any
 * non-2xx answer; this reads the problem it carries as the contract's {@link Problem} model.
 */
public final class Problems {

    private Problems() {
    }

    /** The problem in the exception's body, or empty when the body is not a problem (no answer at all). */
    public static Optional<Problem> of(ApiException e) {
        if (e.getResponseBody() == null || e.getResponseBody().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.getDefault().getMapper().readValue(e.getResponseBody(), Problem.class));
        } catch (JsonProcessingException notAProblem) {
            return Optional.empty();
        }
    }
}
