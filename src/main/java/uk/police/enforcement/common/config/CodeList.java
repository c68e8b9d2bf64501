package uk.police.enforcement.common.config;

import java.util.List;
import java.util.Optional;

import uk.police.enforcement.common.problem.FieldViolation;
/**
 * A configured list of codes (policing areas, notice types) that a field must take one of, so that a
 * force changes the list without a release. The error lists the allowed codes.
 */
public record CodeList(List<String> codes) {

    public CodeList {
        codes = List.copyOf(codes);
    }

    /** The violation of {@code field} when {@code code} is given and not in the list. */
    public Optional<FieldViolation> check(String field, String code) {
        return code == null || codes.contains(code) ? Optional.empty()
                : Optional.of(new FieldViolation(field, FieldViolation.oneOf(codes)));
    }
}
