package uk.police.enforcement.publication;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import uk.police.enforcement.common.background.PeriodicTask;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.persistence.Timestamps;
/**
 * Announces drift on the change feed (and so to webhook subscribers): every
 * {@code enforcement.publications.drift-check-interval}, each published publication whose drift has grown since it
 * was last announced gets a {@code uk.police.enforcement.publication.drifted} entry. One instance checks at a time
 * (an advisory lock); a check that fails (database away) is simply tried again.
 */
@ApplicationScoped
public class DriftWatch {

    private static final Logger LOG = Logger.getLogger(DriftWatch.class);

    private final EnforcementConfig config;
    private final Check check;
    private PeriodicTask watching;

    // The check injected, not looked up when it runs: looked up, the build removed it as unused and the packaged
    // service's watch failed every round (its tests inject it, so they kept it).
    public DriftWatch(EnforcementConfig config, Check check) {
        this.config = config;
        this.check = check;
    }

    void start(@Observes StartupEvent event) {
        watching = PeriodicTask.startRetrying("publication-drift", config.publications().driftCheckInterval(),
                config.publications().driftCheckInterval(), LOG, "Could not check publications for drift",
                check::announceGrownDrift);
    }

    void stop(@Observes ShutdownEvent event) {
        if (watching != null) {
            watching.stop();
        }
    }

    /** One check, in one transaction. */
    @ApplicationScoped
    public static class Check {

        private final PublicationRepository publications;
        private final Drifts drifts;
        private final EntityManager em;
        private final Clock clock;

        public Check(PublicationRepository publications, Drifts drifts, EntityManager em, Clock clock) {
            this.publications = publications;
            this.drifts = drifts;
            this.em = em;
            this.clock = clock;
        }

        /** Announces each published publication whose drift grew; the number of announcements (-1: another instance checks). */
        @Transactional
        public int announceGrownDrift() {
            boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('publication-drift'))")
                    .getSingleResult();
            if (!mine) {
                return -1;
            }
            int announced = 0;
            List<PublicationEntity> published = publications.published();
            for (PublicationEntity publication : published) {
                long records = drifts.count(publication);
                Number seen = (Number) em.createNativeQuery(
                        "select coalesce((select records from publication_drift_seen where publication_id = :id), 0)")
                        .setParameter("id", publication.id).getSingleResult();
                if (records > seen.longValue()) {
                    em.createNativeQuery("insert into change_event (kind, change, record_id, version, security_marking)"
                            + " values ('publication', 'drifted', :id, :version, :marking)")
                            .setParameter("id", publication.id).setParameter("version", publication.version)
                            .setParameter("marking", publication.securityMarking).executeUpdate();
                    announced++;
                }
                if (records != seen.longValue()) {
                    em.createNativeQuery("insert into publication_drift_seen (publication_id, records, checked_at)"
                            + " values (:id, :records, :at) on conflict (publication_id)"
                            + " do update set records = excluded.records, checked_at = excluded.checked_at")
                            .setParameter("id", publication.id).setParameter("records", records)
                            .setParameter("at", Timestamps.utc(Timestamps.at(clock))).executeUpdate();
                }
            }
            return announced;
        }
    }
}
