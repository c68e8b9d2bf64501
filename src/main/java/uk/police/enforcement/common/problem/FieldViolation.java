package uk.police.enforcement.common.problem;

import java.util.List;
/**
 * One invalid field, query parameter or header, named as the client sent it. {@code dependsOn}: other fields
 * the rule read to find it; when one of those could not be read at all, the client is told of that field's
 * problem only, not of this one that follows from it.
 */
public record FieldViolation(String field, String message, List<String> dependsOn) {

    public FieldViolation(String field, String message) {
        this(field, message, List.of());
    }

    public FieldViolation {
        dependsOn = List.copyOf(dependsOn);
    }
}
