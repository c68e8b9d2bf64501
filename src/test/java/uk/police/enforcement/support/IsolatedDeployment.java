package uk.police.enforcement.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
/**
 * A PostgreSQL of its own and instances of the packaged service on it, for tests that stop, share or
 * signal them without disturbing any other test.
 */
public final class IsolatedDeployment implements AutoCloseable {

    private final RestartablePostgres postgres;
    private final List<PackagedService> instances = new ArrayList<>();

    private IsolatedDeployment(RestartablePostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the database and the named instances at the same time, as an orchestrator would. */
    public static IsolatedDeployment start(String... instanceNames) {
        return start(Map.of(), instanceNames);
    }

    /** The same, each instance with these settings (environment variables) besides the usual ones. */
    public static IsolatedDeployment start(Map<String, String> settings, String... instanceNames) {
        IsolatedDeployment deployment = new IsolatedDeployment(RestartablePostgres.start());
        List<CompletableFuture<PackagedService>> starting = new ArrayList<>();
        for (String name : instanceNames) {
            starting.add(CompletableFuture.supplyAsync(
                    () -> PackagedService.start(name, deployment.postgres.jdbcUrl(), new HashMap<>(settings))));
        }
        try {
            starting.forEach(instance -> deployment.instances.add(instance.join()));
        } catch (RuntimeException e) {
            deployment.close();
            throw e;
        }
        return deployment;
    }

    public RestartablePostgres postgres() {
        return postgres;
    }

    public PackagedService instance(int index) {
        return instances.get(index);
    }

    @Override
    public void close() {
        instances.forEach(PackagedService::close);
        postgres.close();
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
