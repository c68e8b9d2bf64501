package uk.police.enforcement.common.http;

import java.util.Arrays;

import uk.police.enforcement.common.problem.ApiProblem;

/**
 * Strong entity tags derived from a record's optimistic-locking version (RFC 9110 section 8.8.3),
 * and the If-Match / If-None-Match checks every resource uses.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Throws 428 when If-Match is absent and 412 when it does not name the current version.
     * {@code *} matches any existing record.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        requirePresent(ifMatch);
        if (!matches(ifMatch, currentVersion, false)) {
            throw ApiProblem.preconditionFailed(
                    "The record has changed since it was read (current ETag " + of(currentVersion) + ").");
        }
    }

    public static void requirePresent(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired("Send If-Match with the ETag from your last read of this record.");
        }
    }

    /** True when If-None-Match names the current version, so a GET can answer 304 (weak comparison). */
    public static boolean notModified(String ifNoneMatch, long currentVersion) {
        return ifNoneMatch != null && matches(ifNoneMatch, currentVersion, true);
    }

    private static boolean matches(String header, long version, boolean weakComparison) {
        String current = of(version);
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current)
                        || (weakComparison && tag.startsWith("W/") && tag.substring(2).equals(current)));
    }
}
