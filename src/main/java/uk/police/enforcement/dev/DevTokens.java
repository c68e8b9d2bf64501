package uk.police.enforcement.dev;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.security.VerificationKeyRequired;
/**
 * In dev mode, with the dev key pair (see DevSigningKeysConfigSourceFactory), prints one bearer token per
 * role, the partner's for the sample agency {@value #SAMPLE_AGENCY}, as the last of the service's start-up
 * messages, and writes them to {@value #TOKENS_FILE} as shell variables for the README's commands. With any
 * other verification key configured, no token is ever minted.
 */
public class DevTokens {

    /** The agency code of the partner token: the regional unit of the README's week of action. */
    static final String SAMPLE_AGENCY = "NWROCU";
    static final String TOKENS_FILE = ".data/dev-tokens.env";
    /** The second supervisor's token, as the tokens file names it. */
    static final String SECOND_SUPERVISOR = "second_supervisor";

    private static final Logger LOG = Logger.getLogger(DevTokens.class);

    // Observed after the service's other start-up observers, so the tokens are not buried under them.
    void onStart(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event, EnforcementConfig config,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> publicKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKeyLocation,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signKeyLocation,
            @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port, Clock clock) {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT || VerificationKeyRequired.isSet(publicKey)
                || !DevSigningKeysConfigSourceFactory.usesDevKeys(publicKeyLocation.orElse(null),
                        signKeyLocation.orElse(null))) {
            return;
        }
        Instant expiry = clock.instant().plus(config.auth().devTokens().lifetime()).truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : new String[] { Roles.READER, Roles.RECORDER, Roles.SUPERVISOR }) {
            tokens.put(role, claims(issuer.orElseThrow(), role, "dev-" + role, expiry).sign());
        }
        // Four eyes: a disposal or a publication is approved by a supervisor other than the one who proposed it.
        tokens.put(SECOND_SUPERVISOR, claims(issuer.orElseThrow(), Roles.SUPERVISOR, "dev-supervisor-2", expiry).sign());
        tokens.put(Roles.AUDITOR, claims(issuer.orElseThrow(), Roles.AUDITOR, "dev-" + Roles.AUDITOR, expiry).sign());
        tokens.put(Roles.PARTNER, claims(issuer.orElseThrow(), Roles.PARTNER, "dev-" + Roles.PARTNER, expiry)
                .claim("agency", SAMPLE_AGENCY).sign());
        String api = "http://localhost:" + port + "/api/v2";

        StringBuilder message = new StringBuilder("Development tokens, valid until ").append(expiry)
                .append(" (ENFORCEMENT_AUTH_DEV_TOKENS_LIFETIME), signed with the key pair kept in .data/dev-keys/, so "
                        + "they survive restarts. Paste one into Swagger UI's Authorize button at http://localhost:")
                .append(port).append("/q/swagger-ui or send it as 'Authorization: Bearer <token>'; in a shell, '. ")
                .append(TOKENS_FILE).append("' sets them as $READER, $RECORDER, $SUPERVISOR, $SECOND_SUPERVISOR, $AUDITOR, ")
                .append("$PARTNER and $API:");
        tokens.forEach((role, token) -> message.append("\n  ").append(role)
                .append(role.equals(Roles.PARTNER) ? " (agency " + SAMPLE_AGENCY + ")" : "").append(": ").append(token));
        writeTokensFile(api, tokens);
        LOG.info(message);
    }

    private static JwtClaimsBuilder claims(String issuer, String role, String subject, Instant expiry) {
        return Jwt.issuer(issuer).subject(subject).upn(subject).groups(Set.of(role)).expiresAt(expiry);
    }

    /** Shell variables for the README's commands, readable by their owner only, replaced whole. */
    private static void writeTokensFile(String api, Map<String, String> tokens) {
        StringBuilder file = new StringBuilder("# Written by the service at each dev-mode start; '. ").append(TOKENS_FILE)
                .append("' in a shell.\nAPI=").append(api).append('\n');
        tokens.forEach((role, token) -> file.append(role.toUpperCase()).append('=').append(token).append('\n'));
        try {
            OwnerOnlyFiles.write(Path.of(TOKENS_FILE), file.toString());
        } catch (IOException e) {
            LOG.warnf("Could not write %s (%s); copy the tokens from this log instead", TOKENS_FILE, e.getMessage());
        }
    }
}
