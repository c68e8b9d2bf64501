package uk.police.enforcement.common.problem;

import java.util.List;
import java.util.Map;
/**
 * A failure the client can act on, thrown by services and turned into an RFC 9457 response by
 * the web layer's ProblemMappers. Build it through the factory methods so that every kind of problem has
 * one type URI and one title across the API.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldViolation> errors;
    private final Map<String, String> headers;

    public ApiProblem(int status, String type, String title, String detail, List<FieldViolation> errors,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** At most this many field errors are listed, so that a huge bad array cannot make a huge answer. */
    public static final int MAX_LISTED_ERRORS = 100;

    public static ApiProblem validation(List<FieldViolation> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
        if (errors.size() > MAX_LISTED_ERRORS) {
            detail += " The first " + MAX_LISTED_ERRORS + " are listed.";
        }
        return new ApiProblem(400, ProblemTypes.VALIDATION, "Invalid request", detail,
                errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS)), null);
    }

    public static ApiProblem invalidField(String field, String message) {
        return validation(List.of(new FieldViolation(field, message)));
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, ProblemTypes.BLANK, "Not Found", detail, null, null);
    }

    public static ApiProblem gone(String detail) {
        return new ApiProblem(410, ProblemTypes.BLANK, "Gone", detail, null, null);
    }

    public static ApiProblem conflict(String detail, List<FieldViolation> errors) {
        return new ApiProblem(409, ProblemTypes.CONFLICT, "Conflict", detail, errors, null);
    }

    /** A reference to another record that does not exist or cannot be used (RFC 9110 422). */
    public static ApiProblem unprocessable(String field, String message) {
        return unprocessable(List.of(new FieldViolation(field, message)));
    }

    /** Several unusable references at once (a batch), each named by its field. */
    public static ApiProblem unprocessable(List<FieldViolation> errors) {
        return new ApiProblem(422, ProblemTypes.UNPROCESSABLE, "Unprocessable reference",
                errors.size() == 1 ? errors.get(0).message() : errors.size() + " references cannot be used.",
                errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS)), null);
    }

    /** 503: the service cannot answer just now; the client retries after {@code retryAfterSeconds}. */
    public static ApiProblem unavailable(String detail, int retryAfterSeconds) {
        return new ApiProblem(503, ProblemTypes.BLANK, "Service Unavailable", detail, null,
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(412, ProblemTypes.PRECONDITION_FAILED, "Precondition Failed", detail, null, null);
    }

    public static ApiProblem preconditionRequired(String detail) {
        return new ApiProblem(428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition Required", detail, null, null);
    }

    /** The same problem with each field named inside an object of the request ({@code scope.} + field). */
    public ApiProblem withFieldPrefix(String prefix) {
        return new ApiProblem(status, type, title, getMessage(), errors.stream()
                .map(e -> new FieldViolation(prefix + e.field(), e.message(), e.dependsOn())).toList(), headers);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldViolation> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
