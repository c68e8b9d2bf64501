package uk.police.enforcement.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
/**
 * Development tokens that survive a restart: dev mode verifies tokens with a key pair kept in
 * {@code .data/dev-keys/} (git-ignored, beside the embedded database's data) instead of the in-memory pair
 * smallrye-jwt would generate at every start. application.properties points both key locations there under
 * {@code %dev}, which also stops smallrye-jwt generating its own; this writes the pair on the first start.
 * A key location set by the user (e.g. MP_JWT_VERIFY_PUBLICKEY_LOCATION) wins, and then nothing is written.
 */
public class DevSigningKeysConfigSourceFactory implements ConfigSourceFactory {

    /** The locations application.properties gives under %dev (relative to the working directory). */
    static final String PUBLIC_KEY = ".data/dev-keys/public.pem";
    static final String PRIVATE_KEY = ".data/dev-keys/private.pem";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() == ExecutionMode.RUNTIME_INIT && usesDevKeys(
                value(context, "mp.jwt.verify.publickey.location"), value(context, "smallrye.jwt.sign.key.location"))) {
            ensureKeyPair(Path.of(PRIVATE_KEY), Path.of(PUBLIC_KEY));
        }
        return List.of();
    }

    /** Whether both locations are the dev key pair's, so tokens signed with it are the ones verified. */
    static boolean usesDevKeys(String verifyLocation, String signLocation) {
        return PUBLIC_KEY.equals(verifyLocation) && PRIVATE_KEY.equals(signLocation);
    }

    private static synchronized void ensureKeyPair(Path privateKey, Path publicKey) {
        if (Files.isRegularFile(privateKey) && Files.isRegularFile(publicKey)) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            write(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded());
            write(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the development key pair in " + privateKey.getParent(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK offers no RSA key generator", e);
        }
    }

    private static void write(Path target, String type, byte[] der) throws IOException {
        OwnerOnlyFiles.write(target, "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + type + "-----\n");
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}
