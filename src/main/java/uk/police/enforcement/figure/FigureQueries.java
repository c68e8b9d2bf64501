package uk.police.enforcement.figure;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.time.ClockProducer;
import uk.police.enforcement.figure.FigureSql.Quantity;
import uk.police.enforcement.figure.Measure.NoticesIssued;
/**
 * Counts the catalogue's figures for a scope, per group: one query for the actions' quantities, one for the
 * people counted once and one for the notices, each grouped in PostgreSQL, whatever the number of records.
 * Nothing is loaded to be counted in Java. Call within a transaction, so that the three agree.
 */
@ApplicationScoped
public class FigureQueries {

    private static final String DIMENSIONS = "day, area, offence_category, offence_code, action_type";
    private static final String QUANTITIES = FigureSql.QUANTITIES.stream().map(Quantity::column)
            .collect(Collectors.joining(", "));

    /** The daily totals plus the deltas not yet folded into them: exact in every snapshot. */
    private static final String TOTALS_AND_DELTAS = "(select " + DIMENSIONS + ", " + QUANTITIES
            + " from action_daily_totals union all select " + DIMENSIONS + ", " + QUANTITIES
            + " from action_daily_total_deltas) actions";

    /**
     * The same for a period with whole months in it: those months from the monthly totals (one row a month per
     * dimension, the day its first), the days at either edge from the daily totals, and every delta of the period
     * (the fold moves deltas into both totals in one transaction, so the three agree in every snapshot).
     */
    private static final String MONTHS_DAYS_AND_DELTAS = "(select month as day, " + DIMENSIONS.substring(5) + ", "
            + QUANTITIES + " from action_monthly_totals where month between :monthsFrom and :lastMonth"
            + " union all select " + DIMENSIONS + ", " + QUANTITIES + " from action_daily_totals"
            + " where day between :fromDay and :beforeMonths or day between :afterMonths and :toDay"
            + " union all select " + DIMENSIONS + ", " + QUANTITIES + " from action_daily_total_deltas"
            + " where day between :fromDay and :toDay) actions";

    /** An operation's actions are few and indexed: each one's quantities, as the totals hold them. */
    private static final String OPERATION_ACTIONS = "(select " + FigureCatalogue.ACTION_DAY + " as day, area,"
            + " offence_category, coalesce(offence_code, '') as offence_code, action_type, "
            + FigureSql.QUANTITIES.stream().map(q -> q.perAction() + " as " + q.column())
                    .collect(Collectors.joining(", "))
            + " from enforcement_action where operation_id = :operationId) actions";

    private static final NoticesIssued NOTICES = (NoticesIssued) FigureCatalogue.get("notices_issued").measure();

    private final EntityManager em;
    private final Clock clock;

    private final FigureLists lists;

    FigureQueries(EntityManager em, Clock clock, EnforcementConfig config) {
        this.em = em;
        this.clock = clock;
        this.lists = FigureLists.of(config);
    }

    /** The figures of every group with anything counted; a group absent from the map counted nothing. */
    public Map<String, FigureValues> count(FigureScope scope, Grouping grouping) {
        return count(scope, grouping, bucketsOf(grouping));
    }

    /** The buckets of a count that names none: the one group "" ungrouped, none for a breakdown's groups. */
    static List<String> bucketsOf(Grouping grouping) {
        return grouping == Grouping.NONE ? List.of("") : null;
    }

    /**
     * The same, with {@code buckets}, the groups of a time series in order (or "" alone, ungrouped): each is given
     * its figures, so that the referrals open at each one's end are counted, cumulatively. Null: the groups are
     * not periods (a breakdown), and no referral is open in any.
     */
    public Map<String, FigureValues> count(FigureScope scope, Grouping grouping, List<String> buckets) {
        return counted(scope, grouping, buckets).groups();
    }

