package uk.police.enforcement.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/**
 * Random records, then every figure checked against a count made here, from what was sent, with no
 * code shared with the service's summary: for random periods and filters, per group and per week, both
 * through an operation (read from the actions) and without (read from the daily totals).
 */
@QuarkusTest
class SummaryPropertyTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String[] AREAS = { "NORTH", "SOUTH", "WEST" };
    private static final String[] CATEGORIES = { "IIOC_MAKING", "IIOC_POSSESSION", "IIOC_DISTRIBUTION",
            "ONLINE_CHILD_SEXUAL_EXPLOITATION", "COMPUTER_MISUSE", "OTHER" };

    private record Sent(String type, String result, Instant at, String area, String category, int devices,
            int children, int arrested, int charged) {
        LocalDate day() {
            return LocalDate.ofInstant(at, LONDON);
        }
    }

    private record SentNotice(String type, LocalDate issuedOn, boolean counts) {
    }

    private final Random random = new Random(7_2026L);

    @Test
    void figuresMatchAnIndependentCount() {
        String operation = Operations.createId(Operations.body());
        String agency = Notices.createAgency();
        // A window in the 1990s, which no other test writes to, so that summaries without an operation
        // filter (which read the daily totals) see only this test's records.
        LocalDate first = LocalDate.parse("1990-01-01").plusDays(random.nextInt(3000));
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            sent.add(send(operation, first.atStartOfDay(LONDON).toInstant()
                    .plusSeconds(random.nextInt(90 * 24 * 3600))));
        }
        List<SentNotice> notices = new ArrayList<>();
        String[] types = { "CEASE_AND_DESIST", "WARNING_LETTER", "CHILD_ABDUCTION_WARNING_NOTICE", "OTHER" };
        for (int i = 0; i < 12; i++) {
            Map<String, Object> body = Notices.notice(agency);
            body.put("operation_id", operation);
            body.put("notice_type", types[random.nextInt(types.length)]);
            LocalDate issuedOn = first.plusDays(random.nextInt(90));
            body.put("issued_on", issuedOn.toString());
            String id = Notices.createNotice(body);
            int fate = random.nextInt(3); // 0: stays draft, 1: issued, 2: issued then withdrawn
            if (fate >= 1) {
                Notices.transition(id, "ISSUED").then().statusCode(200);
            }
            if (fate == 2) {
                Notices.transition(id, "WITHDRAWN").then().statusCode(200);
            }
            notices.add(new SentNotice((String) body.get("notice_type"), issuedOn, fate == 1));
        }

        for (int round = 0; round < 12; round++) {
            LocalDate from = first.plusDays(random.nextInt(80));
            LocalDate to = from.plusDays(random.nextInt(30));
            String area = random.nextBoolean() ? AREAS[random.nextInt(3)] : null;
            String category = random.nextInt(3) == 0 ? CATEGORIES[random.nextInt(CATEGORIES.length)] : null;
            Predicate<Sent> inScope = s -> !s.day().isBefore(from) && !s.day().isAfter(to)
                    && (area == null || area.equals(s.area())) && (category == null || category.equals(s.category()));
            boolean byOperation = round % 2 == 0; // odd rounds go through the daily totals
            String query = "day_from=" + from + "&day_to=" + to + (byOperation ? "&operation_id=" + operation : "")
                    + (area == null ? "" : "&area=" + area) + (category == null ? "" : "&offence_category=" + category);
            JsonPath summary = Api.as("reader").get("/api/v2/summaries?" + query).then().statusCode(200).extract()
                    .jsonPath();
            assertFigures(summary, "figures", sent.stream().filter(inScope).toList(),
                    notices.stream().filter(n -> n.counts() && !n.issuedOn().isBefore(from)
                            && !n.issuedOn().isAfter(to)).toList(), query);

            JsonPath byArea = Api.as("reader").get("/api/v2/summaries/breakdown?by=AREA&" + query).then()
                    .statusCode(200).extract().jsonPath();
            for (int g = 0; g < 3; g++) {
                String group = byArea.getString("groups[" + g + "].group");
                assertFigures(byArea, "groups[" + g + "].figures",
                        sent.stream().filter(inScope).filter(s -> s.area().equals(group)).toList(), List.of(),
                        query + " area group " + group);
            }

            JsonPath weekly = Api.as("reader").get("/api/v2/summaries/time-series?interval=WEEK&" + query).then()
                    .statusCode(200).extract().jsonPath();
            int buckets = weekly.getList("buckets").size();
            for (int b = 0; b < buckets; b++) {
                LocalDate start = LocalDate.parse(weekly.getString("buckets[" + b + "].day_from"));
                LocalDate end = LocalDate.parse(weekly.getString("buckets[" + b + "].day_to"));
                assertFigures(weekly, "buckets[" + b + "].figures", sent.stream().filter(inScope)
                        .filter(s -> !s.day().isBefore(start) && !s.day().isAfter(end)).toList(),
                        notices.stream().filter(n -> n.counts() && !n.issuedOn().isBefore(start)
                                && !n.issuedOn().isAfter(end)).toList(), query + " week " + start);
            }
        }
    }

    private Sent send(String operation, Instant at) {
        String area = AREAS[random.nextInt(3)];
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        Map<String, Object> body;
        Sent sent;
        switch (random.nextInt(5)) {
            case 0 -> {
                String result = List.of("POSITIVE", "NEGATIVE", "NOT_EXECUTED").get(random.nextInt(3));
                boolean executed = !result.equals("NOT_EXECUTED");
                int devices = executed ? random.nextInt(6) : 0;
                int children = executed ? random.nextInt(3) : 0;
                int arrested = executed ? random.nextInt(2) : 0;
                body = Actions.warrant(result, devices, children, arrested);
                sent = new Sent("SEARCH_WARRANT", result, at, area, category, devices, children, arrested, 0);
            }
            case 1 -> {
                int devices = 1 + random.nextInt(5);
                body = Actions.seizure(devices, List.of());
                sent = new Sent("DEVICE_SEIZURE", null, at, area, category, devices, 0, 0, 0);
            }
            case 2 -> {
                int arrested = 1 + random.nextInt(2);
                body = Actions.arrest(arrested);
                sent = new Sent("ARREST", null, at, area, category, 0, 0, arrested, 0);
            }
            case 3 -> {
                int charged = 1 + random.nextInt(3);
                body = Actions.charge(charged);
                sent = new Sent("CHARGE", null, at, area, category, 0, 0, 0, charged);
            }
            default -> {
                int children = 1 + random.nextInt(4);
                body = Actions.safeguarding(children);
                sent = new Sent("SAFEGUARDING", null, at, area, category, 0, children, 0, 0);
            }
        }
        body.put("operation_id", operation);
        body.put("occurred_at", at.toString());
        body.put("area", area);
        body.put("offence_category", category);
        Actions.create(body);
        return sent;
    }

    private static void assertFigures(JsonPath json, String path, List<Sent> actions, List<SentNotice> notices,
            String what) {
        long positive = actions.stream().filter(a -> "POSITIVE".equals(a.result())).count();
        long negative = actions.stream().filter(a -> "NEGATIVE".equals(a.result())).count();
        Map<String, Long> expected = new TreeMap<>();
        expected.put("warrants_executed", positive + negative);
        expected.put("positive_warrants", positive);
        expected.put("negative_warrants", negative);
        expected.put("devices_seized", actions.stream().mapToLong(Sent::devices).sum());
        expected.put("children_safeguarded", actions.stream().mapToLong(Sent::children).sum());
        expected.put("persons_arrested", actions.stream().mapToLong(Sent::arrested).sum());
        expected.put("persons_charged", actions.stream().mapToLong(Sent::charged).sum());
        expected.put("actions_recorded", (long) actions.size());
        expected.put("notices_issued", (long) notices.size());
        Map<String, Long> byType = new HashMap<>();
        for (String type : List.of("CEASE_AND_DESIST", "WARNING_LETTER", "CHILD_ABDUCTION_WARNING_NOTICE", "OTHER")) {
            byType.put(type, notices.stream().filter(n -> n.type().equals(type)).count());
            expected.put("notices_by_type.find { it.notice_type == '" + type + "' }.count", byType.get(type));
        }
        Map<String, Long> actual = new TreeMap<>();
        expected.keySet().forEach(key -> actual.put(key, json.getLong(path + "." + key)));
        assertEquals(expected, actual, what);
    }
}
