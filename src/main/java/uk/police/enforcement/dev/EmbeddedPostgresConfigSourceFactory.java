package uk.police.enforcement.dev;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

import uk.police.enforcement.common.config.EnforcementConfig;
/**
 * Zero-setup runs in dev mode: when no datasource URL is configured (and {@code enforcement.embedded-db.enabled}
 * is not false), starts a real PostgreSQL from the zonky binaries ({@link EmbeddedPostgresServer}), durable
 * (fsync on) in {@code enforcement.embedded-db.data-dir}, and hands its URL to the datasource. A configured
 * {@code QUARKUS_DATASOURCE_JDBC_URL} always wins and nothing is started. The packaged service has no zonky
 * binaries (a provided dependency): without a URL it refuses to start, saying what to set.
 *
 * It acts only at runtime start (never during the build); the server's URL is kept in a system
 * property so that dev-mode live reloads reuse the running server instead of starting another.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    // Not under enforcement.*: EnforcementConfig refuses properties there that it does not declare.
    static final String RUNNING_URL = "embedded-postgres.running-url";
    static final String RUNNING_DATA_DIR = "embedded-postgres.running-data-dir";
    static final String DATABASE = "enforcement";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT
                || value(context, "quarkus.datasource.jdbc.url") != null
                || "false".equalsIgnoreCase(value(context, EnforcementConfig.EmbeddedDb.ENABLED))) {
            return List.of();
        }
        if (!EmbeddedPostgresServer.available()) {
            // The packaged service: the embedded PostgreSQL is a dev-mode and test dependency only.
            throw new IllegalStateException("No database is configured. Set QUARKUS_DATASOURCE_JDBC_URL (and"
                    + " QUARKUS_DATASOURCE_USERNAME / QUARKUS_DATASOURCE_PASSWORD) to the PostgreSQL this service"
                    + " keeps its records in: the packaged service brings no database of its own (README"
                    + " \"Running in production\").");
        }
        String dataDir = value(context, EnforcementConfig.EmbeddedDb.DATA_DIR);
        String url = EmbeddedPostgresServer.start(
                Path.of(dataDir == null ? EnforcementConfig.EmbeddedDb.DEFAULT_DATA_DIR : dataDir).toAbsolutePath());
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres"), "enforcement-embedded-postgres", 275));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(200);
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }
}
