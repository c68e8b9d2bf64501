package uk.police.enforcement.support;

import io.quarkus.test.common.QuarkusTestResource;
/**
 * Registers {@link PostgresTestResource} for every @QuarkusTest and @QuarkusIntegrationTest in the
 * module (restrictToAnnotatedClass is false), so all tests share one database server per run.
 */
@QuarkusTestResource(PostgresTestResource.class)
public final class UsePostgres {
    private UsePostgres() {
    }
}
