package uk.police.enforcement.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import uk.police.enforcement.common.config.EnforcementConfig;
/**
 * Zero-setup runs: when no datasource URL is configured (and {@code enforcement.embedded-db.enabled}
 * is not false), starts a real PostgreSQL from the zonky binaries, durable (fsync on) in
 * {@code enforcement.embedded-db.data-dir}, and hands its URL to the datasource. A configured
 * {@code QUARKUS_DATASOURCE_JDBC_URL} always wins and nothing is started.
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
        String dataDir = value(context, EnforcementConfig.EmbeddedDb.DATA_DIR);
        String url = start(Path.of(dataDir == null ? EnforcementConfig.EmbeddedDb.DEFAULT_DATA_DIR : dataDir)
                .toAbsolutePath());
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres"), "enforcement-embedded-postgres", 275));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(200);
    }

    private static synchronized String start(Path dataDir) {
        String running = System.getProperty(RUNNING_URL);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // zonky turns durability off for throw-away test servers; this one keeps real data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; PostgreSQL recovers from its WAL on the next start
                }
            }, "embedded-postgres-stop"));
            createDatabaseIfMissing(postgres);
            String url = postgres.getJdbcUrl("postgres", DATABASE);
            System.setProperty(RUNNING_URL, url);
            System.setProperty(RUNNING_DATA_DIR, dataDir.toString());
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    statement.execute("create database " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database in the embedded PostgreSQL", e);
        }
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }
}
