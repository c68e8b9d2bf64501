package uk.police.enforcement.summary;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/** The week of action in ../shared/domain.md, recorded record by record, must come back exactly. */
@QuarkusTest
class WeekOfActionSummaryTest {

    private static final String HEADLINE = "5 positive warrants executed, 29 devices seized, 7 children safeguarded, "
            + "1 arrest, 3 people charged and 6 Cease and Desist notices issued with North West Regional Organised "
            + "Crime Unit.";

    private String operation;
    private String agency;

    private void recordTheWeek() {
        WeekOfAction week = WeekOfAction.record();
        operation = week.operation();
        agency = week.agency();
    }

    private static void theWeeksFigures(ValidatableResponse response, String path) {
        String p = path.isEmpty() ? "" : path + ".";
        response.body(p + "warrants_executed", equalTo(5)).body(p + "positive_warrants", equalTo(5))
                .body(p + "negative_warrants", equalTo(0)).body(p + "devices_seized", equalTo(29))
                .body(p + "children_safeguarded", equalTo(7)).body(p + "persons_arrested", equalTo(1))
                .body(p + "persons_charged", equalTo(3)).body(p + "actions_recorded", equalTo(8))
                .body(p + "notices_issued", equalTo(6))
                .body(p + "notices_by_type.find { it.notice_type == 'CEASE_AND_DESIST' }.count", equalTo(6))
                .body(p + "notices_by_type.find { it.notice_type == 'WARNING_LETTER' }.count", equalTo(0))
                .body(p + "notices_by_agency", hasSize(1))
                .body(p + "notices_by_agency[0].name", equalTo("North West Regional Organised Crime Unit"))
                .body(p + "notices_by_agency[0].count", equalTo(6));
    }

    @Test
    void theWeekComesBackExactlyThroughEveryEndpoint() {
        recordTheWeek();
        Response opSummary = Api.as("reader").get("/api/v2/operations/" + operation + "/summary");
        opSummary.then().statusCode(200).body("headline", equalTo(HEADLINE)).body("operation.id", equalTo(operation));
        theWeeksFigures(opSummary.then(), "figures");

        ValidatableResponse period = Api.as("reader")
                .get("/api/v2/summaries?day_from=2026-03-02&day_to=2026-03-08&operation_id=" + operation).then()
                .statusCode(200).body("day_from", equalTo("2026-03-02")).body("filters.operation_id", equalTo(operation));
        theWeeksFigures(period, "figures");

        ValidatableResponse weekly = Api.as("reader").get("/api/v2/summaries/time-series?interval=WEEK"
                + "&day_from=2026-03-02&day_to=2026-03-08&operation_id=" + operation).then().statusCode(200)
                .body("buckets", hasSize(1)).body("buckets[0].day_from", equalTo("2026-03-02"))
                .body("buckets[0].day_to", equalTo("2026-03-08"));
        theWeeksFigures(weekly, "buckets[0].figures");

        Api.as("reader").get("/api/v2/summaries/breakdown?by=ACTION_TYPE&day_from=2026-03-02&day_to=2026-03-08"
                + "&operation_id=" + operation).then().statusCode(200)
                .body("groups.group", contains("SEARCH_WARRANT", "DEVICE_SEIZURE", "ARREST", "CHARGE", "SAFEGUARDING",
                        "VOLUNTARY_ATTENDANCE"))
                .body("groups[0].figures.positive_warrants", equalTo(5))
                .body("groups[0].figures.devices_seized", equalTo(29))
                .body("groups[3].figures.persons_charged", equalTo(3))
                .body("groups[1].figures.actions_recorded", equalTo(0));
    }

