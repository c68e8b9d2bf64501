package uk.police.enforcement.common.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
/**
 * Who is calling, beyond roles: a partner-agency user (role {@code partner} and no force role) sees
 * only its own agency's records, named by the token's {@code agency} claim.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's agency code when the caller is a partner-agency user, else empty. */
    public Optional<String> partnerAgency() {
        if (!identity.hasRole(Roles.PARTNER) || identity.hasRole(Roles.READER) || identity.hasRole(Roles.RECORDER)
                || identity.hasRole(Roles.SUPERVISOR)) {
            return Optional.empty();
        }
        Object claim = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("agency") : null;
        String code = claim == null ? null : claim.toString().replace("\"", "");
        if (code == null || code.isBlank()) {
            throw new ForbiddenException("A partner token must name its agency in the agency claim.");
        }
        return Optional.of(code);
    }
}
