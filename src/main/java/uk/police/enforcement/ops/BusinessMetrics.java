package uk.police.enforcement.ops;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import uk.police.enforcement.common.metrics.DatabaseGauges;
import uk.police.enforcement.figure.FigureCatalogue;
import uk.police.enforcement.referral.ReferralRepository;
/**
 * What a platform team watches on {@code /q/metrics} besides the framework's own meters, read from the
 * database when scraped: the feed's end and how far an open transaction holds it back, webhook subscriptions
 * FAILING, referrals breaching their target and devices waiting for examination. Counters of what the service
 * does (records written, webhook deliveries, consultations audited, rate-limited requests) are kept where it
 * happens. docker/grafana-dashboard.json plots them; docker/prometheus-alerts.yml alerts on them.
 */
@ApplicationScoped
public class BusinessMetrics {

    void register(@Observes StartupEvent event, DatabaseGauges gauges, ReferralRepository referrals, Clock clock) {
        gauges.register("enforcement.feed.end_sequence", "The change feed's last entry (grows with every change)",
                // The identity's last value: no scan of the feed (max(seq) cannot use its key).
                "select coalesce(pg_sequence_last_value(pg_get_serial_sequence('change_event', 'seq')), 0)");
        // The feed shows an entry once every transaction that began before it has ended: the oldest open one
        // is how far behind a follower of the feed can be held.
        // Only a transaction that has written (it holds an xid) holds the snapshot's xmin back, and in any
        // database of the server: read-only exports and autovacuum do not. Measured from the clock, not now() (this
        // query's own start): a transaction begun since then is not minus a millisecond old (a gauge read -8.5e-4).
        gauges.register("enforcement.feed.oldest_transaction_seconds",
                "Age of the oldest open writing transaction on the database server, which holds the feed back",
                "select greatest(coalesce(extract(epoch from clock_timestamp() - min(xact_start)), 0), 0)"
                        + " from pg_stat_activity"
                        + " where backend_xid is not null and pid <> pg_backend_pid()");
        gauges.register("enforcement.webhook.subscriptions_failing",
                "Webhook subscriptions whose deliveries have stopped (FAILING)",
                "select count(*) from webhook_delivery where status = 'FAILING'");
        // Counted by the breaching list's own rule, at the service's clock.
        gauges.register("enforcement.referrals.breaching", "Referrals past their grade's target with no action",
                () -> QuarkusTransaction.requiringNew().call(() -> referrals.countBreaching(clock.instant())));
        gauges.register("enforcement.devices.awaiting_examination", "Devices waiting for examination now",
                "select count(*) from device d where " + FigureCatalogue.DEVICE_QUEUE + " @> now()");
    }
}
