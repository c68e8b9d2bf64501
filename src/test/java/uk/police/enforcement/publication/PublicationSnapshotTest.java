package uk.police.enforcement.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.referral.ReferralRequests;
import uk.police.enforcement.support.Api;
/**
 * A publication's figures come from one snapshot. Every referral of the day is received and assessed that day, so
 * the referrals assessed equal those received with a grade, in every publication proposed while the assessments
 * are made. Counted statement by statement (the referral events, then the grades), an assessment committed between
 * the two showed in the grades and not in the referrals assessed.
 */
@QuarkusTest
class PublicationSnapshotTest {

    private static final int WRITERS = 3;
    private static final int ASSESSMENTS = 60;

    @Test
    void figuresProposedWhileReferralsAreAssessedAgreeWithEachOther() throws Exception {
        ZoneId london = ZoneId.of("Europe/London");
        LocalDate day = LocalDate.ofInstant(Actions.privateMinute(), london);
        Instant received = day.atTime(10, 0).atZone(london).toInstant();
        for (int i = 0; i < 5; i++) { // five before: no count is suppressed (under five shows as "<5")
            assessHigh(ReferralRequests.create(ReferralRequests.body(received)), received);
        }
        List<List<String>> waiting = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < ASSESSMENTS; i++) {
                ids.add(ReferralRequests.create(ReferralRequests.body(received)));
            }
            waiting.add(ids);
        }
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writing = new ArrayList<>();
            for (List<String> ids : waiting) {
                writing.add(writers.submit(() -> ids.forEach(id -> assessHigh(id, received))));
            }
            List<String> disagreements = new ArrayList<>();
            int proposals = 0;
            while (!writing.stream().allMatch(Future::isDone)) {
                JsonPath publication = Api.as("supervisor").header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of("title", "Referrals on " + day, "scope", Map.of("day_from", day.toString(),
                                "day_to", day.toString())))
                        .post("/api/v2/publications").then().statusCode(201).extract().jsonPath();
                long assessed = value(publication, "referrals_assessed", null);
                long graded = value(publication, "referrals_by_grade", "HIGH/received");
                if (assessed != graded) {
                    disagreements.add(assessed + " assessed, " + graded + " received with a grade");
                }
                proposals++;
            }
            for (Future<?> w : writing) {
                w.get(1, TimeUnit.MINUTES); // a writer's own failure, if any
            }
            assertTrue(proposals > 0, "no publication was proposed while referrals were assessed");
            assertEquals(List.of(), disagreements, "of " + proposals + " publications proposed during the assessments");
        } finally {
            writers.shutdownNow();
        }
    }

    private static void assessHigh(String referral, Instant received) {
        ReferralRequests.assess(referral, "HIGH", received.plus(Duration.ofMinutes(30)));
    }

    private static long value(JsonPath publication, String figure, String group) {
        return publication.getLong("figures.find { it.figure == '" + figure + "' && it.group == "
                + (group == null ? "null" : "'" + group + "'") + " }.value");
    }
}
