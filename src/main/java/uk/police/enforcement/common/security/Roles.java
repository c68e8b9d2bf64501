package uk.police.enforcement.common.security;

/**
 * Roles from the token's {@code groups} claim. They nest: a recorder can do what a reader can, and a
 * supervisor what a recorder can; the auditor reads the audit log only.
 */
public final class Roles {
    public static final String READER = "reader";
    public static final String RECORDER = "recorder";
    public static final String SUPERVISOR = "supervisor";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
