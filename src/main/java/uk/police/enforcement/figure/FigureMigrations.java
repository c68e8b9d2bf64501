package uk.police.enforcement.figure;

import jakarta.inject.Singleton;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
/**
 * Gives Flyway the catalogue's rules as placeholders ({@link FigureSql#placeholders}), so that the repeatable
 * migrations that keep the figures in the database (R__calendar.sql, R__action_figures.sql) are written from
 * the catalogue and run again when it changes.
 */
@Singleton
public class FigureMigrations implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.placeholders(FigureSql.placeholders());
    }
}
