package uk.police.enforcement.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.figure.FigureCache.DatabaseSnapshot;
import uk.police.enforcement.referral.ReferralRequests;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.TestClock;
import uk.police.enforcement.support.WithTestClock;
/**
 * A period's figures are answered again from the figure cache only while they cannot have changed: a record
 * written (in the period or anywhere), or a referral's target passing unmet, makes the next request count again;
 * until then the same question is answered without counting.
 */
@QuarkusTest
@TestProfile(WithTestClock.class)
class FigureCacheTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    TestClock clock;

    @Inject
    MeterRegistry meters;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    @Test
    void aPeriodsFiguresAreCountedAgainWhenARecordChangesOrATargetPasses() {
        LocalDate day = LocalDate.ofInstant(Actions.privateMinute(), LONDON);
        Instant received = day.atTime(10, 0).atZone(LONDON).toInstant();
        Instant due = received.plus(Duration.ofDays(7)); // HIGH: P7D from receipt
        clock.set(received.plus(Duration.ofDays(1)));
        String referral = ReferralRequests.create(ReferralRequests.body(received));
        ReferralRequests.assess(referral, "HIGH", received.plus(Duration.ofMinutes(30)));
        String url = "/api/v2/summaries?day_from=" + day + "&day_to=" + day;

        JsonPath first = counted(url);
        assertEquals(0, high(first).getInt("breached"));
        assertEquals(0, first.getInt("figures.arrests"));
        assertEquals(first.getMap("figures"), answered(url).getMap("figures"), "the same figures, not counted");

        clock.set(due); // exactly at the target is within it
        assertEquals(0, high(answered(url)).getInt("breached"));
        clock.set(due.plusMillis(1)); // past it, unmet: breached, with no record changed
        assertEquals(1, high(counted(url)).getInt("breached"));
        answered(url);

        Map<String, Object> arrest = Actions.arrest(1);
        arrest.put("occurred_at", received.plus(Duration.ofHours(2)).toString());
        Actions.create(arrest);
        assertEquals(1, counted(url).getInt("figures.arrests"), "an action recorded in the period counts at once");
        answered(url);

        Map<String, Object> elsewhere = Actions.arrest(1);
        elsewhere.put("occurred_at", received.minus(Duration.ofDays(400)).toString());
        Actions.create(elsewhere);
        assertEquals(1, counted(url).getInt("figures.arrests"), "any record written: counted again, the same");
    }

    @Test
    void aSnapshotIsAnsweredOnlyWithFiguresOfTransactionsItSees() {
        DatabaseSnapshot earlier = DatabaseSnapshot.parse("100:110:103,105");
        assertTrue(earlier.sees(99) && earlier.sees(104) && !earlier.sees(103) && !earlier.sees(110));
        assertEquals("100:110:103,105", earlier.text());
        assertTrue(DatabaseSnapshot.parse("100:110:103,105").seesAllOf(earlier), "the same snapshot");
        assertTrue(DatabaseSnapshot.parse("103:120:103,112").seesAllOf(earlier), "later: 105 committed since");
        assertTrue(DatabaseSnapshot.parse("120:120:").seesAllOf(earlier), "later, nothing in progress");
        assertFalse(DatabaseSnapshot.parse("100:108:103,105").seesAllOf(earlier), "taken before 108 and 109 began");
        assertFalse(DatabaseSnapshot.parse("100:110:103,104,105").seesAllOf(earlier), "104, committed then, in progress");
    }

    /** The figures, counted from the records for this request. */
    private JsonPath counted(String url) {
        return read(url, "counted");
    }

    /** The figures, answered from the cache without counting. */
    private JsonPath answered(String url) {
        return read(url, "hit");
    }

    private JsonPath read(String url, String expected) {
        double hits = cache("hit");
        double counts = cache("counted");
        JsonPath summary = Api.as("reader").get(url).then().statusCode(200).extract().jsonPath();
        assertEquals(expected.equals("hit") ? 1 : 0, cache("hit") - hits, 0.0, "answered from the cache");
        assertEquals(expected.equals("counted") ? 1 : 0, cache("counted") - counts, 0.0, "counted");
        return summary;
    }

    private double cache(String result) {
        return meters.get("enforcement.figures.cache").tag("result", result).counter().count();
    }

    private static JsonPath high(JsonPath summary) {
        return new JsonPath(summary.prettify()).setRoot("figures.referrals_by_grade.find { it.grade == 'HIGH' }");
    }
}
