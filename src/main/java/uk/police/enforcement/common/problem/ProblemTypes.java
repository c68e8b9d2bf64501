package uk.police.enforcement.common.problem;
/**
 * The problem type URIs of this API (RFC 9457 section 3.1.1). They are relative references, resolved
 * against the service's own address; {@code about:blank} is used where the HTTP status says it all.
 */
public final class ProblemTypes {
    public static final String BLANK = "about:blank";
    public static final String VALIDATION = "/problems/validation";
    public static final String CONFLICT = "/problems/conflict";
    public static final String UNPROCESSABLE = "/problems/unprocessable-reference";
    public static final String PRECONDITION_FAILED = "/problems/precondition-failed";
    public static final String PRECONDITION_REQUIRED = "/problems/precondition-required";
    public static final String IDEMPOTENCY_KEY_REUSED = "/problems/idempotency-key-reused";
    public static final String IDEMPOTENCY_KEY_IN_FLIGHT = "/problems/idempotency-key-in-flight";
    public static final String BULK_DISCLOSURE = "/problems/bulk-disclosure";

    private ProblemTypes() {
    }
}