    /**
     * Figures as {@link #count} gives them, with the first moment at which they would change without any record
     * changing ({@code nextBreach}, null: none): a referral's target passing unmet moves it into "breached" (the
     * only figure that depends on the moment it is counted at, for a scope with a period).
     */
    record Counted(Map<String, FigureValues> groups, Instant nextBreach) {
    }

    Counted counted(FigureScope scope, Grouping grouping, List<String> buckets) {
        Map<String, FigureValues> groups = new LinkedHashMap<>();
        Instant nextBreach = null;
        if (!scope.partnerView()) {
            countActions(scope, grouping, groups);
            countPeople(scope, grouping, groups);
            if (grouping.referrals() != null) {
                nextBreach = countReferrals(scope, grouping, groups, buckets);
            }
            if (grouping.crimes() != null) {
                countCrimes(scope, grouping, groups);
            }
            countReferralsActedOn(scope, grouping, groups);
            if (grouping.devices() != null) {
                countDevices(scope, grouping, groups, buckets);
            }
        }
        if (grouping.notices() != null) {
            countNotices(scope, grouping, groups);
        }
        return new Counted(groups, nextBreach);
    }

    /** The instants of a scope's days, for a condition on an instant column that its index serves. */
    private static String within(FigureScope scope, String instant) {
        return scope.fromDay() == null ? "true"
                : instant + " >= london_midnight(:fromDay) and " + instant + " < london_midnight(:afterToDay)";
    }

    private static Map<String, Object> days(FigureScope scope) {
        Map<String, Object> params = new HashMap<>();
        if (scope.fromDay() != null) {
            params.put("fromDay", Date.valueOf(scope.fromDay()));
            params.put("toDay", Date.valueOf(scope.toDay()));
            params.put("afterToDay", Date.valueOf(scope.toDay().plusDays(1)));
        }
        return params;
    }

