package uk.police.enforcement.notice;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import uk.police.enforcement.support.Api;
import uk.police.enforcement.support.TestClock;
import uk.police.enforcement.support.WithTestClock;
/** "Overdue" means a follow-up due before today in Europe/London, checked around midnight in GMT and BST. */
@QuarkusTest
@TestProfile(WithTestClock.class)
class OverdueNoticesTest {

    @Inject
    TestClock clock;

    @Test
    void todayIsTheLondonDay() {
        assertEquals(LocalDate.parse("2026-07-02"), PartnerNoticeService.today(Instant.parse("2026-07-01T23:30:00Z")));
        assertEquals(LocalDate.parse("2026-07-01"), PartnerNoticeService.today(Instant.parse("2026-07-01T22:59:59Z")));
        assertEquals(LocalDate.parse("2026-01-15"), PartnerNoticeService.today(Instant.parse("2026-01-15T23:59:59Z")));
        assertEquals(LocalDate.parse("2026-01-16"), PartnerNoticeService.today(Instant.parse("2026-01-16T00:00:00Z")));
        // the clocks go forward at 01:00 GMT on 29 March 2026: 23:00 UTC that evening is already the 30th
        assertEquals(LocalDate.parse("2026-03-28"), PartnerNoticeService.today(Instant.parse("2026-03-28T23:59:59Z")));
        assertEquals(LocalDate.parse("2026-03-30"), PartnerNoticeService.today(Instant.parse("2026-03-29T23:00:00Z")));
        assertEquals(LocalDate.parse("2026-10-25"), PartnerNoticeService.today(Instant.parse("2026-10-24T23:00:00Z")));
    }

    private String noticeDue(String agency, String followUpDue) {
        Map<String, Object> body = Notices.notice(agency);
        body.put("follow_up_due", followUpDue);
        return Notices.createNotice(body);
    }

    /** Records made at one instant of the test clock tie on created_at, so the order within a page is by id. */
    private void overdueAt(String instant, String agency, String... expected) {
        clock.set(Instant.parse(instant));
        Api.as("reader").get("/api/v2/partner-notices?overdue=true&partner_agency_id=" + agency).then()
                .statusCode(200).body("items.id", expected.length == 0 ? empty() : containsInAnyOrder((Object[]) expected));
    }

    @Test
    void summerMidnightInBst() {
        clock.set(Instant.parse("2026-06-01T12:00:00Z"));
        String agency = Notices.createAgency();
        String dueJuly1 = noticeDue(agency, "2026-07-01");
        String dueJuly2 = noticeDue(agency, "2026-07-02");
        overdueAt("2026-07-01T22:59:59Z", agency); // 23:59:59 BST on 1 July: nothing is due before today
        overdueAt("2026-07-01T23:00:00Z", agency, dueJuly1); // 00:00 BST on 2 July
        overdueAt("2026-07-02T23:00:00Z", agency, dueJuly1, dueJuly2);
        Api.as("reader").get("/api/v2/partner-notices?overdue=false&partner_agency_id=" + agency).then()
                .body("items.id", empty());
    }

    @Test
    void winterMidnightInGmtAndFinalNoticesAreNeverOverdue() {
        clock.set(Instant.parse("2026-01-01T12:00:00Z"));
        String agency = Notices.createAgency();
        String dueJan15 = noticeDue(agency, "2026-01-15");
        String withdrawn = noticeDue(agency, "2026-01-10");
        Notices.transition(withdrawn, "WITHDRAWN").then().statusCode(200);
        String noFollowUp = Notices.createNotice(Notices.notice(agency));
        overdueAt("2026-01-15T23:59:59Z", agency);
        overdueAt("2026-01-16T00:00:00Z", agency, dueJan15);
        Api.as("reader").get("/api/v2/partner-notices?overdue=false&partner_agency_id=" + agency).then()
                .body("items.id", containsInAnyOrder(withdrawn, noFollowUp));
    }
}
