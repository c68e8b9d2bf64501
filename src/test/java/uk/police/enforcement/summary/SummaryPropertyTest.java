package uk.police.enforcement.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.figure.Figure;
import uk.police.enforcement.figure.FigureCatalogue;
import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.referral.ReferralRequests;
import uk.police.enforcement.support.Api;
/**
 * Random records, then every figure of the catalogue checked against a count made here, from what was sent,
 * with no code shared with the service's figures: for random periods and filters, per group and per week, both
 * through an operation (read from the actions) and without (read from the daily totals). A figure added to the
 * catalogue without an independent count here fails the test.
 */
@QuarkusTest
class SummaryPropertyTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String[] AREAS = { "NORTH", "SOUTH", "WEST" };
    private static final String[] CATEGORIES = { "IIOC_MAKING", "IIOC_POSSESSION", "IIOC_DISTRIBUTION",
            "ONLINE_CHILD_SEXUAL_EXPLOITATION", "COMPUTER_MISUSE", "OTHER" };
    private static final String[] NOTICE_TYPES = { "CEASE_AND_DESIST", "CHILD_ABDUCTION_WARNING_NOTICE",
            "WARNING_LETTER", "OTHER" };
    /** A few people, so that the same person is arrested or charged more than once. */
    private static final String[] PEOPLE = { "PROP-A1", "PROP-B2", "PROP-C3", "PROP-D4" };

    private record Sent(String type, String result, Instant at, String area, String category, int devices,
            int children, int arrested, int charged, int interviewed, List<String> people, String id,
            SentReferral referral) {
        LocalDate day() {
            return LocalDate.ofInstant(at, LONDON);
        }
    }

    private record SentNotice(String type, boolean withAgency, LocalDate issuedOn, boolean counts) {
    }

    /** A referral as sent: its grade (null: never assessed), its planned closure and the actions naming it. */
    private record SentReferral(String id, Instant received, boolean inOperation, String grade, Instant assessed,
            Instant closed, List<Instant> actionsAt) {
        Instant firstAction() {
            return actionsAt.stream().min(Instant::compareTo).orElse(null);
        }

        Instant due() {
            return grade == null ? null : received.plus(TARGETS.get(grade));
        }
    }

    private static final List<String> KINDS = List.of("PHONE", "COMPUTER", "TABLET", "STORAGE_MEDIA", "GAMES_CONSOLE",
            "OTHER");
    private static final List<String> PRIORITIES = List.of("SAFEGUARDING", "HIGH", "STANDARD");
    /** Whole months since seizure at which the default age bands begin. */
    private static final int[] BAND_STARTS = { 0, 3, 6, 12 };
    private static final List<String> BANDS = List.of("0-3 months", "3-6 months", "6-12 months", "over 12 months");

    /**
     * A device as registered and moved: when it was seized, when it left the examination queue (null: it still
     * waits), when its examination started and ended, and the images it graded per CAID category.
     */
    private record SentDevice(String kind, String priority, Instant seized, Instant queueLeft, Instant started,
            Instant ended, long[] caid) {
    }

    /** A crime as sent: whether an action of the operation is linked, and its current outcome (null: none). */
    private record SentCrime(String category, boolean inOperation, Integer outcomeType, LocalDate outcomeDate) {
    }

    /**
     * The records of one scope, as sent: the actions and notices counted, the referrals the scope may count (those
     * of the operation, or all) with its first and last day, and the crimes whose current outcome it counts.
     */
    private record Counted(List<Sent> actions, List<SentNotice> notices, List<SentReferral> referrals, LocalDate from,
            LocalDate to, List<SentCrime> crimes, long openElsewhere, List<SentDevice> devices) {
        Counted(List<Sent> actions, List<SentNotice> notices) {
            this(actions, notices, List.of(), null, null, List.of(), 0, List.of());
        }

        /** The devices waiting for examination at the end of the last day: seized before it, not yet gone. */
        List<SentDevice> awaiting() {
            if (to == null) {
                return List.of();
            }
            Instant end = to.plusDays(1).atStartOfDay(LONDON).toInstant();
            return devices.stream().filter(d -> d.seized().isBefore(end)
                    && (d.queueLeft() == null || !d.queueLeft().isBefore(end))).toList();
        }

        Map<String, Long> awaitingBy(List<String> groups, Function<SentDevice, String> groupOf) {
            Map<String, Long> by = new TreeMap<>();
            groups.forEach(g -> by.put(g, awaiting().stream().filter(d -> groupOf.apply(d).equals(g)).count()));
            return by;
        }

        long referrals(java.util.function.Function<SentReferral, Instant> event) {
            return referrals.stream().map(event).filter(at -> at != null && within(at)).count();
        }

        boolean within(Instant at) {
            LocalDate day = LocalDate.ofInstant(at, LONDON);
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    private static final Map<String, Duration> TARGETS = Map.of("VERY_HIGH", Duration.ofDays(1), "HIGH",
            Duration.ofDays(7), "MEDIUM", Duration.ofDays(14), "LOW", Duration.ofDays(30));
    private static final List<String> GRADES = List.of("VERY_HIGH", "HIGH", "MEDIUM", "LOW");
    private static final Map<String, String> CODES = Map.of("86/2", "IIOC_MAKING", "86/10", "IIOC_POSSESSION",
            "86/15", "IIOC_POSSESSION");
    private static final int[] OUTCOMES = { 1, 1, 2, 8, 18, 21 };

    /** Each figure counted here, independently, from what was sent: the test's oracle. */
    private static final Map<String, Function<Counted, Object>> ORACLE = new TreeMap<>(Map.ofEntries(
            Map.entry("positive_warrants", c -> count(c, a -> "POSITIVE".equals(a.result()))),
            Map.entry("negative_warrants", c -> count(c, a -> "NEGATIVE".equals(a.result()))),
            Map.entry("warrants_executed", c -> count(c, a -> "POSITIVE".equals(a.result())
                    || "NEGATIVE".equals(a.result()))),
            Map.entry("devices_seized", c -> sum(c, Sent::devices)),
            Map.entry("children_safeguarded", c -> sum(c, Sent::children)),
            Map.entry("arrests", c -> sum(c, Sent::arrested)),
            Map.entry("persons_arrested", c -> sum(c, Sent::arrested)),
            Map.entry("people_arrested", c -> people(c, "ARREST", Sent::arrested)),
            Map.entry("persons_charged", c -> people(c, "CHARGE", Sent::charged)),
            Map.entry("voluntary_attendance_interviews", c -> sum(c, Sent::interviewed)),
            Map.entry("actions_recorded", c -> (long) c.actions().size()),
            Map.entry("notices_issued", c -> (long) c.notices().size()),
            Map.entry("notices_by_type", c -> {
                Map<String, Long> byType = new TreeMap<>();
                for (String type : NOTICE_TYPES) {
                    byType.put(type, c.notices().stream().filter(n -> n.type().equals(type)).count());
                }
                return byType;
            }),
            Map.entry("notices_by_agency", c -> c.notices().stream().filter(SentNotice::withAgency).count()),
            Map.entry("security_marking", c -> c.actions().isEmpty() && c.notices().isEmpty() ? "OFFICIAL"
                    : "OFFICIAL_SENSITIVE"),
            Map.entry("referrals_received", c -> c.referrals(SentReferral::received)),
            Map.entry("referrals_assessed", c -> c.referrals(SentReferral::assessed)),
            Map.entry("referrals_actioned", c -> c.referrals(SentReferral::firstAction)),
            Map.entry("referrals_closed", c -> c.referrals(SentReferral::closed)),
            Map.entry("referrals_open", c -> c.referrals().stream().filter(r -> !day(r.received()).isAfter(c.to())
                    && (r.closed() == null || day(r.closed()).isAfter(c.to()))).count() + c.openElsewhere()),
            Map.entry("referrals_by_grade", SummaryPropertyTest::byGrade),
            Map.entry("referrals_acted_on", c -> c.actions().stream().filter(a -> a.referral() != null)
                    .map(a -> a.referral().id()).distinct().count()),
            Map.entry("crimes_with_outcome", c -> (long) c.crimes().size()),
            Map.entry("outcomes_by_type", c -> {
                Map<String, Long> byType = new TreeMap<>();
                for (int type = 1; type <= 22; type++) {
                    int t = type;
                    byType.put(String.valueOf(type), c.crimes().stream().filter(k -> k.outcomeType() == t).count());
                }
                return byType;
            }),
            Map.entry("charge_summons_rate", c -> String.format("%.6f", c.crimes().isEmpty() ? 0.0
                    : (double) c.crimes().stream().filter(k -> k.outcomeType() == 1).count() / c.crimes().size())),
            Map.entry("devices_awaiting_examination", c -> (long) c.awaiting().size()),
            Map.entry("devices_awaiting_by_age", c -> c.awaitingBy(BANDS, d -> band(d, c.to()))),
            Map.entry("devices_awaiting_by_kind", c -> c.awaitingBy(KINDS, SentDevice::kind)),
            Map.entry("devices_awaiting_by_priority", c -> c.awaitingBy(PRIORITIES, SentDevice::priority)),
            Map.entry("devices_examined", c -> c.devices().stream().filter(d -> d.ended() != null
                    && c.within(d.ended())).count()),
            Map.entry("images_graded", c -> {
                Map<String, Long> byCategory = new TreeMap<>();
                for (int k = 0; k < 3; k++) {
                    int category = k;
                    byCategory.put(String.valueOf((char) ('A' + k)), c.devices().stream().filter(d -> d.ended() != null
                            && c.within(d.ended())).mapToLong(d -> d.caid()[category]).sum());
                }
                return byCategory;
            }),
            Map.entry("days_to_examination", SummaryPropertyTest::daysToExamination)));

    /** The age band of a device waiting on the last day: whole months from the day it was seized. */
    private static String band(SentDevice device, LocalDate last) {
        long months = java.time.Period.between(LocalDate.ofInstant(device.seized(), LONDON), last).toTotalMonths();
        int band = 0;
        while (band + 1 < BAND_STARTS.length && months >= BAND_STARTS[band + 1]) {
            band++;
        }
        return BANDS.get(band);
    }

    private static Object daysToExamination(Counted c) {
        Map<String, Object> waited = new TreeMap<>();
        if (c.from() == null) {
            waited.put("examinations_started", 0L);
            waited.put("examinations_ended", 0L);
            return waited;
        }
        for (String edge : List.of("start", "end")) {
            List<Double> days = c.devices().stream().map(d -> edge.equals("start") ? new Instant[] { d.seized(),
                    d.started() } : new Instant[] { d.seized(), d.ended() }).filter(a -> a[1] != null && c.within(a[1]))
                    .map(a -> Duration.between(a[0], a[1]).getSeconds() / 86_400.0).sorted().toList();
            waited.put(edge.equals("start") ? "examinations_started" : "examinations_ended", (long) days.size());
            if (!days.isEmpty()) {
                waited.put("median_days_to_" + edge, String.format("%.1f", percentile(days, 0.5)));
                waited.put("p90_days_to_" + edge, String.format("%.1f", percentile(days, 0.9)));
            }
        }
        return waited;
    }

    private final Random random = new Random(7_2026L);

    @Test
    void everyFigureOfTheCatalogueHasAnIndependentCount() {
        List<String> missing = FigureCatalogue.ALL.stream().map(Figure::name).filter(n -> !ORACLE.containsKey(n))
                .toList();
        assertEquals(List.of(), missing, "figures of the catalogue that this test does not count independently");
    }

    @Test
    void figuresMatchAnIndependentCount() {
        String operation = Operations.createId(Operations.body());
        String agency = Notices.createAgency();
        // A window in the 1990s, which no other test writes to, so that summaries without an operation
        // filter (which read the daily totals) see only this test's records.
        LocalDate first = LocalDate.parse("1990-01-01").plusDays(random.nextInt(3000));
        Instant windowStart = first.atStartOfDay(LONDON).toInstant();
        // Referrals other tests left open from before the window (a hostile input's year 0001 is valid) are
        // still open in it: without an operation, the open count starts from theirs.
        long openElsewhere = Api.as("reader").get("/api/v2/summaries?day_from=" + first.minusDays(1) + "&day_to="
                + first.minusDays(1)).then().statusCode(200).extract().jsonPath().getLong("figures.referrals_open");
        List<SentReferral> referrals = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            referrals.add(refer(operation, windowStart.plusSeconds(random.nextInt(80 * 24 * 3600))));
        }
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            Instant at = windowStart.plusSeconds(random.nextInt(90 * 24 * 3600));
            // A quarter of the actions name a referral received before them and not closed before them.
            List<SentReferral> open = referrals.stream().filter(r -> !r.received().isAfter(at)
                    && (r.closed() == null || !r.closed().isBefore(at))).toList();
            SentReferral referral = open.isEmpty() || random.nextInt(4) > 0 ? null : open.get(random.nextInt(open.size()));
            sent.add(send(operation, at, referral));
        }
        for (SentReferral referral : referrals) {
            if (referral.closed() != null) {
                ReferralRequests.move(referral.id(), Map.of("to_status", "CLOSED", "closure_reason", "OTHER_OUTCOME",
                        "occurred_at", referral.closed().toString())).then().statusCode(200);
            }
        }
        List<SentCrime> crimes = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            crimes.add(crime(sent, first));
        }
        // Up to two device records for each action that seized devices, each on a random journey.
        List<SentDevice> devices = new ArrayList<>();
        for (Sent action : sent) {
            for (int d = 0; d < Math.min(2, action.devices()); d++) {
                devices.add(device(action));
            }
        }
        List<SentNotice> notices = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            String type = NOTICE_TYPES[random.nextInt(NOTICE_TYPES.length)];
            // A Child Abduction Warning Notice is the police's own: half of them without an agency.
            boolean withAgency = !type.equals("CHILD_ABDUCTION_WARNING_NOTICE") || random.nextBoolean();
            Map<String, Object> body = Notices.notice(agency);
            if (!withAgency) {
                body.remove("partner_agency_id");
            }
            body.put("operation_id", operation);
            body.put("notice_type", type);
            body.put("legislation", type.equals("CHILD_ABDUCTION_WARNING_NOTICE") ? "CAA_1984_S2" : "CMA_1990_S1");
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
            notices.add(new SentNotice(type, withAgency, issuedOn, fate == 1));
        }

        for (int round = 0; round < 12; round++) {
            // Every third round, whole months with days at either edge (read from the monthly totals too).
            boolean months = round % 3 == 2;
            LocalDate from = months ? first.withDayOfMonth(1).plusDays(random.nextInt(20))
                    : first.plusDays(random.nextInt(80));
            LocalDate to = months ? from.withDayOfMonth(1).plusMonths(2 + random.nextInt(2)).plusDays(random.nextInt(10))
                    : from.plusDays(random.nextInt(30));
            String area = random.nextBoolean() ? AREAS[random.nextInt(3)] : null;
            String category = random.nextInt(3) == 0 ? CATEGORIES[random.nextInt(CATEGORIES.length)] : null;
            Predicate<Sent> inScope = s -> !s.day().isBefore(from) && !s.day().isAfter(to)
                    && (area == null || area.equals(s.area())) && (category == null || category.equals(s.category()));
            boolean byOperation = round % 2 == 0; // odd rounds go through the daily totals
            String query = "day_from=" + from + "&day_to=" + to + (byOperation ? "&operation_id=" + operation : "")
                    + (area == null ? "" : "&area=" + area) + (category == null ? "" : "&offence_category=" + category);
            JsonPath summary = Api.as("reader").get("/api/v2/summaries?" + query).then().statusCode(200).extract()
                    .jsonPath();
            List<SentReferral> scopeReferrals = referrals.stream().filter(r -> !byOperation || r.inOperation()).toList();
            Predicate<SentCrime> crimeInScope = k -> k.outcomeType() != null && (!byOperation || k.inOperation())
                    && (category == null || category.equals(k.category()));
            assertFigures(summary, "figures", new Counted(sent.stream().filter(inScope).toList(),
                    issued(notices, from, to), scopeReferrals, from, to, outcomes(crimes, crimeInScope, from, to),
                    byOperation ? 0 : openElsewhere, devices), query);

            JsonPath byArea = Api.as("reader").get("/api/v2/summaries/breakdown?by=AREA&" + query).then()
                    .statusCode(200).extract().jsonPath();
            for (int g = 0; g < 3; g++) {
                String group = byArea.getString("groups[" + g + "].group");
                assertFigures(byArea, "groups[" + g + "].figures", new Counted(sent.stream().filter(inScope)
                        .filter(s -> s.area().equals(group)).toList(), List.of()), query + " area group " + group);
            }

            JsonPath weekly = Api.as("reader").get("/api/v2/summaries/time-series?interval=WEEK&" + query).then()
                    .statusCode(200).extract().jsonPath();
            int buckets = weekly.getList("buckets").size();
            for (int b = 0; b < buckets; b++) {
                LocalDate start = LocalDate.parse(weekly.getString("buckets[" + b + "].day_from"));
                LocalDate end = LocalDate.parse(weekly.getString("buckets[" + b + "].day_to"));
                assertFigures(weekly, "buckets[" + b + "].figures", new Counted(sent.stream().filter(inScope)
                        .filter(s -> !s.day().isBefore(start) && !s.day().isAfter(end)).toList(),
                        issued(notices, start, end), scopeReferrals, start, end,
                        outcomes(crimes, crimeInScope, start, end), byOperation ? 0 : openElsewhere, devices),
                        query + " week " + start);
            }
        }
        assertTrue(MOST_COUNTED.get("devices_awaiting_examination") > 0 && MOST_COUNTED.get("devices_examined") > 0,
                "some scope counted devices waiting and examined: " + MOST_COUNTED);
    }

    private static List<SentNotice> issued(List<SentNotice> notices, LocalDate from, LocalDate to) {
        return notices.stream().filter(n -> n.counts() && !n.issuedOn().isBefore(from) && !n.issuedOn().isAfter(to))
                .toList();
    }

    /**
     * A referral received at {@code at}, half of them of the operation; three in four assessed within two days
     * with a random grade, and two in five to be closed within 60 days.
     */
    private SentReferral refer(String operation, Instant at) {
        Map<String, Object> body = ReferralRequests.body(at);
        boolean inOperation = random.nextBoolean();
        if (inOperation) {
            body.put("operation_id", operation);
        }
        String id = ReferralRequests.create(body);
        String grade = null;
        Instant assessed = null;
        if (random.nextInt(4) > 0) {
            grade = GRADES.get(random.nextInt(GRADES.size()));
            assessed = at.plusSeconds(random.nextInt(48 * 3600));
            ReferralRequests.assess(id, grade, assessed);
        }
        Instant closed = random.nextInt(5) < 2 ? at.plusSeconds(60 + random.nextInt(60 * 24 * 3600)) : null;
        return new SentReferral(id, at, inOperation, grade, assessed, closed, new ArrayList<>());
    }

    /**
     * A device registered for the action, then moved at random: left seized, triaged as needing no examination
     * (and perhaps returned), or queued for the lab and perhaps examined (and perhaps returned), each move up to
     * 60 days after the last.
     */
    private SentDevice device(Sent action) {
        Map<String, Object> body = new HashMap<>();
        body.put("action_id", action.id());
        body.put("exhibit_reference", "PT/" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        String priority = PRIORITIES.get(random.nextInt(PRIORITIES.size()));
        body.put("kind", kind);
        body.put("priority", priority);
        String id = Api.as("recorder").body(body).post("/api/v2/devices").then().statusCode(201).extract().path("id");
        Instant at = action.at();
        Instant left = null;
        Instant started = null;
        Instant ended = null;
        long[] caid = new long[3];
        int fate = random.nextInt(6);
        if (fate == 0) {
            return new SentDevice(kind, priority, action.at(), null, null, null, caid);
        }
        at = at.plusSeconds(random.nextInt(60 * 86_400));
        Map<String, Object> triage = new HashMap<>(Map.of("to_status", "TRIAGED", "occurred_at", at.toString()));
        triage.put("triage_route", fate == 1 ? "NOT_REQUIRED" : "LAB");
        moveDevice(id, triage);
        if (fate == 1) {
            left = at;
            if (random.nextBoolean()) {
                moveDevice(id, Map.of("to_status", "RETURNED", "occurred_at", at.plusSeconds(86_400).toString()));
            }
            return new SentDevice(kind, priority, action.at(), left, null, null, caid);
        }
        moveDevice(id, Map.of("to_status", "AWAITING_EXAMINATION", "occurred_at", at.toString()));
        if (fate >= 3) {
            at = at.plusSeconds(random.nextInt(60 * 86_400));
            started = at;
            left = at;
            moveDevice(id, Map.of("to_status", "IN_EXAMINATION", "occurred_at", at.toString()));
        }
        if (fate >= 4) {
            at = at.plusSeconds(random.nextInt(20 * 86_400));
            ended = at;
            for (int k = 0; k < 3; k++) {
                caid[k] = random.nextInt(50);
            }
            moveDevice(id, Map.of("to_status", "EXAMINED", "occurred_at", at.toString(), "examination", Map.of(
                    "caid_category_a", caid[0], "caid_category_b", caid[1], "caid_category_c", caid[2],
                    "fsr_code_compliant", false, "examiner_reference", "EXAM-0001")));
        }
        if (fate == 5) {
            moveDevice(id, Map.of("to_status", "RETURNED", "occurred_at", at.plusSeconds(3_600).toString()));
        }
        return new SentDevice(kind, priority, action.at(), left, started, ended, caid);
    }

    private static void moveDevice(String id, Map<String, Object> move) {
        String etag = Api.as("reader").get("/api/v2/devices/" + id).then().statusCode(200).extract().header("ETag");
        Api.as("recorder").header("If-Match", etag).body(move).post("/api/v2/devices/" + id + "/transitions").then()
                .statusCode(200);
    }

    /** A crime with a random code, linked to none, one or two of the actions, with none, one or two outcomes. */
    private SentCrime crime(List<Sent> sent, LocalDate first) {
        String code = List.copyOf(new TreeMap<>(CODES).keySet()).get(random.nextInt(CODES.size()));
        List<String> actions = new ArrayList<>();
        for (int linked = random.nextInt(3); actions.size() < linked;) {
            String action = sent.get(random.nextInt(sent.size())).id();
            if (!actions.contains(action)) {
                actions.add(action);
            }
        }
        String id = Api.as("recorder").body(Map.of("crime_reference", "CR-" + UUID.randomUUID().toString()
                .substring(0, 8).toUpperCase(), "offence_code", code, "action_ids", actions)).post("/api/v2/crimes")
                .then().statusCode(201).extract().path("id");
        Integer type = null;
        LocalDate date = null;
        for (int outcome = random.nextInt(3); outcome > 0; outcome--) {
            int t = OUTCOMES[random.nextInt(OUTCOMES.length)];
            LocalDate d = first.plusDays(random.nextInt(90));
            Api.as("recorder").body(Map.of("outcome_type", t, "outcome_date", d.toString()))
                    .post("/api/v2/crimes/" + id + "/outcomes").then().statusCode(201);
            // The latest by date is current; on the same date, the one recorded last.
            if (date == null || !d.isBefore(date)) {
                type = t;
                date = d;
            }
        }
        return new SentCrime(CODES.get(code), !actions.isEmpty(), type, date);
    }

    private static List<SentCrime> outcomes(List<SentCrime> crimes, Predicate<SentCrime> inScope, LocalDate from,
            LocalDate to) {
        return crimes.stream().filter(inScope).filter(k -> !k.outcomeDate().isBefore(from) && !k.outcomeDate()
                .isAfter(to)).toList();
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, LONDON);
    }

    /** Per grade, of the referrals received in the scope: how many, within target, breached, and how fast. */
    private static Object byGrade(Counted c) {
        List<Map<String, Object>> grades = new ArrayList<>();
        Instant now = Instant.now();
        for (String grade : GRADES) {
            List<SentReferral> received = c.referrals().stream().filter(r -> grade.equals(r.grade())
                    && c.within(r.received())).toList();
            Map<String, Object> counts = new TreeMap<>();
            counts.put("received", (long) received.size());
            counts.put("actioned_within_target", received.stream().filter(r -> r.firstAction() != null
                    && !r.firstAction().isAfter(r.due())).count());
            counts.put("breached", received.stream().filter(r -> r.firstAction() != null ? r.firstAction().isAfter(r.due())
                    : r.due().isBefore(now)).count());
            List<Double> days = received.stream().filter(r -> r.firstAction() != null)
                    .map(r -> Duration.between(r.received(), r.firstAction()).getSeconds() / 86_400.0).sorted().toList();
            if (!days.isEmpty()) {
                counts.put("median_days_to_first_action", String.format("%.1f", percentile(days, 0.5)));
                counts.put("p90_days_to_first_action", String.format("%.1f", percentile(days, 0.9)));
            }
            grades.add(counts);
        }
        return grades;
    }

    /** A continuous percentile, interpolating between the two nearest values (PostgreSQL's percentile_cont). */
    private static double percentile(List<Double> sorted, double fraction) {
        double at = fraction * (sorted.size() - 1);
        int below = (int) Math.floor(at);
        int above = (int) Math.ceil(at);
        return sorted.get(below) + (at - below) * (sorted.get(above) - sorted.get(below));
    }

    private Sent send(String operation, Instant at, SentReferral referral) {
        String area = AREAS[random.nextInt(3)];
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        Map<String, Object> body;
        Sent sent;
        switch (random.nextInt(6)) {
            case 0 -> {
                String result = List.of("POSITIVE", "NEGATIVE", "NOT_EXECUTED").get(random.nextInt(3));
                boolean executed = !result.equals("NOT_EXECUTED");
                int devices = executed ? random.nextInt(6) : 0;
                int children = executed ? random.nextInt(3) : 0;
                int arrested = executed ? random.nextInt(2) : 0;
                body = Actions.warrant(result, devices, children, arrested);
                sent = new Sent("SEARCH_WARRANT", result, at, area, category, devices, children, arrested, 0, 0,
                        List.of(),
                        null, referral);
            }
            case 1 -> {
                int devices = 1 + random.nextInt(5);
                body = Actions.seizure(devices, List.of());
                sent = new Sent("DEVICE_SEIZURE", null, at, area, category, devices, 0, 0, 0, 0, List.of(),
                        null, referral);
            }
            case 2 -> {
                int arrested = 1 + random.nextInt(3);
                List<String> people = somePeople(arrested);
                body = Actions.arrest(arrested);
                body.put("person_references", people);
                sent = new Sent("ARREST", null, at, area, category, 0, 0, arrested, 0, 0, people, null,
                        referral);
            }
            case 3 -> {
                int charged = 1 + random.nextInt(3);
                List<String> people = somePeople(charged);
                body = Actions.charge(charged);
                body.put("person_references", people);
                sent = new Sent("CHARGE", null, at, area, category, 0, 0, 0, charged, 0, people, null,
                        referral);
            }
            case 4 -> {
                int interviewed = 1 + random.nextInt(2);
                body = Actions.interview(interviewed);
                body.remove("offence_code");
                sent = new Sent("VOLUNTARY_ATTENDANCE", null, at, area, category, 0, 0, 0, 0, interviewed, List.of(),
                        null, referral);
            }
            default -> {
                int children = 1 + random.nextInt(4);
                body = Actions.safeguarding(children);
                sent = new Sent("SAFEGUARDING", null, at, area, category, 0, children, 0, 0, 0, List.of(),
                        null, referral);
            }
        }
        body.put("operation_id", operation);
        body.put("occurred_at", at.toString());
        body.put("area", area);
        body.put("offence_category", category);
        if (referral != null) {
            body.put("referral_id", referral.id());
            referral.actionsAt().add(at);
        }
        String id = Actions.create(body);
        return new Sent(sent.type(), sent.result(), at, area, category, sent.devices(), sent.children(),
                sent.arrested(), sent.charged(), sent.interviewed(), sent.people(), id, referral);
    }

    /** Up to {@code most} of the few people, none twice on one action. */
    private List<String> somePeople(int most) {
        Set<String> people = new HashSet<>();
        int named = random.nextInt(most + 1);
        while (people.size() < named) {
            people.add(PEOPLE[random.nextInt(PEOPLE.length)]);
        }
        return List.copyOf(people);
    }

    private static long count(Counted c, Predicate<Sent> which) {
        return c.actions().stream().filter(which).count();
    }

    private static long sum(Counted c, java.util.function.ToIntFunction<Sent> value) {
        return c.actions().stream().mapToLong(value::applyAsInt).sum();
    }

    /** Each referenced person once; everyone counted without a reference as the action states. */
    private static long people(Counted c, String referencedOn, java.util.function.ToIntFunction<Sent> counted) {
        Set<String> referenced = new HashSet<>();
        long unreferenced = 0;
        for (Sent a : c.actions()) {
            List<String> named = a.type().equals(referencedOn) ? a.people() : List.of();
            referenced.addAll(named);
            unreferenced += counted.applyAsInt(a) - named.size();
        }
        return referenced.size() + unreferenced;
    }

    private static void assertFigures(JsonPath json, String path, Counted counted, String what) {
        Map<String, Object> expected = new TreeMap<>();
        Map<String, Object> actual = new TreeMap<>();
        for (Figure figure : FigureCatalogue.ALL) {
            Object value = ORACLE.get(figure.name()).apply(counted);
            expected.put(figure.name(), value);
            actual.put(figure.name(), read(json, path + "." + figure.name(), value));
        }
        assertEquals(expected, actual, what);
        assertTrue(expected.size() >= 15);
        MOST_COUNTED.merge("devices_awaiting_examination", (Long) expected.get("devices_awaiting_examination"), Math::max);
        MOST_COUNTED.merge("devices_examined", (Long) expected.get("devices_examined"), Math::max);
    }

    /** The most each of these figures counted in a scope checked: a test that only ever compared zeros proves little. */
    private static final Map<String, Long> MOST_COUNTED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The answer's value in the oracle's shape: a number, a count per type, the agencies' total, a marking. */
    private static Object read(JsonPath json, String path, Object shape) {
        if (path.endsWith("charge_summons_rate")) {
            return String.format("%.6f", json.getDouble(path));
        }
        if (path.endsWith("referrals_by_grade")) {
            List<Map<String, Object>> grades = new ArrayList<>();
            for (Map<String, Object> item : json.<Map<String, Object>>getList(path)) {
                Map<String, Object> counts = new TreeMap<>();
                item.forEach((key, value) -> {
                    if (key.endsWith("days_to_first_action")) {
                        counts.put(key, String.format("%.1f", ((Number) value).doubleValue()));
                    } else if (!key.equals("grade")) {
                        counts.put(key, ((Number) value).longValue());
                    }
                });
                grades.add(counts);
            }
            assertEquals(GRADES, json.getList(path + ".grade"));
            return grades;
        }
        if (path.endsWith("days_to_examination")) {
            Map<String, Object> waited = new TreeMap<>();
            json.<String, Object>getMap(path).forEach((key, value) -> waited.put(key, key.contains("days")
                    ? String.format("%.1f", ((Number) value).doubleValue()) : ((Number) value).longValue()));
            return waited;
        }
        if (path.contains("devices_awaiting_by_") || path.endsWith("images_graded")) {
            Map<String, Long> byGroup = new TreeMap<>();
            List<Map<String, Object>> items = json.getList(path);
            items.forEach(i -> byGroup.put(String.valueOf(i.containsKey("group") ? i.get("group") : i.get("category")),
                    ((Number) i.get("count")).longValue()));
            return byGroup;
        }
        if (path.endsWith("outcomes_by_type")) {
            Map<String, Long> byType = new TreeMap<>();
            List<Map<String, Object>> items = json.getList(path);
            items.forEach(i -> byType.put(String.valueOf(i.get("outcome_type")), ((Number) i.get("count")).longValue()));
            return byType;
        }
        if (shape instanceof Map<?, ?>) {
            Map<String, Long> byType = new TreeMap<>();
            List<Map<String, Object>> items = json.getList(path);
            items.forEach(i -> byType.put((String) i.get("notice_type"), ((Number) i.get("count")).longValue()));
            return byType;
        }
        if (shape instanceof String) {
            return json.getString(path);
        }
        if (path.endsWith("notices_by_agency")) {
            List<Map<String, Object>> items = json.getList(path);
            return items.stream().mapToLong(i -> ((Number) i.get("count")).longValue()).sum();
        }
        return json.getLong(path);
    }
}