    /**
     * Referrals per event (received, first assessed, first acted on, closed) on the event's day; per current grade
     * those received, with their clocks; and those open at the end of each bucket: open before the scope's first
     * day, plus each bucket's received less its closed, in order.
     */
    private Instant countReferrals(FigureScope scope, Grouping grouping, Map<String, FigureValues> groups,
            List<String> buckets) {
        Map<String, Object> params = days(scope);
        String mine = scope.operationId() == null ? "true" : "r.operation_id = :operationId";
        if (scope.operationId() != null) {
            params.put("operationId", scope.operationId());
        }
        // Each event read from where it is kept, its index serving the period: the first action from
        // referral_first_action (with its referral only to know the operation); the day only when grouped by one.
        boolean byDay = !grouping.referrals().equals(Grouping.NONE.referrals());
        StringBuilder events = new StringBuilder();
        for (Figure figure : FigureCatalogue.ALL) {
            if (figure.measure() instanceof Measure.ReferralEvents event) {
                String source = !event.at().equals("first_action_at") ? "referral r"
                        : scope.operationId() == null ? "referral_first_action r"
                        : "referral_first_action f join referral r on r.id = f.referral_id";
                events.append(events.length() == 0 ? "" : " union all ").append("select '").append(figure.name())
                        .append("' as figure, ").append(byDay ? "london_day(" + event.at() + ")" : "null::date")
                        .append(" as day from ").append(source).append(" where ").append(mine).append(" and ")
                        .append(event.at()).append(" is not null and ").append(within(scope, event.at()));
            }
        }
        for (Object[] row : rows("select " + grouping.referrals() + " as grp, figure, count(*) from (" + events
                + ") e group by 1, 2", params)) {
            groups.computeIfAbsent(String.valueOf(row[0]), g -> new FigureValues())
                    .referralEvents.put((String) row[1], num(row[2]));
        }
        Map<String, Object> graded = new HashMap<>(params);
        Instant now = Timestamps.at(clock);
        graded.put("now", Timestamps.utc(now));
        Instant nextBreach = null;
        // date_part gives a double: the percentiles sort it 30% faster than extract's numeric (cast to double anyway).
        String days = "date_part('epoch', f.first_action_at - r.received_at) / 86400";
        // A first action is never before its referral's receipt: only those since the period began can be one
        // of its referrals', and their index finds them (V33 covers the referrals' side).
        String firstActions = "referral_first_action f on f.referral_id = r.id"
                + (scope.fromDay() == null ? "" : " and f.first_action_at >= london_midnight(:fromDay)");
        for (Object[] row : rows("select " + grouping.referrals() + " as grp, grade, count(*),"
                + " count(*) filter (where f.first_action_at <= r.due_at),"
                + " count(*) filter (where f.first_action_at > r.due_at or (f.first_action_at is null and r.due_at < :now)),"
                + " percentile_cont(0.5) within group (order by " + days + "),"
                + " percentile_cont(0.9) within group (order by " + days + "),"
                + " min(r.due_at) filter (where f.first_action_at is null and r.due_at >= :now)"
                + " from (select r.id, r.grade, r.due_at, r.received_at, " + (byDay ? "london_day(r.received_at)" : "null::date")
                + " as day from referral r where " + mine + " and r.grade is not null and "
                + within(scope, "r.received_at") + ") r left join " + firstActions + " group by 1, 2", graded)) {
            groups.computeIfAbsent(String.valueOf(row[0]), g -> new FigureValues()).grades.add(new GradeCount(
                    (String) row[1], num(row[2]), num(row[3]), num(row[4]), decimal(row[5]), decimal(row[6])));
            Instant due = Timestamps.instant(row[7]);
            if (due != null && (nextBreach == null || due.isBefore(nextBreach))) {
                nextBreach = due;
            }
        }
        if (buckets == null) {
            return nextBreach;
        }
        long open = 0;
        if (scope.fromDay() != null) {
            // Open then: received before it, less those closed before it (each closed one was received before).
            open = num(query("select (select count(*) from referral r where " + mine + " and received_at <"
                    + " london_midnight(:fromDay)) - (select count(*) from referral r where " + mine + " and closed_at <"
                    + " london_midnight(:fromDay))", params).getSingleResult());
        }
        for (String bucket : buckets) {
            FigureValues values = groups.computeIfAbsent(bucket, g -> new FigureValues());
            open += values.referralEvents.getOrDefault("referrals_received", 0L)
                    - values.referralEvents.getOrDefault("referrals_closed", 0L);
            values.referralsOpen = open;
        }
        return nextBreach;
    }

