package uk.police.enforcement.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.TestClock;
import uk.police.enforcement.support.WithTestClock;
/**
 * One record's history over the log's months (one table a month): every entry about the record, however many months
 * they span, in order and page by page, and only those from a bound asked for.
 */
@QuarkusTest
@TestProfile(WithTestClock.class)
class RecordHistoryTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    @Test
    void aRecordsHistoryListsEveryEntryOverTheMonthsSinceItWasCreated() {
        clock.set(Instant.parse("2027-01-31T23:59:30Z"));
        String id = Operations.createId(Operations.body());
        clock.set(Instant.parse("2027-03-01T00:00:10Z"));
        Api.as("reader").get("/api/v2/operations/" + id).then().statusCode(200);
        clock.set(Instant.parse("2027-06-15T12:00:00Z"));
        Api.as("reader").get("/api/v2/operations/" + id).then().statusCode(200);

        Response first = Api.as("auditor").get("/api/v2/audit-events?limit=2&resource_id=" + id);
        first.then().statusCode(200)
                .body("items.occurred_at", contains("2027-01-31T23:59:30Z", "2027-03-01T00:00:10Z"))
                .body("items.action", contains("COLLECTION", "CONSULTATION"));
        Api.as("auditor").get("/api/v2/audit-events?limit=2&resource_id=" + id + "&cursor="
                + first.path("next_cursor")).then().statusCode(200)
                .body("items.occurred_at", contains("2027-06-15T12:00:00Z"))
                .body("next_cursor", nullValue());

        Api.as("auditor").get("/api/v2/audit-events?resource_id=" + id + "&occurred_from=2020-01-01T00:00:00Z")
                .then().statusCode(200)
                .body("items.occurred_at", contains("2027-01-31T23:59:30Z", "2027-03-01T00:00:10Z",
                        "2027-06-15T12:00:00Z"));
        Api.as("auditor").get("/api/v2/audit-events?resource_id=" + id + "&occurred_from=2027-04-01T00:00:00Z")
                .then().statusCode(200)
                .body("items.occurred_at", contains("2027-06-15T12:00:00Z"));
    }
}
