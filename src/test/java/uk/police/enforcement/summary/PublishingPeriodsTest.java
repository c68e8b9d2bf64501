package uk.police.enforcement.summary;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.support.Api;
/**
 * The periods figures are published in: financial years (1 April to 31 March) and their quarters, and months as
 * data.police.uk writes them, all in the London calendar, across the 31 March / 1 April boundary, which in 1994
 * fell four days after the clocks went forward (27 March). Spring 1994 holds no other test's records.
 */
@QuarkusTest
class PublishingPeriodsTest {

    private static void warrantAt(String instant) {
        Map<String, Object> body = Actions.warrant("POSITIVE", 1, 0, 0);
        body.put("occurred_at", instant);
        Actions.create(body);
    }

    @Test
    void financialYearsAndQuartersMeetAtMidnightInLondon() {
        warrantAt("1994-03-26T23:30:00Z"); // 23:30 GMT on Saturday 26 March: 1993-94, Q4
        warrantAt("1994-03-27T23:30:00Z"); // 00:30 BST on Monday 28 March
        warrantAt("1994-03-31T22:30:00Z"); // 23:30 BST on Thursday 31 March: still 1993-94
        warrantAt("1994-03-31T23:30:00Z"); // 00:30 BST on Friday 1 April: 1994-95, Q1
        warrantAt("1994-06-30T22:59:59Z"); // 23:59:59 BST on 30 June: Q1
        warrantAt("1994-06-30T23:00:00Z"); // 00:00 BST on 1 July: Q2

        Api.as("reader").get("/api/v2/summaries?financial_year=1993-94").then().statusCode(200)
                .body("day_from", equalTo("1993-04-01")).body("day_to", equalTo("1994-03-31"))
                .body("figures.positive_warrants", equalTo(3));
        Api.as("reader").get("/api/v2/summaries?financial_year=1994-95").then().statusCode(200)
                .body("day_from", equalTo("1994-04-01")).body("day_to", equalTo("1995-03-31"))
                .body("figures.positive_warrants", equalTo(3));
        Api.as("reader").get("/api/v2/summaries?financial_quarter=1993-94-Q4").then().statusCode(200)
                .body("day_from", equalTo("1994-01-01")).body("day_to", equalTo("1994-03-31"))
                .body("figures.positive_warrants", equalTo(3));
        Api.as("reader").get("/api/v2/summaries?financial_quarter=1994-95-Q1").then().statusCode(200)
                .body("day_from", equalTo("1994-04-01")).body("day_to", equalTo("1994-06-30"))
                .body("figures.positive_warrants", equalTo(2));
        Api.as("reader").get("/api/v2/summaries?month=1994-03").then().statusCode(200)
                .body("day_from", equalTo("1994-03-01")).body("day_to", equalTo("1994-03-31"))
                .body("figures.positive_warrants", equalTo(3));

        Api.as("reader").get("/api/v2/summaries/time-series?interval=FINANCIAL_QUARTER&day_from=1994-02-15"
                + "&day_to=1994-09-30").then().statusCode(200)
                .body("buckets.day_from", contains("1994-02-15", "1994-04-01", "1994-07-01"))
                .body("buckets.day_to", contains("1994-03-31", "1994-06-30", "1994-09-30"))
                .body("buckets.figures.positive_warrants", contains(3, 2, 1));
        Api.as("reader").get("/api/v2/summaries/time-series?interval=FINANCIAL_YEAR&day_from=1993-04-01"
                + "&day_to=1995-03-31").then().statusCode(200)
                .body("buckets.day_from", contains("1993-04-01", "1994-04-01"))
                .body("buckets.figures.positive_warrants", contains(3, 3));
    }

    @Test
    void onePeriodWellWrittenOrA400NamingTheField() {
        Api.badRequestAs("reader").get("/api/v2/summaries?financial_year=1993-95").then().statusCode(400)
                .body("errors.field", contains("financial_year")).body("errors[0].message", containsString("1993-94"));
        Api.badRequestAs("reader").get("/api/v2/summaries?month=1994-03&day_from=1994-03-01&day_to=1994-03-31").then()
                .statusCode(400).body("errors.field", contains("month"));
        Api.badRequestAs("reader").get("/api/v2/summaries").then().statusCode(400)
                .body("errors.field", contains("day_from"));
        Api.badRequestAs("reader").get("/api/v2/summaries?day_from=1994-03-01").then().statusCode(400)
                .body("errors.field", contains("day_to"));
        Api.badRequestAs("reader").get("/api/v2/summaries?financial_quarter=1994-95-Q5").then().statusCode(400)
                .body("errors.field", contains("financial_quarter"));
    }
}