    /**
     * Devices: those examined per group with the images they graded; how long the examinations started and ended
     * in each group waited since seizure; and, at the end of each bucket (now, without a period), those waiting for
     * examination, by kind, priority and whole months since the day of seizure (the age bands are the lists').
     */
    private void countDevices(FigureScope scope, Grouping grouping, Map<String, FigureValues> groups,
            List<String> buckets) {
        Map<String, Object> params = days(scope);
        String mine = "true";
        if (scope.operationId() != null) {
            mine = "d.action_id in (select id from enforcement_action where operation_id = :operationId)";
            params.put("operationId", scope.operationId());
        }
        // The examinations in one statement: the devices examined with the images they graded, and the waits to
        // each examination's start and to its end. An operation's devices (its actions', by device_action_idx) are
        // read once for the three; a period's come from each edge's own covering index.
        String devices = "device";
        StringBuilder examinations = new StringBuilder();
        if (scope.operationId() != null) {
            devices = "operation_device";
            examinations.append("with operation_device as materialized (select d.* from enforcement_action a join")
                    .append(" device d on d.action_id = a.id where a.operation_id = :operationId) ");
        }
        examinations.append("select 'examined', ").append(grouping.devices()).append(" as grp, count(*),")
                .append(" sum(caid_category_a), sum(caid_category_b), sum(caid_category_c), null::float8, null::float8")
                .append(" from (select london_day(examination_ended_at) as day, caid_category_a, caid_category_b,")
                .append(" caid_category_c from ").append(devices).append(" d where examination_ended_at is not null")
                .append(" and ").append(within(scope, "examination_ended_at")).append(") d group by 2");
        for (String edge : List.of("examination_started_at", "examination_ended_at")) {
            String days = "date_part('epoch', " + edge + " - seized_at) / 86400";
            examinations.append(" union all select '").append(edge).append("', ").append(grouping.devices())
                    .append(" as grp, count(*), null::bigint, null::bigint, null::bigint, percentile_cont(0.5) within")
                    .append(" group (order by waited), percentile_cont(0.9) within group (order by waited) from")
                    .append(" (select london_day(").append(edge).append(") as day, ").append(days).append(" as waited")
                    .append(" from ").append(devices).append(" d where ").append(edge).append(" is not null and ")
                    .append(within(scope, edge)).append(") d group by 2");
        }
        Map<String, long[]> started = new HashMap<>();
        Map<String, Double[]> startDays = new HashMap<>();
        for (Object[] row : rows(examinations.toString(), params)) {
            String group = String.valueOf(row[1]);
            switch ((String) row[0]) {
                case "examined" -> {
                    FigureValues values = groups.computeIfAbsent(group, g -> new FigureValues());
                    values.devicesExamined = num(row[2]);
                    for (int c = 0; c < FigureValues.CAID_CATEGORIES.size(); c++) {
                        values.imagesGraded.put(FigureValues.CAID_CATEGORIES.get(c), num(row[3 + c]));
                    }
                }
                case "examination_started_at" -> {
                    started.put(group, new long[] { num(row[2]) });
                    startDays.put(group, new Double[] { decimal(row[6]), decimal(row[7]) });
                }
                default -> {
                    FigureValues values = groups.computeIfAbsent(group, g -> new FigureValues());
                    values.examinationDays = new FigureValues.ExaminationDays(0, null, null, num(row[2]),
                            decimal(row[6]), decimal(row[7]));
                }
            }
        }
        started.forEach((group, count) -> {
            FigureValues values = groups.computeIfAbsent(group, g -> new FigureValues());
            FigureValues.ExaminationDays ended = values.examinationDays;
            values.examinationDays = new FigureValues.ExaminationDays(count[0], startDays.get(group)[0],
                    startDays.get(group)[1], ended.ended(), ended.medianDaysToEnd(), ended.p90DaysToEnd());
        });
        if (buckets == null) {
            return;
        }
        // Each bucket's last day: the day before the next one starts, the scope's last day for the last one; the
        // end of that day (London) is the moment counted. Without a period: now, on today's date. The bucket keys
        // and dates are the service's own (dates or ""), never a client's text.
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockProducer.LONDON);
        List<LocalDate> lastDays = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        for (int b = 0; b < buckets.size(); b++) {
            LocalDate last = b + 1 < buckets.size() ? LocalDate.parse(buckets.get(b + 1)).minusDays(1)
                    : scope.toDay() == null ? today : scope.toDay();
            lastDays.add(last);
            ends.add(scope.toDay() == null ? "cast(:now as timestamptz)" : "london_midnight(date '" + last.plusDays(1)
                    + "')");
        }
        Map<String, Object> awaitingParams = new HashMap<>();
        if (scope.operationId() != null) {
            awaitingParams.put("operationId", scope.operationId());
        }
        if (scope.toDay() == null) {
            awaitingParams.put("now", Timestamps.utc(Timestamps.at(clock)));
        }
        // Those waiting at the first bucket's end, from their waiting spans (their SP-GiST index, read alone), by kind, priority and
        // day of seizure; each later bucket's from the one before, plus the devices seized and less those that left
        // in between (width_bucket: the first end after the event), so that a year of weeks reads one backlog and
        // a year of events rather than 52 backlogs.
        Map<List<Object>, Long> waiting = new HashMap<>();
        for (Object[] row : rows("select d.kind, d.priority, london_day(d.seized_at), count(*) from device d where "
                + FigureCatalogue.DEVICE_QUEUE + " @> " + ends.get(0) + " and " + mine + " group by 1, 2, 3",
                awaitingParams)) {
            waiting.put(List.of(row[0], row[1], day(row[2])), num(row[3]));
        }
        List<Map<List<Object>, Long>> changes = new ArrayList<>();
        buckets.forEach(b -> changes.add(new HashMap<>()));
        if (buckets.size() > 1) {
            String thresholds = "array[" + String.join(", ", ends) + "]";
            String between = " >= " + ends.get(0) + " and %s < " + ends.get(ends.size() - 1) + " and " + mine;
            for (Object[] row : rows("select width_bucket(d.seized_at, " + thresholds + "), d.kind, d.priority,"
                    + " london_day(d.seized_at), count(*) from device d where d.seized_at" + between.formatted("d.seized_at")
                    + " group by 1, 2, 3, 4 union all select width_bucket(d.queue_left_at, " + thresholds + "), d.kind,"
                    + " d.priority, london_day(d.seized_at), -count(*) from device d where d.queue_left_at"
                    + between.formatted("d.queue_left_at") + " group by 1, 2, 3, 4", awaitingParams)) {
                changes.get(((Number) row[0]).intValue()).merge(List.of(row[1], row[2], day(row[3])), num(row[4]),
                        Long::sum);
            }
        }
        for (int b = 0; b < buckets.size(); b++) {
            changes.get(b).forEach((key, delta) -> waiting.merge(key, delta, Long::sum));
            FigureValues values = groups.computeIfAbsent(buckets.get(b), g -> new FigureValues());
            LocalDate last = lastDays.get(b);
            Map<String, Map<String, Long>> by = values.devicesAwaitingBy;
            waiting.forEach((key, count) -> {
                if (count != 0) {
                    values.devicesAwaiting += count;
                    by.computeIfAbsent("kind", k -> new HashMap<>()).merge((String) key.get(0), count, Long::sum);
                    by.computeIfAbsent("priority", k -> new HashMap<>()).merge((String) key.get(1), count, Long::sum);
                    long months = Period.between((LocalDate) key.get(2), last).toTotalMonths();
                    by.computeIfAbsent("age", k -> new HashMap<>()).merge(ageBand(months), count, Long::sum);
                }
            });
        }
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** The label of the configured age band a device waiting this many whole months is in. */
    private String ageBand(long months) {
        for (FigureLists.AgeBand band : lists.ageBands()) {
            if (months >= band.fromMonths() && (band.toMonths() == null || months < band.toMonths())) {
                return band.label();
            }
        }
        return lists.ageBands().get(0).label(); // a seizure after the day counted cannot wait: never reached
    }

