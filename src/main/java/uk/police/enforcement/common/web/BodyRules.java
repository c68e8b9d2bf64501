package uk.police.enforcement.common.web;

import java.util.List;
import java.util.Optional;

import uk.police.enforcement.common.problem.FieldViolation;
/**
 * The rules of one request body type beyond what its schema says (per-type fields, configured codes,
 * ranges), provided by the feature that owns the type. {@link RequestBodies} checks them together with
 * the schema's types and constraints, so one request gets one answer naming every problem.
 */
public interface BodyRules<T> {

    Class<T> bodyType();

    /**
     * Every rule the body breaks, by snake_case field. A field that had a value of the wrong type arrives
     * empty (and its error is reported already), so the rules must not assume any field is present.
     */
    List<FieldViolation> check(T body);

    /** What to do instead of sending {@code field}, when the type has no such field for a reason worth saying. */
    default Optional<String> instead(String field) {
        return Optional.empty();
    }
}
