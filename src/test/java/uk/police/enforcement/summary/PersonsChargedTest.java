package uk.police.enforcement.summary;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.figure.TotalsFolder;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/**
 * A person charged on several actions in a period is one person charged in that period (the domain's
 * counting rule), exactly, for days, weeks across a boundary, months, an operation, before and after
 * the daily totals are folded. June 1998 holds no other test's records.
 */
@QuarkusTest
class PersonsChargedTest {

    @Inject
    TotalsFolder folder;

    private static Map<String, Object> charge(String operation, String day, int persons, List<String> people) {
        Map<String, Object> body = Actions.charge(persons);
        body.put("operation_id", operation);
        body.put("occurred_at", day + "T10:00:00Z");
        body.put("person_references", people);
        body.put("id", Actions.create(body));
        return body;
    }

    private static void chargedBetween(String from, String to, int expected) {
        Api.as("reader").get("/api/v2/summaries?day_from=" + from + "&day_to=" + to).then().statusCode(200)
                .body("figures.persons_charged", equalTo(expected));
    }

    @Test
    void aPersonChargedTwiceInAPeriodIsOnePersonCharged() throws Exception {
        String operation = Operations.createId(Operations.body());
        charge(operation, "1998-06-01", 1, List.of("P1-A0"));            // Monday
        Map<String, Object> second = charge(operation, "1998-06-02", 2, List.of("P1-A0", "P2-B0")); // P1 again
        charge(operation, "1998-06-03", 1, List.of());                   // someone without a reference
        charge(operation, "1998-06-07", 1, List.of("P3-C0"));            // Sunday, end of the week
        Map<String, Object> last = charge(operation, "1998-06-08", 1, List.of("P3-C0")); // next week's Monday

        for (int pass = 0; pass < 2; pass++) { // as written, then with every delta folded into the totals
            chargedBetween("1998-06-01", "1998-06-01", 1);
            chargedBetween("1998-06-02", "1998-06-02", 2);
            chargedBetween("1998-06-01", "1998-06-02", 2);   // P1 and P2, not 3
            chargedBetween("1998-06-01", "1998-06-07", 4);   // P1, P2, P3 and the unreferenced one
            chargedBetween("1998-06-08", "1998-06-14", 1);   // P3 again: a new week, a new count
            chargedBetween("1998-06-01", "1998-06-30", 4);   // the month counts P3 once (the actions say 6)
            Api.as("reader").get("/api/v2/summaries/time-series?interval=WEEK&day_from=1998-06-01&day_to=1998-06-14")
                    .then().statusCode(200).body("buckets.figures.persons_charged", contains(4, 1));
            Api.as("reader").get("/api/v2/summaries/breakdown?by=ACTION_TYPE&day_from=1998-06-01&day_to=1998-06-30")
                    .then().statusCode(200)
                    .body("groups.find { it.group == 'CHARGE' }.figures.persons_charged", equalTo(4));
            Api.as("reader").get("/api/v2/operations/" + operation + "/summary").then().statusCode(200)
                    .body("figures.persons_charged", equalTo(4)).body("headline", startsWith("4 people charged"));
            while (folder.fold() < 0) {
                Thread.sleep(20);
            }
        }
        // Corrections keep the count exact: the last charge loses its reference (an unnamed person now),
        // then the second charge is deleted (P2 goes; P1 stays, charged on the first).
        String lastId = (String) last.remove("id");
        last.put("person_references", List.of());
        Api.as("recorder").header("If-Match", "\"0\"").body(last).put("/api/v2/enforcement-actions/" + lastId)
                .then().statusCode(200);
        chargedBetween("1998-06-01", "1998-06-30", 5);
        chargedBetween("1998-06-08", "1998-06-14", 1);
        Api.as("supervisor").accept("application/problem+json").header("If-Match", "\"0\"")
                .delete("/api/v2/enforcement-actions/" + second.get("id")).then().statusCode(204);
        chargedBetween("1998-06-01", "1998-06-30", 4);
        chargedBetween("1998-06-01", "1998-06-07", 3);
    }

    @Test
    void referencesBelongToArrestsAndChargesAndNeverOutnumberThePeople() {
        Map<String, Object> charge = Actions.charge(1);
        charge.put("person_references", List.of("P1-A0", "P2-B0"));
        Api.badRequestAs("recorder").body(charge).post("/api/v2/enforcement-actions").then().statusCode(400)
                .body("errors.field", contains("person_references"));
        charge.put("persons_charged", 2);
        charge.put("person_references", List.of("P1-A0", "P1-A0"));
        Api.badRequestAs("recorder").body(charge).post("/api/v2/enforcement-actions").then().statusCode(400)
                .body("errors.field", contains("person_references"));
        Map<String, Object> seizure = Actions.seizure(1, List.of());
        seizure.put("person_references", List.of("P1-A0"));
        Api.badRequestAs("recorder").body(seizure).post("/api/v2/enforcement-actions").then().statusCode(400)
                .body("errors.field", contains("person_references"));
        Map<String, Object> arrest = Actions.arrest(1);
        arrest.put("person_references", List.of("P1-A0"));
        String id = Actions.create(arrest);
        Api.as("reader").get("/api/v2/enforcement-actions/" + id).then().body("person_references", contains("P1-A0"));
    }
}