    /** The distinct referrals the actions in scope name. */
    private void countReferralsActedOn(FigureScope scope, Grouping grouping, Map<String, FigureValues> groups) {
        Measure.ReferralsActedOn actedOn = (Measure.ReferralsActedOn) FigureCatalogue.get("referrals_acted_on").measure();
        Filter filter = actionFilter(scope, false);
        Map<String, Object> params = new HashMap<>(filter.params());
        params.putAll(days(scope));
        String sql = "select " + grouping.actions() + " as grp, count(distinct " + actedOn.column() + ") from (select "
                + FigureCatalogue.ACTION_DAY + " as day, area, offence_category, coalesce(offence_code, '') as"
                + " offence_code, action_type, " + actedOn.column() + " from enforcement_action where "
                + actedOn.column() + " is not null and " + within(scope, "occurred_at")
                + (scope.operationId() == null ? "" : " and operation_id = :operationId") + ") actions"
                + filter.where() + " group by 1";
        for (Object[] row : rows(sql, params)) {
            groups.computeIfAbsent(String.valueOf(row[0]), g -> new FigureValues()).referralsActedOn = num(row[1]);
        }
    }

    /** Crimes per current outcome type, on the day it was reached; an operation's: those of its actions. */
    private void countCrimes(FigureScope scope, Grouping grouping, Map<String, FigureValues> groups) {
        List<String> where = new ArrayList<>(List.of("outcome_date is not null"));
        Map<String, Object> params = days(scope);
        if (scope.fromDay() != null) {
            where.add("outcome_date between :fromDay and :toDay");
        }
        if (scope.operationId() != null) {
            where.add("exists (select 1 from crime_action ca join enforcement_action a on a.id = ca.action_id"
                    + " where ca.crime_id = c.id and a.operation_id = :operationId)");
            params.put("operationId", scope.operationId());
        }
        add(where, params, "offence_code = :offenceCode", "offenceCode", scope.offenceCode());
        add(where, params, "offence_category = :offenceCategory", "offenceCategory",
                scope.offenceCategory() == null ? null : scope.offenceCategory().name());
        String sql = "select " + grouping.crimes() + " as grp, outcome_type, count(*) from (select outcome_date as day,"
                + " offence_code, offence_category, outcome_type from crime c where " + String.join(" and ", where)
                + ") crimes group by 1, 2";
        for (Object[] row : rows(sql, params)) {
            groups.computeIfAbsent(String.valueOf(row[0]), g -> new FigureValues())
                    .outcomes.put(((Number) row[1]).intValue(), num(row[2]));
        }
    }

