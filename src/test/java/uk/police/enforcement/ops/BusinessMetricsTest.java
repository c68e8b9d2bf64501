package uk.police.enforcement.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/**
 * What a platform team's dashboard and alerts read on /q/metrics: records written by type once committed, the
 * consultations audited and their group commits, and the gauges read from the database, each a number.
 */
@QuarkusTest
class BusinessMetricsTest {

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the sample {@code name} with exactly these labels (as Prometheus prints them), 0 if absent. */
    private static double sample(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " ([0-9.eE+-]+|NaN)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void aCommittedCreateCountsAsARecordWrittenOfItsType() {
        String written = "enforcement_records_written_total{method=\"POST\",type=\"operations\"}";
        double before = sample(metrics(), written);
        Api.as("recorder").body(Operations.body()).post("/api/v2/operations").then().statusCode(201);
        Api.as("recorder").body(Operations.body()).post("/api/v2/operations").then().statusCode(201);
        assertEquals(before + 2, sample(metrics(), written), 0.0);
        // A refused create wrote nothing, and counts nothing.
        Api.badRequestAs("recorder").body("{}").post("/api/v2/operations").then().statusCode(400);
        assertEquals(before + 2, sample(metrics(), written), 0.0);
    }

    @Test
    void readsAreCountedAsConsultationsWithTheirGroupCommits() {
        String text = metrics();
        double entries = sample(text, "enforcement_audit_consultation_entries_total");
        double commits = sample(text, "enforcement_audit_consultation_batch_size_count");
        Api.as("reader").header("Justification", "test").get("/api/v2/operations").then().statusCode(200);
        text = metrics();
        assertEquals(entries + 1, sample(text, "enforcement_audit_consultation_entries_total"), 0.0);
        assertTrue(sample(text, "enforcement_audit_consultation_batch_size_count") >= commits + 1);
    }

    @Test
    void theDatabaseGaugesAreNumbers() {
        // Read in the background every 10 s, the first time a second after start.
        long deadline = System.nanoTime() + 20_000_000_000L;
        String text = metrics();
        while (Double.isNaN(sample(text, "enforcement_devices_awaiting_examination")) && System.nanoTime() < deadline) {
            uk.police.enforcement.support.IsolatedDeployment.sleep(200);
            text = metrics();
        }
        for (String gauge : new String[] { "enforcement_feed_end_sequence", "enforcement_feed_oldest_transaction_seconds",
                "enforcement_webhook_subscriptions_failing", "enforcement_referrals_breaching",
                "enforcement_devices_awaiting_examination" }) {
            assertTrue(text.contains("\n" + gauge + " "), gauge + " is missing from /q/metrics");
            double value = sample(text, gauge);
            assertFalse(Double.isNaN(value), gauge + " could not be read");
            assertTrue(value >= 0, gauge + " = " + value);
        }
        for (String counter : new String[] { "enforcement_webhook_deliveries_total{outcome=\"delivered\"}",
                "enforcement_http_rate_limited_total", "enforcement_audit_consultation_failures_total" }) {
            assertTrue(text.contains(counter), counter + " is missing from /q/metrics");
        }
    }

    @Test
    void everyMetricTheDashboardAndTheAlertsReadIsExported() throws Exception {
        // A request first, so that the HTTP server's meters exist.
        Api.as("reader").header("Justification", "test").get("/api/v2/operations").then().statusCode(200);
        String text = metrics();
        Set<String> named = new TreeSet<>();
        for (Path file : new Path[] { Path.of("docker/grafana-dashboard.json"), Path.of("docker/prometheus-alerts.yml") }) {
            Matcher m = Pattern.compile("enforcement_[a-z_]+|http_server_requests_seconds_[a-z]+")
                    .matcher(Files.readString(file));
            while (m.find()) {
                named.add(m.group());
            }
        }
        assertTrue(named.size() >= 12, "found only " + named);
        for (String metric : named) {
            assertTrue(Pattern.compile("(?m)^" + metric + "[{ ]").matcher(text).find(),
                    metric + " is read by the dashboard or the alerts but not exported on /q/metrics");
        }
    }

    /**
     * The alert rules load and their unit tests pass in promtool (Debian's prometheus package; .ci/run unpacks it
     * and names it in PROMTOOL). Without promtool, the rules are still read as YAML with each rule's required keys.
     */
    @Test
    void theAlertRulesLoadAndTheirUnitTestsPass() throws Exception {
        String promtool = System.getenv("PROMTOOL");
        if (promtool != null && !promtool.isBlank()) {
            for (String[] command : new String[][] { { promtool, "check", "rules", "prometheus-alerts.yml" },
                    { promtool, "test", "rules", "prometheus-alerts.test.yml" } }) {
                Process run = new ProcessBuilder(command).directory(Path.of("docker").toFile()).redirectErrorStream(true)
                        .start();
                String output = new String(run.getInputStream().readAllBytes());
                assertTrue(run.waitFor(60, TimeUnit.SECONDS), "promtool did not finish");
                assertEquals(0, run.exitValue(), String.join(" ", command) + ":\n" + output);
            }
            return;
        }
        assertTrue(System.getenv("CI") == null, "CI runs promtool: set PROMTOOL (.ci/run unpacks it from Debian's package)");
        com.fasterxml.jackson.databind.JsonNode rules = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(Path.of("docker/prometheus-alerts.yml").toFile());
        int count = 0;
        for (com.fasterxml.jackson.databind.JsonNode group : rules.path("groups")) {
            for (com.fasterxml.jackson.databind.JsonNode rule : group.path("rules")) {
                assertTrue(rule.hasNonNull("alert") && rule.hasNonNull("expr") && rule.path("labels").has("severity")
                        && rule.path("annotations").has("summary"), "incomplete rule: " + rule);
                count++;
            }
        }
        assertTrue(count >= 5, count + " rules");
    }
}
