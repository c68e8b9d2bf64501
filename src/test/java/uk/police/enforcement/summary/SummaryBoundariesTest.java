package uk.police.enforcement.summary;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/** Days and weeks are Europe/London's, in winter (GMT) and in summer (BST). */
@QuarkusTest
class SummaryBoundariesTest {

    private static String arrestAt(String operation, String occurredAt) {
        Map<String, Object> body = Actions.arrest(1);
        body.put("operation_id", operation);
        body.put("occurred_at", occurredAt);
        return Actions.create(body);
    }

    private static void arrestsOn(String operation, String from, String to, int expected) {
        Api.as("reader").get("/api/v2/summaries?day_from=" + from + "&day_to=" + to + "&operation_id=" + operation).then()
                .statusCode(200).body("figures.persons_arrested", equalTo(expected));
    }

    @Test
    void aSummerEveningAt2330UtcBelongsToTheNextDay() {
        String operation = Operations.createId(Operations.body());
        arrestAt(operation, "2026-07-01T23:30:00Z"); // 00:30 BST on 2 July
        arrestAt(operation, "2026-07-01T22:59:59Z"); // 23:59:59 BST on 1 July
        arrestsOn(operation, "2026-07-01", "2026-07-01", 1);
        arrestsOn(operation, "2026-07-02", "2026-07-02", 1);
        arrestsOn(operation, "2026-07-01", "2026-07-02", 2);
    }

    @Test
    void aWinterEveningAt2330UtcStaysOnItsDay() {
        String operation = Operations.createId(Operations.body());
        arrestAt(operation, "2026-01-15T23:30:00Z");
        arrestAt(operation, "2026-01-16T00:00:00Z");
        arrestsOn(operation, "2026-01-15", "2026-01-15", 1);
        arrestsOn(operation, "2026-01-16", "2026-01-16", 1);
    }

    @Test
    void weeksRunMondayToSundayInLondonAndEmptyBucketsAreListed() {
        String operation = Operations.createId(Operations.body());
        arrestAt(operation, "2026-07-05T22:30:00Z"); // Sunday 23:30 BST: week of 29 June
        arrestAt(operation, "2026-07-05T23:30:00Z"); // Monday 00:30 BST: week of 6 July
        arrestAt(operation, "2026-01-04T23:30:00Z"); // Sunday 23:30 GMT: week of 29 December 2025
        Api.as("reader").get("/api/v2/summaries/time-series?interval=WEEK&day_from=2026-06-29&day_to=2026-07-19"
                + "&operation_id=" + operation).then().statusCode(200)
                .body("buckets.day_from", contains("2026-06-29", "2026-07-06", "2026-07-13"))
                .body("buckets.day_to", contains("2026-07-05", "2026-07-12", "2026-07-19"))
                .body("buckets.figures.persons_arrested", contains(1, 1, 0));
        Api.as("reader").get("/api/v2/summaries/time-series?interval=WEEK&day_from=2026-01-01&day_to=2026-01-05"
                + "&operation_id=" + operation).then().statusCode(200)
                .body("buckets.day_from", contains("2026-01-01", "2026-01-05"))
                .body("buckets.day_to", contains("2026-01-04", "2026-01-05"))
                .body("buckets.figures.persons_arrested", contains(1, 0));
        Api.as("reader").get("/api/v2/summaries/time-series?interval=MONTH&day_from=2026-01-15&day_to=2026-07-31"
                + "&operation_id=" + operation).then().statusCode(200)
                .body("buckets", hasSize(7)).body("buckets[0].day_from", equalTo("2026-01-15"))
                .body("buckets[0].day_to", equalTo("2026-01-31")).body("buckets[6].day_from", equalTo("2026-07-01"))
                .body("buckets.figures.persons_arrested", contains(0, 0, 0, 0, 0, 0, 2)); // 4 January is before the range
    }

    @Test
    void badRangesAndParametersAre400() {
        Api.badRequestAs("reader").get("/api/v2/summaries?day_from=2026-03-08&day_to=2026-03-02").then().statusCode(400)
                .body("errors.field", contains("day_to"));
        Api.badRequestAs("reader").get("/api/v2/summaries?day_from=2010-01-01&day_to=2020-01-02").then().statusCode(400)
                .body("errors.field", contains("day_to"));
        Api.as("reader").get("/api/v2/summaries?day_from=2010-01-01&day_to=2020-01-01").then().statusCode(200);
        Api.badRequestAs("reader").get("/api/v2/summaries?day_to=2026-03-02").then().statusCode(400)
                .body("errors.field", contains("day_from"));
        Api.badRequestAs("reader").get("/api/v2/summaries?day_from=2026-03-01&day_to=2026-03-02&area=EAST").then()
                .statusCode(400).body("errors.field", contains("area"));
        Api.badRequestAs("reader").get("/api/v2/summaries/time-series?day_from=2026-03-01&day_to=2026-03-02&interval=day")
                .then().statusCode(400).body("errors.field", contains("interval"));
        Api.badRequestAs("reader").get("/api/v2/summaries/breakdown?day_from=2026-03-01&day_to=2026-03-02&by=officer")
                .then().statusCode(400).body("errors.field", contains("by"));
        Api.badRequestAs("auditor").get("/api/v2/summaries?day_from=2026-03-01&day_to=2026-03-02").then().statusCode(403);
    }

    @Test
    void everyKeyIsPresentAndZeroWhenNothingMatches() {
        String operation = Operations.createId(Operations.body());
        Api.as("reader").get("/api/v2/operations/" + operation + "/summary").then().statusCode(200)
                .body("figures.warrants_executed", equalTo(0)).body("figures.notices_issued", equalTo(0))
                .body("figures.notices_by_type.find { it.notice_type == 'OTHER' }.count", equalTo(0)).body("figures.notices_by_agency", hasSize(0))
                .body("headline", equalTo("No enforcement activity has been recorded."));
    }
}
