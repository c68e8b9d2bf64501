package uk.police.enforcement.dev;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
/** Says at start which database the service uses and, for the embedded one, where its data lives. */
public class DatabaseInfoLogger {

    private static final Logger LOG = Logger.getLogger(DatabaseInfoLogger.class);

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String configuredUrl) {
        // Never log credentials that may ride in the query string.
        String url = configuredUrl.contains("?") ? configuredUrl.substring(0, configuredUrl.indexOf('?')) : configuredUrl;
        String dataDir = System.getProperty(EmbeddedPostgresConfigSourceFactory.RUNNING_DATA_DIR);
        if (dataDir != null && configuredUrl.equals(System.getProperty(EmbeddedPostgresConfigSourceFactory.RUNNING_URL))) {
            LOG.infof("Using the embedded PostgreSQL at %s; its data lives in %s (set QUARKUS_DATASOURCE_JDBC_URL "
                    + "to use another server)", url, dataDir);
        } else {
            LOG.infof("Using the PostgreSQL at %s", url);
        }
    }
}
