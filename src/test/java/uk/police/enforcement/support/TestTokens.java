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

    /** The client id of the tests' tokens, and the purpose the service has registered for it. */
    public static final String TEST_CLIENT = "enforcement-tests";
    public static final String TEST_CLIENT_PURPOSE = "Automated tests of the service";

    public static final String ISSUER = "https://idp.test.enforcement.invalid";
    /** The audience the service under test is configured to require (mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "enforcement-service";

    private static final PrivateKey SIGNING_KEY = load("test-keys/privateKey.pem");
    private static final PrivateKey OTHER_KEY = load("test-keys/otherPrivateKey.pem");

    private TestTokens() {
    }

    public static String forRoles(String... roles) {
        return claims(roles).sign(SIGNING_KEY);
    }

    /** A token from a client with no purpose registered with the service (no azp claim). */
    public static String unregisteredClient(String... roles) {
        String subject = "test-unregistered-" + String.join("-", roles);
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(Set.of(roles))
                .expiresIn(3600).sign(SIGNING_KEY);
    }

    /** A token naming its subject ({@code sub}), user name ({@code upn}) and client ({@code azp}) as given. */
    public static String identified(String subject, String userName, String client, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(userName).groups(Set.of(roles))
                .claim("azp", client).expiresIn(3600).sign(SIGNING_KEY);
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

    /** A token the identity provider issued for another service. */
    public static String wrongAudience(String... roles) {
        return claims(roles).audience("some-other-service").sign(SIGNING_KEY);
    }

    public static String wrongIssuer(String... roles) {
        return claims(roles).issuer("https://someone-else.invalid").sign(SIGNING_KEY);
    }

    private static JwtClaimsBuilder claims(String... roles) {
        String subject = "test-" + String.join("-", roles);
        // The tests' client has a purpose registered (TEST_CLIENT_PURPOSE), which its reads are justified by.
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(Set.of(roles))
                .claim("azp", TEST_CLIENT).expiresIn(3600);
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
