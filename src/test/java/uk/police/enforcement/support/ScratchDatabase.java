package uk.police.enforcement.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import uk.police.enforcement.figure.FigureSql;
/**
 * An empty database of its own, for tests that migrate a schema step by step (stored data written by an
 * earlier version, then the migrations that follow): on the server QUARKUS_DATASOURCE_JDBC_URL names when
 * set (created here, dropped on close), else on an embedded PostgreSQL started for it.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String url;
    private final String serverUrl;
    private final String name;
    private final EmbeddedPostgres embedded;

    private ScratchDatabase(String url, String serverUrl, String name, EmbeddedPostgres embedded) {
        this.url = url;
        this.serverUrl = serverUrl;
        this.name = name;
        this.embedded = embedded;
    }

    public static ScratchDatabase create() throws SQLException, IOException {
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external == null || external.isBlank()) {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            return new ScratchDatabase(embedded.getJdbcUrl("postgres", "postgres"), null, null, embedded);
        }
        String server = external.replaceFirst("/[^/?]+(\\?.*)?$", "/postgres");
        String name = "scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(server, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return new ScratchDatabase(server.replaceFirst("/postgres$", "/" + name), server, name, null);
    }

    /** A DataSource on this database, for code under test that takes one. */
    public javax.sql.DataSource dataSource() {
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user());
        String password = password();
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    /**
     * Applies the service's migrations up to {@code version}, as the release that ended there would have (its
     * numbered migrations only: the repeatable ones, which keep the current functions and figures, came
     * later); all of them when null.
     */
    public void migrateTo(String version) {
        var configuration = Flyway.configure().dataSource(url, user(), password()).locations("classpath:db/migration")
                .placeholders(FigureSql.placeholders());
        if (version != null) {
            configuration.target(MigrationVersion.fromVersion(version)).repeatableSqlMigrationPrefix("R-not-yet__");
        }
        configuration.load().migrate();
    }

    private static String user() {
        String user = System.getenv("QUARKUS_DATASOURCE_USERNAME");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    private static String password() {
        String password = System.getenv("QUARKUS_DATASOURCE_PASSWORD");
        return password == null ? "" : password;
    }

    @Override
    public void close() throws Exception {
        if (embedded != null) {
            embedded.close();
            return;
        }
        try (Connection connection = DriverManager.getConnection(serverUrl, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }
}
