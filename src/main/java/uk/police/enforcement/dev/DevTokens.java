package uk.police.enforcement.dev;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.security.VerificationKeyRequired;
/**
 * In dev mode with no key configured, Quarkus generates an in-memory key pair (smallrye-jwt's dev key
 * pair); this logs one ready-to-paste bearer token per role signed with it, so the API can be tried
 * without an identity provider. When a verification key is configured, no token is ever minted.
 */
public class DevTokens {

    private static final Logger LOG = Logger.getLogger(DevTokens.class);
    private static final List<String> ROLES = List.of(Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.AUDITOR);

    void onStart(@Observes StartupEvent event, EnforcementConfig config,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> publicKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKeyLocation,
            @ConfigProperty(name = "smallrye.jwt.sign.key") Optional<String> devSigningKey,
            @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer) {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT || !VerificationKeyRequired.isSet(publicKey)
                || VerificationKeyRequired.isSet(publicKeyLocation) || !VerificationKeyRequired.isSet(devSigningKey)) {
            return;
        }
        var lifetime = config.auth().devTokens().lifetime();
        StringBuilder message = new StringBuilder("Development tokens (in-memory key, valid for ")
                .append(lifetime).append("). Paste one into Swagger UI's Authorize button at /q/swagger-ui, "
                        + "or send it as 'Authorization: Bearer <token>':");
        for (String role : ROLES) {
            String token = Jwt.issuer(issuer.orElseThrow())
                    .subject("dev-" + role)
                    .upn("dev-" + role)
                    .groups(Set.of(role))
                    .expiresIn(lifetime)
                    .sign();
            message.append("\n  ").append(role).append(": ").append(token);
        }
        LOG.info(message);
    }
}
