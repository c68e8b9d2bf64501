package uk.police.enforcement.common.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
/**
 * Remembers bearer tokens already verified, so that a system calling all day with the same token pays
 * for the signature check and claim validation once, not on every request (it was a tenth of the
 * service's CPU on a GET). The key is the whole token, signature included, so only a byte-identical
 * token hits; an entry lives until the token expires and at most {@link #MAX_AGE_SECONDS}.
 * Everything except {@code parse(String)}, which authentication uses, goes to the standard parser.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    static final long MAX_AGE_SECONDS = 300;
    static final int MAX_ENTRIES = 4096;

    private final DefaultJWTParser verifier;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(JsonWebToken token, long validUntilEpochSecond) {
    }

    public VerifiedTokenCache(DefaultJWTParser verifier) {
        this.verifier = verifier;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        // The system clock, as the verifier's expiry check uses (not the application's Clock).
        long now = System.currentTimeMillis() / 1000;
        Verified hit = verified.get(token);
        if (hit != null && now < hit.validUntilEpochSecond()) {
            return hit.token();
        }
        JsonWebToken parsed = verifier.parse(token);
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(entry -> entry.validUntilEpochSecond() <= now);
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(parsed, Math.min(parsed.getExpirationTime(), now + MAX_AGE_SECONDS)));
        return parsed;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
