package uk.police.enforcement.common.security;
/**
 * Roles from the token's {@code groups} claim. They nest: a recorder can do what a reader can, and a
 * supervisor what a recorder can; the auditor reads the audit log only; a partner sees its agency's
 * notices only.
 */
public final class Roles {
    public static final String READER = "reader";
    public static final String RECORDER = "recorder";
    public static final String SUPERVISOR = "supervisor";
    public static final String AUDITOR = "auditor";
    /** A partner agency's user: its own agency's notices and notice figures only (see Caller). */
    public static final String PARTNER = "partner";
    /**
     * Granted beside a reading role, never implied by one: may export more than a reader's bounded period and
     * row count (see BulkDisclosure), each export still naming its recipient.
     */
    public static final String BULK_DISCLOSER = "bulk-discloser";

    private Roles() {
    }
}
