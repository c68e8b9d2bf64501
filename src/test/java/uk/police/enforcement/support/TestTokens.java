package uk.police.enforcement.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
/** Bearer tokens signed with the test key pair that {@link PostgresTestResource} makes the service trust. */
public final class TestTokens {

    public static final String ISSUER = "https://idp.test.enforcement.invalid";

    private static final PrivateKey SIGNING_KEY = load("test-keys/privateKey.pem");
    private static final PrivateKey OTHER_KEY = load("test-keys/otherPrivateKey.pem");

    private TestTokens() {
    }

    public static String forRoles(String... roles) {
        return claims(roles).sign(SIGNING_KEY);
    }

    /** A partner agency's user: role partner and the agency's code in the agency claim. */
    public static String partner(String agencyCode) {
        return claims("partner").claim("agency", agencyCode).sign(SIGNING_KEY);
    }

    public static String expired(String... roles) {
        return claims(roles).issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign(SIGNING_KEY);
    }

    public static String wronglySigned(String... roles) {
        return claims(roles).sign(OTHER_KEY);
    }

    public static String wrongIssuer(String... roles) {
        return claims(roles).issuer("https://someone-else.invalid").sign(SIGNING_KEY);
    }

    private static JwtClaimsBuilder claims(String... roles) {
        String subject = "test-" + String.join("-", roles);
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(roles)).expiresIn(3600);
    }

    private static PrivateKey load(String resource) {
        try {
            String pem = Files.readString(Path.of(PostgresTestResource.resourcePath(resource)))
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read test key " + resource, e);
        }
    }
}
