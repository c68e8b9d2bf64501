package uk.police.enforcement.common.problem;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
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

    /** The contract bounds a message (FieldError.message) to this many characters. */
    static final int MAX_MESSAGE = 1024;

    /**
     * "must be one of A, B, C", as long as the contract lets a message be: a longer list (the change feed's
     * event types) names as many as fit and says how many more the contract lists.
     */
    public static String oneOf(Collection<?> allowed) {
        String all = "must be one of " + allowed.stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (all.length() <= MAX_MESSAGE) {
            return all;
        }
        StringBuilder shown = new StringBuilder("must be one of ");
        int named = 0;
        for (Object value : allowed) {
            String more = " and " + (allowed.size() - named) + " more that the contract lists";
            if (shown.length() + value.toString().length() + 2 + more.length() > MAX_MESSAGE) {
                return shown + more;
            }
            shown.append(named == 0 ? "" : ", ").append(value);
            named++;
        }
        return shown.toString();
    }
}