    private void countActions(FigureScope scope, Grouping grouping, Map<String, FigureValues> groups) {
        Filter filter = actionFilter(scope, false);
        String source = scope.operationId() != null ? OPERATION_ACTIONS : TOTALS_AND_DELTAS;
        Map<String, Object> params = new HashMap<>(filter.params());
        if (scope.operationId() == null && scope.fromDay() != null && grouping.byWholeMonths()) {
            LocalDate monthsFrom = scope.fromDay().getDayOfMonth() == 1 ? scope.fromDay()
                    : scope.fromDay().withDayOfMonth(1).plusMonths(1);
            LocalDate monthsTo = scope.toDay().plusDays(1).getDayOfMonth() == 1 ? scope.toDay()
                    : scope.toDay().withDayOfMonth(1).minusDays(1);
            if (!monthsFrom.isAfter(monthsTo)) {
                source = MONTHS_DAYS_AND_DELTAS;
                params.put("monthsFrom", Date.valueOf(monthsFrom));
                params.put("lastMonth", Date.valueOf(monthsTo.withDayOfMonth(1)));
                params.put("beforeMonths", Date.valueOf(monthsFrom.minusDays(1)));
                params.put("afterMonths", Date.valueOf(monthsTo.plusDays(1)));
            }
        }
        String sql = "select " + grouping.actions() + " as grp, "
                + FigureSql.QUANTITIES.stream().map(q -> "sum(" + q.column() + ")").collect(Collectors.joining(", "))
                + " from " + source + filter.where() + " group by 1";
        for (Object[] row : rows(sql, params)) {
            FigureValues values = groups.computeIfAbsent(String.valueOf(row[0]), g -> new FigureValues());
            for (int i = 0; i < FigureSql.QUANTITIES.size(); i++) {
                values.quantities.put(FigureSql.QUANTITIES.get(i).column(), num(row[i + 1]));
            }
        }
    }

    /** Each referenced person once per group and figure (counted_person has the totals' columns). */
    private void countPeople(FigureScope scope, Grouping grouping, Map<String, FigureValues> groups) {
        Filter filter = actionFilter(scope, true);
        String sql = "select " + grouping.actions() + " as grp, figure, count(distinct person_hash)"
                + " from counted_person" + filter.where() + " group by 1, 2";
        for (Object[] row : rows(sql, filter.params())) {
            groups.computeIfAbsent(String.valueOf(row[0]), g -> new FigureValues())
                    .people.put((String) row[1], num(row[2]));
        }
    }

