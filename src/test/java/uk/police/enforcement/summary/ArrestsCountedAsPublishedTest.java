package uk.police.enforcement.summary;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/**
 * Arrests as the Home Office counts them (every arrest) and people arrested (each person once, by reference),
 * each named for what it counts; voluntary attendance interviews are neither. April 1997 holds no other test's
 * records.
 */
@QuarkusTest
class ArrestsCountedAsPublishedTest {

    private static String record(String operation, Map<String, Object> body, String day) {
        body.put("operation_id", operation);
        body.put("occurred_at", day + "T09:00:00Z");
        return Actions.create(body);
    }

    @Test
    void aPersonArrestedTwiceIsTwoArrestsAndOnePersonArrested() {
        String operation = Operations.createId(Operations.body());
        Map<String, Object> first = Actions.arrest(1);
        first.put("person_references", List.of("ARR-P1"));
        record(operation, first, "1997-04-07");
        Map<String, Object> again = Actions.arrest(2);
        again.put("person_references", List.of("ARR-P1", "ARR-P2"));
        record(operation, again, "1997-04-09");
        record(operation, Actions.warrant("POSITIVE", 0, 0, 1), "1997-04-10"); // arrested at a warrant, unreferenced
        record(operation, Actions.interview(2), "1997-04-11");

        for (String query : new String[] { "day_from=1997-04-07&day_to=1997-04-13",
                "day_from=1997-04-07&day_to=1997-04-13&operation_id=" + operation }) {
            Api.as("reader").get("/api/v2/summaries?" + query).then().statusCode(200)
                    .body("figures.arrests", equalTo(4))
                    .body("figures.persons_arrested", equalTo(4))
                    .body("figures.people_arrested", equalTo(3))
                    .body("figures.voluntary_attendance_interviews", equalTo(2));
        }
        Api.as("reader").get("/api/v2/operations/" + operation + "/summary").then().statusCode(200)
                .body("headline", equalTo("1 positive warrant executed, 4 arrests of 3 people and 2 voluntary "
                        + "attendance interviews."));
        String[] csv = Api.as("reader").accept("text/csv").get("/api/v2/summaries.csv?month=1997-04").then()
                .statusCode(200).extract().asString().split("\r\n");
        List<String> header = List.of(csv[0].split(","));
        List<String> row = List.of(csv[1].split(","));
        assertEquals("4", row.get(header.indexOf("arrests")));
        assertEquals("3", row.get(header.indexOf("people_arrested")));
        assertEquals("2", row.get(header.indexOf("voluntary_attendance_interviews")));
    }
}
