package uk.police.enforcement.common.web;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import uk.police.enforcement.common.persistence.ExpectedVersion;
import uk.police.enforcement.common.problem.ApiProblem;
/**
 * Strong entity tags derived from a record's optimistic-locking version (RFC 9110 section 8.8.3),
 * and the If-Match / If-None-Match readings every resource uses.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The versions If-Match allows a change to apply to (strong comparison; {@code *} allows any);
     * 428 when the header is absent. A tag this service did not issue matches no version (then 412).
     */
    public static ExpectedVersion expected(String ifMatch) {
        requirePresent(ifMatch);
        Set<Long> versions = new HashSet<>();
        for (String tag : tags(ifMatch)) {
            if (tag.equals("*")) {
                return ExpectedVersion.ANY;
            }
            Long version = versionOf(tag);
            if (version != null) {
                versions.add(version);
            }
        }
        return ExpectedVersion.of(versions);
    }

    public static void requirePresent(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired("Send If-Match with the ETag from your last read of this record.");
        }
    }

    /** True when If-None-Match names the current version, so a GET can answer 304 (weak comparison). */
    public static boolean notModified(String ifNoneMatch, long currentVersion) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : tags(ifNoneMatch)) {
            String strong = tag.startsWith("W/") ? tag.substring(2) : tag;
            if (tag.equals("*") || Long.valueOf(currentVersion).equals(versionOf(strong))) {
                return true;
            }
        }
        return false;
    }

    private static Iterable<String> tags(String header) {
        return Arrays.stream(header.split(",")).map(String::trim)::iterator;
    }

    /** The version in a strong tag exactly as this service issues them ({@code "42"}), else null. */
    private static Long versionOf(String tag) {
        if (tag.length() < 3 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
            return null;
        }
        try {
            long version = Long.parseLong(tag.substring(1, tag.length() - 1));
            return of(version).equals(tag) ? version : null; // not "007", "+7" or "-0"
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
