package uk.police.enforcement.common.problem;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.enforcement.api.model.FieldError;
import uk.police.enforcement.api.model.Problem;
/**
 * Writes RFC 9457 bodies. The body is serialised here rather than by content negotiation so that a
 * problem reaches the client whatever its {@code Accept} header asked for (a 406 must still explain
 * itself).
 */
@ApplicationScoped
public class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper objectMapper;

    public ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public Response of(ApiProblem problem, String instance) {
        return build(problem.status(), problem.type(), problem.title(), problem.detail(), problem.errors(),
                problem.headers(), instance);
    }

    public Response build(int status, String type, String title, String detail, List<FieldViolation> errors,
            Map<String, String> headers, String instance) {
        Response.ResponseBuilder builder = Response.status(status).type(PROBLEM_JSON)
                .entity(json(status, type, title, detail, errors, instance));
        if (headers != null) {
            headers.forEach(builder::header);
        }
        return builder.build();
    }

    /** The problem document itself, for answers written below JAX-RS (e.g. by a Vert.x route). */
    public String json(int status, String type, String title, String detail, List<FieldViolation> errors,
            String instance) {
        Problem body = new Problem()
                .type(type)
                .title(title)
                .status(status)
                .detail(detail)
                .instance(instance);
        // The generated model starts with an empty list; a problem without field errors omits the key.
        body.setErrors(errors == null || errors.isEmpty() ? null
                : errors.stream().map(e -> new FieldError().field(e.field()).message(e.message())).toList());
        try {
            return objectMapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            // Cannot happen for this plain model; keep the client's answer well-formed all the same.
            return "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500}";
        }
    }
}