    @Test
    void csvFormsHaveAHeaderAndOneRowPerBucketOrGroup() {
        recordTheWeek();
        String[] lines = Api.as("reader").accept("text/csv")
                .get("/api/v2/operations/" + operation + "/summary.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString().split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("security_marking,operation_id,reference,warrants_executed,positive_warrants,"),
                lines[0]);
        // The week's records carry the default marking, so the export states it on its row.
        assertTrue(lines[1].startsWith("OFFICIAL_SENSITIVE," + operation + ","), lines[1]);
        assertTrue(lines[1].contains(",5,5,0,29,7,1,3,8,6,6,0,0,0,"), lines[1]);
        assertTrue(lines[1].endsWith(",\"" + HEADLINE + "\""), lines[1]);

        lines = Api.as("reader").accept("text/csv").get("/api/v2/summaries/time-series.csv?interval=WEEK"
                + "&day_from=2026-02-23&day_to=2026-03-15&operation_id=" + operation).then().statusCode(200).extract()
                .asString().split("\r\n");
        // The export's marking is on every row, the empty weeks' too.
        String marked = "OFFICIAL_SENSITIVE,";
        assertEquals(List.of(marked + "2026-02-23,2026-03-01", marked + "2026-03-02,2026-03-08",
                marked + "2026-03-09,2026-03-15"), List.of(lines[1].substring(0, 40), lines[2].substring(0, 40),
                        lines[3].substring(0, 40)));
        assertTrue(lines[2].startsWith(marked + "2026-03-02,2026-03-08,5,5,0,29,7,1,3,8,6,"), lines[2]);

        lines = Api.as("reader").accept("text/csv").get("/api/v2/summaries/breakdown.csv?by=AREA&day_from=2026-03-02"
                + "&day_to=2026-03-08&operation_id=" + operation).then().statusCode(200).extract().asString()
                .split("\r\n");
        assertEquals(4, lines.length); // header and NORTH, SOUTH, WEST
        assertTrue(lines[1].startsWith(marked + "NORTH,5,5,0,29,7,1,3,8,"), lines[1]);

        lines = Api.as("reader").accept("text/csv").get("/api/v2/summaries.csv?day_from=2026-03-02&day_to=2026-03-08"
                + "&operation_id=" + operation).then().statusCode(200).extract().asString().split("\r\n");
        assertEquals(2, lines.length);
        // Columns: the period, the filters (operation, area, category, code), then the figures; those added
        // later come after the earlier columns: arrests and people arrested (2.5.0), then referrals and crimes
        // (2.6.0), then devices (2.7.0).
        assertTrue(lines[0].startsWith("security_marking,day_from,day_to,operation_id,area,offence_category,offence_code,"
                + "warrants_executed,"), lines[0]);
        assertTrue(lines[0].contains(",notices_by_agency,arrests,people_arrested,voluntary_attendance_interviews,"
                + "referrals_received,"), lines[0]);
        assertTrue(lines[0].contains(",outcome_21,outcome_22,charge_summons_rate,devices_awaiting_examination,"),
                lines[0]);
        assertTrue(lines[0].endsWith(",examinations_ended,median_days_to_end,p90_days_to_end"), lines[0]);
        assertTrue(lines[1].startsWith(marked + "2026-03-02,2026-03-08," + operation + ",,,,5,5,0,29,7,1,3,8,6,"),
                lines[1]);
        assertTrue(lines[1].contains(":6,1,1,0,"), lines[1]);

        // The JSON forms have one media type: CSV is asked for by its own path.
        Api.badRequestAs("reader").accept("text/csv").get("/api/v2/summaries?day_from=2026-03-02&day_to=2026-03-08")
                .then().statusCode(406);
    }

    /** An export drawing only on OFFICIAL records says OFFICIAL; one OFFICIAL-SENSITIVE record raises it. */
    @Test
    void csvExportsStateTheHighestMarkingOfTheRecordsTheyDrawOn() {
        Map<String, Object> body = Operations.body();
        body.put("security_marking", "OFFICIAL");
        String official = Operations.createId(body);
        Map<String, Object> action = Actions.warrant("POSITIVE", 2, 1, 0);
        action.put("operation_id", official);
        action.put("security_marking", "OFFICIAL");
        action.put("area", "WEST");
        action.put("occurred_at", "2019-05-14T09:00:00Z");
        Actions.create(action);
        String period = "?day_from=2019-05-13&day_to=2019-05-19&operation_id=" + official;
        assertEquals("OFFICIAL,", firstDataRow("/api/v2/summaries.csv" + period).substring(0, 9));
        assertEquals("OFFICIAL,", firstDataRow("/api/v2/operations/" + official + "/summary.csv").substring(0, 9));
        Api.as("reader").get("/api/v2/summaries" + period).then().statusCode(200)
                .body("figures.security_marking", equalTo("OFFICIAL"));
        // Without an operation the figures come from the daily totals, which count the marking too.
        String area = "?day_from=2019-05-13&day_to=2019-05-19&area=WEST";
        assertEquals("OFFICIAL,", firstDataRow("/api/v2/summaries.csv" + area).substring(0, 9));

        action.put("security_marking", "OFFICIAL_SENSITIVE");
        action.put("occurred_at", "2019-05-16T09:00:00Z");
        Actions.create(action);
        assertTrue(firstDataRow("/api/v2/summaries.csv" + period).startsWith("OFFICIAL_SENSITIVE,"));
        assertTrue(firstDataRow("/api/v2/summaries.csv" + area).startsWith("OFFICIAL_SENSITIVE,"));
        assertTrue(firstDataRow("/api/v2/summaries/breakdown.csv?by=AREA&day_from=2019-05-13&day_to=2019-05-19"
                + "&operation_id=" + official).startsWith("OFFICIAL_SENSITIVE,NORTH,0,"),
                "every row states the export's highest marking, a group with nothing counted too");
        Api.as("reader").get("/api/v2/summaries/breakdown?by=AREA&day_from=2019-05-13&day_to=2019-05-19"
                + "&operation_id=" + official).then().statusCode(200)
                .body("groups.figures.security_marking", contains("OFFICIAL", "OFFICIAL", "OFFICIAL_SENSITIVE"));
    }

    private static String firstDataRow(String url) {
        return Api.as("reader").accept("text/csv").get(url).then().statusCode(200).extract().asString()
                .split("\r\n")[1];
    }
}
