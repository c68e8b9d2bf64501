package uk.police.enforcement.action;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.support.Api;
/**
 * A search warrant's life-cycle (PACE 1984 ss.15-16): issued on a day by a court, its entry authorised for
 * three months from issue (s.16(3)), returned to the court once executed or expired (s.16(10)); and the
 * Sexual Offences Act 2003 s.96B warrant.
 */
@QuarkusTest
class WarrantLifecycleTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private static Map<String, Object> warrant(String result, LocalDate executedOn, LocalDate issuedOn) {
        Map<String, Object> body = Actions.warrant(result, 0, 0, 0);
        body.put("occurred_at", executedOn + "T07:00:00Z");
        body.put("warrant_issued_on", issuedOn.toString());
        body.put("issuing_court", "Manchester and Salford Magistrates' Court");
        return body;
    }

    private static void rejected(Map<String, Object> body, String... fields) {
        Api.badRequestAs("recorder").body(body).post("/api/v2/enforcement-actions").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder(fields));
    }

    @Test
    void aWarrantStatesItsExpiryAndIsRefusedWhenExecutedAfterIt() {
        Map<String, Object> body = warrant("POSITIVE", LocalDate.of(2026, 2, 28), LocalDate.of(2025, 11, 30));
        String id = Actions.create(body);
        Api.as("reader").get("/api/v2/enforcement-actions/" + id).then().statusCode(200)
                .body("warrant_issued_on", equalTo("2025-11-30"))
                .body("warrant_expires_on", equalTo("2026-02-28")) // three calendar months; February has no 30th
                .body("issuing_court", equalTo("Manchester and Salford Magistrates' Court"));

        // Issued 28 November, executed 1 March: a day after entry stopped being authorised.
        Map<String, Object> late = warrant("NEGATIVE", LocalDate.of(2026, 3, 1), LocalDate.of(2025, 11, 28));
        rejected(late, "occurred_at");
        Api.badRequestAs("recorder").body(late).post("/api/v2/enforcement-actions").then()
                .body("errors[0].message", startsWith("is after the warrant expired on 2026-02-28"));
        // Not executed, a warrant's day can be after its expiry: it is then to be returned.
        Actions.create(warrant("NOT_EXECUTED", LocalDate.of(2026, 3, 1), LocalDate.of(2025, 11, 28)));
    }

    @Test
    void issueAndReturnDaysAreCheckedAgainstTheExecution() {
        LocalDate executed = LocalDate.of(2026, 3, 3);
        rejected(warrant("POSITIVE", executed, executed.plusDays(1)), "warrant_issued_on");
        Map<String, Object> returnedEarly = warrant("POSITIVE", executed, executed.minusDays(5));
        returnedEarly.put("warrant_returned_on", executed.minusDays(1).toString());
        rejected(returnedEarly, "warrant_returned_on");
        Map<String, Object> returnedLater = warrant("POSITIVE", executed, executed.minusDays(5));
        returnedLater.put("warrant_returned_on", TODAY.plusDays(1).toString());
        rejected(returnedLater, "warrant_returned_on");
        Map<String, Object> arrest = Actions.arrest(1);
        arrest.put("warrant_issued_on", "2026-03-01");
        arrest.put("issuing_court", "Any court");
        rejected(arrest, "warrant_issued_on", "issuing_court");
    }

    @Test
    void warrantsPastExpiryAndNotReturnedAreListedAsOverdue() {
        // Issued four months ago and never executed or returned: overdue. Returned: not. Still in time: not.
        LocalDate fourMonthsAgo = TODAY.minusMonths(4);
        String overdue = Actions.create(warrant("NOT_EXECUTED", fourMonthsAgo.plusDays(1), fourMonthsAgo));
        Map<String, Object> executedNotReturned = warrant("POSITIVE", fourMonthsAgo.plusDays(2), fourMonthsAgo);
        String executedOverdue = Actions.create(executedNotReturned);
        Map<String, Object> returned = warrant("NOT_EXECUTED", fourMonthsAgo.plusDays(1), fourMonthsAgo);
        returned.put("warrant_returned_on", TODAY.minusMonths(1).toString());
        String returnedId = Actions.create(returned);
        String inTime = Actions.create(warrant("NOT_EXECUTED", TODAY.minusDays(1), TODAY.minusDays(10)));

        String overdueList = "/api/v2/enforcement-actions?overdue_return=true&action_type=SEARCH_WARRANT&limit=200"
                + "&occurred_from=" + fourMonthsAgo + "T00:00:00Z";
        Api.as("reader").get(overdueList).then().statusCode(200)
                .body("items.id", hasItems(overdue, executedOverdue))
                .body("items.id", not(hasItem(returnedId))).body("items.id", not(hasItem(inTime)));
        Api.as("reader").get(overdueList.replace("overdue_return=true", "overdue_return=false")).then().statusCode(200)
                .body("items.id", hasItems(returnedId, inTime)).body("items.id", not(hasItem(overdue)));
        Api.badRequestAs("reader").get("/api/v2/enforcement-actions?overdue_return=soon").then().statusCode(400)
                .body("errors[0].field", equalTo("overdue_return"));
    }

    @Test
    void aRegisteredSexOffendersHomeIsEnteredUnderSection96B() {
        Map<String, Object> body = warrant("NEGATIVE", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 1));
        body.put("legal_basis", "SOA_2003_S96B");
        String id = Actions.create(body);
        Api.as("reader").get("/api/v2/enforcement-actions/" + id).then().statusCode(200)
                .body("legal_basis", equalTo("SOA_2003_S96B"));
    }
}
