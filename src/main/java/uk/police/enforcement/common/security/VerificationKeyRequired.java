package uk.police.enforcement.common.security;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
/**
 * Refuses to start without a way to verify tokens, so the API can never run open, and outside dev mode
 * without the audience tokens must carry, so that a token the identity provider issued for another
 * service is not accepted here. (In dev mode with no key configured, smallrye-jwt generates an in-memory
 * key pair and sets the inline key.)
 */
public class VerificationKeyRequired {

    /** What smallrye-jwt's build step writes for a key it deliberately leaves unset. */
    private static final String UNSET = "NONE";

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> publicKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKeyLocation,
            @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<List<String>> audiences) {
        if (!isSet(publicKey) && !isSet(publicKeyLocation)) {
            throw new IllegalStateException("No token verification key is configured. Set "
                    + "MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM file or the identity provider's JWKS URL) and "
                    + "MP_JWT_VERIFY_ISSUER; the service will not run with its API open.");
        }
        if (!isSet(publicKey) && !isReadable(publicKeyLocation.get())) {
            throw new IllegalStateException("MP_JWT_VERIFY_PUBLICKEY_LOCATION (mp.jwt.verify.publickey.location) names "
                    + publicKeyLocation.get() + ", which is no readable file or class-path resource: no token could "
                    + "be verified. Point it at the identity provider's public key (PEM) or JWKS URL.");
        }
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT && audiences.filter(list -> !list.isEmpty()).isEmpty()) {
            throw new IllegalStateException("No token audience is configured. Set MP_JWT_VERIFY_AUDIENCES to the "
                    + "audience the identity provider issues this service's tokens for (aud claim), so that tokens "
                    + "meant for other services are refused.");
        }
    }

    /**
     * Whether a key location can be read: a file or class-path resource (as smallrye-jwt resolves them). An
     * http(s) location is the identity provider's JWKS, fetched when a token arrives (and refreshed).
     */
    static boolean isReadable(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https:") || lower.startsWith("http:")) {
            return true;
        }
        try {
            if (lower.startsWith("file:")) {
                return Files.isReadable(Path.of(URI.create(location)));
            }
            String resource = lower.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            return (!lower.startsWith("classpath:") && Files.isReadable(Path.of(location)))
                    || Thread.currentThread().getContextClassLoader().getResource(resource.replaceFirst("^/", "")) != null;
        } catch (IllegalArgumentException e) { // InvalidPathException included
            return false;
        }
    }

    /** Whether a key property holds a real value. */
    public static boolean isSet(Optional<String> value) {
        return value.filter(v -> !v.isBlank() && !UNSET.equals(v)).isPresent();
    }
}
