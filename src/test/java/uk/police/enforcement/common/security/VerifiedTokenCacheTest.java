package uk.police.enforcement.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
/** The cache in front of token verification never accepts what the verifier would not. */
class VerifiedTokenCacheTest {

    /** A verifier that accepts tokens named "good-*" with the given expiry, and counts its calls. */
    private static final class CountingVerifier extends DefaultJWTParser {
        final List<String> verified = new ArrayList<>();
        long expiresAt = System.currentTimeMillis() / 1000 + 3600;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            if (!token.startsWith("good-")) {
                throw new ParseException("bad signature");
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject(token);
            claims.setExpirationTimeMinutesInTheFuture(0);
            claims.setClaim("exp", expiresAt);
            return new DefaultJWTCallerPrincipal(token, claims);
        }
    }

    @Test
    void aTokenAlreadyVerifiedIsNotVerifiedAgain() throws Exception {
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier);
        JsonWebToken first = cache.parse("good-1");
        assertSame(first, cache.parse("good-1"));
        assertEquals(List.of("good-1"), verifier.verified);
    }

    @Test
    void onlyTheIdenticalTokenHitsAndABadOneIsNeverRemembered() throws Exception {
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier);
        cache.parse("good-1");
        assertThrows(ParseException.class, () -> cache.parse("forged-1"));
        assertThrows(ParseException.class, () -> cache.parse("forged-1"));
        assertEquals(List.of("good-1", "forged-1", "forged-1"), verifier.verified);
    }

    @Test
    void anExpiredTokenGoesBackToTheVerifier() throws Exception {
        CountingVerifier verifier = new CountingVerifier();
        verifier.expiresAt = System.currentTimeMillis() / 1000 - 1;
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier);
        cache.parse("good-expired");
        cache.parse("good-expired");
        assertEquals(2, verifier.verified.size());
    }
}