    /** Notices that count as issued, per group, type and agency (none for a notice the police issue alone). */
    private void countNotices(FigureScope scope, Grouping grouping, Map<String, FigureValues> groups) {
        List<String> where = new ArrayList<>(List.of(NOTICES.countedWhen()));
        Map<String, Object> params = new HashMap<>();
        if (scope.fromDay() != null) {
            where.add(NOTICES.day() + " between :fromDay and :toDay");
            params.put("fromDay", Date.valueOf(scope.fromDay()));
            params.put("toDay", Date.valueOf(scope.toDay()));
        }
        add(where, params, "operation_id = :operationId", "operationId", scope.operationId());
        add(where, params, "partner_agency_id = :agencyId", "agencyId", scope.partnerAgencyId());
        // Notices have no area, offence category or code: those filters narrow the actions only.
        String sensitive = ((Measure.HighestMarking) FigureCatalogue.get("security_marking").measure()).sensitiveWhen();
        String sql = "select " + grouping.notices() + " as grp, notice_type, a.id, a.code, a.name, count(*),"
                + " count(*) filter (where " + sensitive + ")"
                + " from (select notice_type, partner_agency_id, security_marking, " + NOTICES.day()
                + " from partner_notice" + " where " + String.join(" and ", where) + ") n"
                + " left join partner_agency a on a.id = n.partner_agency_id group by 1, 2, 3, 4, 5";
        for (Object[] row : rows(sql, params)) {
            groups.computeIfAbsent(String.valueOf(row[0]), g -> new FigureValues()).notices
                    .add(new NoticeCount((String) row[1], (UUID) row[2], (String) row[3], (String) row[4],
                            num(row[5]), num(row[6])));
        }
    }

    /** SQL with its named parameters. */
    public record Sql(String text, Map<String, Object> params) {
    }

    /**
     * Every record a scope counts, one row each: {@code kind} ('action' or 'notice'), {@code id}, {@code version},
     * {@code created_at}, {@code disposed_at} and {@code contribution}, what it adds to the figures (an action's
     * quantities and the people it counts, hashed; a notice's type, agency and marking). Two readings of a scope
     * differ in a record exactly when the record's change moves a figure (a publication's drift).
     */
    public Sql countedRecords(FigureScope scope) {
        Filter actions = actionFilter(scope, false);
        List<String> actionWhere = new ArrayList<>(actions.conditions());
        if (scope.operationId() != null) {
            actionWhere.add("operation_id = :operationId");
        }
        String actionRows = "select 'action' as kind, id, version, created_at, disposed_at, jsonb_build_array("
                + FigureSql.QUANTITIES.stream().map(Quantity::column).collect(Collectors.joining(", "))
                + ", coalesce((select jsonb_agg(c.figure || ':' || c.person_hash order by c.figure, c.person_hash)"
                + " from counted_person c where c.action_id = a.id), '[]'::jsonb)) as contribution"
                + " from (select id, version, created_at, disposed_at, operation_id, " + FigureCatalogue.ACTION_DAY
                + " as day, area, offence_category, coalesce(offence_code, '') as offence_code, action_type, "
                + FigureSql.QUANTITIES.stream().map(q -> q.perAction() + " as " + q.column())
                        .collect(Collectors.joining(", "))
                + " from enforcement_action) a"
                + (actionWhere.isEmpty() ? "" : " where " + String.join(" and ", actionWhere));
        Map<String, Object> params = new HashMap<>(actions.params());
        List<String> noticeWhere = new ArrayList<>(List.of(NOTICES.countedWhen()));
        if (scope.fromDay() != null) {
            noticeWhere.add(NOTICES.day() + " between :fromDay and :toDay");
        }
        if (scope.operationId() != null) {
            noticeWhere.add("operation_id = :operationId");
        }
        String sensitive = ((Measure.HighestMarking) FigureCatalogue.get("security_marking").measure()).sensitiveWhen();
        String noticeRows = "select 'notice', id, version, created_at, disposed_at,"
                + " jsonb_build_array(notice_type, partner_agency_id, (" + sensitive + ")::int)"
                + " from partner_notice where " + String.join(" and ", noticeWhere);
        // Notices have no area or offence: as in the figures, they count whatever those filters say.
        return new Sql(actionRows + " union all " + noticeRows, params);
    }

