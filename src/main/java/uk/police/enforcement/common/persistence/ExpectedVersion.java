package uk.police.enforcement.common.persistence;

import java.util.Set;
/**
 * The versions of a record that a conditional change may apply to: those the client last read (the
 * web layer reads them from If-Match), or any version at all ({@code *}).
 */
public record ExpectedVersion(boolean any, Set<Long> versions) {

    public static final ExpectedVersion ANY = new ExpectedVersion(true, Set.of());

    public ExpectedVersion {
        versions = Set.copyOf(versions);
    }

    public static ExpectedVersion of(Set<Long> versions) {
        return new ExpectedVersion(false, versions);
    }

    public boolean matches(long currentVersion) {
        return any || versions.contains(currentVersion);
    }
}
