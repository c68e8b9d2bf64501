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

    /** Subjects and user names are stored in columns of this size. */
    private static final int MAX_NAME = 200;

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Who the caller is, as every record of it names it: the token's subject ({@code sub}). */
    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
        return bounded(subject != null ? subject : identity.getPrincipal().getName());
    }

    /** The caller's user name ({@code upn} or {@code preferred_username}), for people reading the records. */
    public String userName() {
        return identity.isAnonymous() ? null : bounded(identity.getPrincipal().getName());
    }

    /**
     * The calling client (the token's {@code azp}, else {@code client_id}), or null: with the subject it tells
     * one caller from another, as a user name cannot (two accounts may share one).
     */
    public String clientId() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            for (String name : new String[] { "azp", "client_id" }) {
                Object value = jwt.getClaim(name);
                if (value != null) {
                    return bounded(value.toString().replace("\"", ""));
                }
            }
        }
        return null;
    }

    private static String bounded(String value) {
        return value == null || value.length() <= MAX_NAME ? value : value.substring(0, MAX_NAME);
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