    /**
     * The figures of the records {@code records} selects ({@code kind} and {@code contribution} columns, as
     * {@link #countedRecords} gives them, e.g. a publication's frozen records): their contributions summed, their
     * people counted once, their notices by type and agency. What a scope's records add up to is its figures.
     */
    public FigureValues countRecords(Sql records) {
        FigureValues values = new FigureValues();
        int people = FigureSql.QUANTITIES.size();
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < FigureSql.QUANTITIES.size(); i++) {
            sums.append(i == 0 ? "" : ", ").append("sum((contribution ->> ").append(i).append(")::bigint)");
        }
        String from = " from (" + records.text() + ") r";
        for (Object[] row : rows("select " + sums + from + " where kind = 'action'", records.params())) {
            for (int i = 0; i < FigureSql.QUANTITIES.size(); i++) {
                values.quantities.put(FigureSql.QUANTITIES.get(i).column(), num(row[i]));
            }
        }
        for (Object[] row : rows("select split_part(p, ':', 1), count(distinct split_part(p, ':', 2))" + from
                + ", jsonb_array_elements_text(contribution -> " + people + ") p where kind = 'action' group by 1",
                records.params())) {
            values.people.put((String) row[0], num(row[1]));
        }
        for (Object[] row : rows("select n.type, a.id, a.code, a.name, n.count, n.sensitive from (select"
                + " contribution ->> 0 as type, (contribution ->> 1)::uuid as agency, count(*) as count,"
                + " sum((contribution ->> 2)::int) as sensitive" + from + " where kind = 'notice' group by 1, 2) n"
                + " left join partner_agency a on a.id = n.agency", records.params())) {
            values.notices.add(new NoticeCount((String) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                    num(row[4]), num(row[5])));
        }
        return values;
    }

    private record Filter(List<String> conditions, Map<String, Object> params) {
        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }

    /** The scope over the actions' columns; {@code byAction}: the source names actions by action_id. */
    private static Filter actionFilter(FigureScope scope, boolean byAction) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (scope.fromDay() != null) {
            where.add(Grouping.DAY.actions() + " between :fromDay and :toDay");
            params.put("fromDay", Date.valueOf(scope.fromDay()));
            params.put("toDay", Date.valueOf(scope.toDay()));
        }
        if (scope.operationId() != null) {
            params.put("operationId", scope.operationId());
            if (byAction) {
                where.add("action_id in (select id from enforcement_action where operation_id = :operationId)");
            }
        }
        add(where, params, "area = :area", "area", scope.area());
        add(where, params, "offence_category = :offenceCategory", "offenceCategory",
                scope.offenceCategory() == null ? null : scope.offenceCategory().name());
        add(where, params, "offence_code = :offenceCode", "offenceCode", scope.offenceCode());
        return new Filter(where, params);
    }

    private static void add(List<String> where, Map<String, Object> params, String condition, String name,
            Object value) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        return query(sql, params).getResultList();
    }

    /** {@code sql}, given those of {@code params} it names (a scope's days are not all in every query). */
    private Query query(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (sql.matches("(?s).*:" + name + "\\b.*")) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A decimal rounded to one place (days), or null. */
    private static Double decimal(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
