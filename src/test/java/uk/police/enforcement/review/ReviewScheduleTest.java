package uk.police.enforcement.review;

import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.TestClock;
import uk.police.enforcement.support.WithTestClock;
/**
 * The review date of each retention group, counted from the London day a record is recorded (the service's
 * clock set just after midnight in BST, when the UTC date is still the day before).
 */
@QuarkusTest
@TestProfile(WithTestClock.class)
class ReviewScheduleTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private static void scheduled(String path, String group, String due) {
        Api.as("reader").get(path).then().statusCode(200).body("retention_group", equalTo(group))
                .body("review_due_on", equalTo(due));
    }

    @Test
    void eachGroupIsDueItsPeriodAfterTheLondonDayItWasRecorded() {
        clock.set(Instant.parse("2026-06-30T23:30:00Z")); // 00:30 on 1 July in London
        String indecentImages = Actions.create(Actions.arrest(1));
        Map<String, Object> misuse = Actions.arrest(1);
        misuse.put("offence_category", "COMPUTER_MISUSE");
        String computerMisuse = Actions.create(misuse);
        scheduled("/api/v2/enforcement-actions/" + indecentImages, "GROUP_1", "2036-07-01");
        scheduled("/api/v2/enforcement-actions/" + computerMisuse, "GROUP_3", "2032-07-01");
        scheduled("/api/v2/operations/" + Operations.createId(Operations.body()), "CORPORATE", "2032-07-01");
        String notice = Notices.createNotice(Notices.notice(Notices.createAgency()));
        scheduled("/api/v2/partner-notices/" + notice, "GROUP_3", "2032-07-01");

        // A notice's group follows its type (configured): a corrected type moves it, due from the correction.
        clock.set(Instant.parse("2026-09-01T12:00:00Z"));
        String noticePath = "/api/v2/partner-notices/" + notice;
        Api.as("recorder").contentType("application/merge-patch+json")
                .header("If-Match", Api.as("reader").get(noticePath).header("ETag"))
                .body(Map.of("notice_type", "CHILD_ABDUCTION_WARNING_NOTICE", "legislation", "CA_1989_S49")).patch(noticePath)
                .then().statusCode(200);
        scheduled(noticePath, "GROUP_1", "2036-09-01");

        // A corrected offence category moves the action to its group, due that group's period from the correction.
        clock.set(Instant.parse("2027-01-15T12:00:00Z"));
        String path = "/api/v2/enforcement-actions/" + indecentImages;
        String etag = Api.as("reader").get(path).header("ETag");
        Api.as("recorder").contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("offence_category", "COMPUTER_MISUSE")).patch(path).then().statusCode(200);
        scheduled(path, "GROUP_3", "2033-01-15");
        // A correction that leaves the group as it was leaves the date too.
        etag = Api.as("reader").get(path).header("ETag");
        Api.as("recorder").contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("offence_category", "OTHER")).patch(path).then().statusCode(200);
        scheduled(path, "GROUP_3", "2033-01-15");
    }
}
