package uk.police.enforcement.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.TestClock;
import uk.police.enforcement.support.WithTestClock;
/**
 * A record made in error may be deleted for seven days after it was created, by the service's one clock: the
 * same clock stamps the record and judges the delete, so the rule is tested at its edge.
 */
@QuarkusTest
@TestProfile(WithTestClock.class)
class DeleteGracePeriodTest {

    private static final Instant CREATED = Instant.parse("2026-10-20T09:00:00Z");
    private static final Duration GRACE = Duration.ofDays(7);

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private static int delete(String id) {
        return Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"0\"")
                .delete("/api/v2/enforcement-actions/" + id).then().extract().statusCode();
    }

    @Test
    void aRecordIsDeletedWithinSevenDaysOfItsCreationAndNotAfter() {
        clock.set(CREATED);
        String early = Actions.create(Actions.arrest(1));
        String late = Actions.create(Actions.arrest(1));
        clock.set(CREATED.plus(GRACE));
        assertEquals(204, delete(early), "on the last moment of the grace period");
        clock.set(CREATED.plus(GRACE).plusSeconds(1));
        assertEquals(409, delete(late), "a second after it: only disposal now");
    }
}
