package uk.police.enforcement.summary;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
/**
 * The aggregates behind every summary: one query over the actions' daily totals and one over notices
 * per request, whatever the number of rows, each grouped in PostgreSQL. Nothing is loaded to be
 * counted in Java.
 */
@ApplicationScoped
class SummaryQueries {

    /** The daily totals plus the deltas not yet folded into them: exact in every snapshot. */
    private static final String TOTALS_AND_DELTAS = """
            (select day, area, offence_category, action_type, warrant_result, actions, positive_warrants,
                    negative_warrants, devices_seized, children_safeguarded, persons_arrested, persons_charged,
                    persons_charged_unreferenced, sensitive_actions
               from action_daily_totals
             union all
             select day, area, offence_category, action_type, warrant_result, actions, positive_warrants,
                    negative_warrants, devices_seized, children_safeguarded, persons_arrested, persons_charged,
                    persons_charged_unreferenced, sensitive_actions
               from action_daily_total_deltas) totals""";

    private final EntityManager em;

    SummaryQueries(EntityManager em) {
        this.em = em;
    }

    /** Action figures per group. */
    Map<String, ActionTotals> actions(SummaryScope scope, Grouping grouping) {
        if (scope.partnerView()) {
            return Map.of();
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        // An operation's actions are few and indexed: count them. Otherwise read the daily totals and
        // the deltas not yet folded into them, which together hold per London day and dimension exactly
        // what the actions do (see V7__action_total_deltas.sql, TotalsFolder and ActionDailyTotalsTest).
        boolean raw = scope.operationId() != null;
        if (scope.fromDay() != null) {
            where.add((raw ? Grouping.DAY.actions() : Grouping.DAY.totals()) + " between :fromDay and :toDay");
            params.put("fromDay", Date.valueOf(scope.fromDay()));
            params.put("toDay", Date.valueOf(scope.toDay()));
        }
        addFilter(where, params, "operation_id = :operationId", "operationId", scope.operationId());
        addFilter(where, params, "area = :area", "area", scope.area());
        addFilter(where, params, "offence_category = :offenceCategory", "offenceCategory",
                scope.offenceCategory() == null ? null : scope.offenceCategory().name());
        String sql = raw
                ? "select " + grouping.actions() + " as grp,"
                        + " count(*) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'POSITIVE'),"
                        + " count(*) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'NEGATIVE'),"
                        + " sum(devices_seized), sum(children_safeguarded), sum(persons_arrested),"
                        + " sum(persons_charged - coalesce(cardinality(person_references), 0)), count(*),"
                        + " count(*) filter (where security_marking = 'OFFICIAL_SENSITIVE')"
                        + " from enforcement_action" + whereClause(where) + " group by 1"
                : "select " + grouping.totals() + " as grp, sum(positive_warrants), sum(negative_warrants),"
                        + " sum(devices_seized), sum(children_safeguarded), sum(persons_arrested),"
                        + " sum(persons_charged_unreferenced), sum(actions), sum(sensitive_actions)"
                        + " from " + TOTALS_AND_DELTAS
                        + whereClause(where) + " group by 1";
        // People charged: those charged without a reference (summed above), plus each referenced person
        // once per group, however many of the group's charges name them.
        String chargedSql = "select " + (raw ? grouping.actions() : grouping.totals())
                + " as grp, count(distinct person_reference) from "
                + (raw ? "(select e.*, c.person_reference from enforcement_action e"
                        + " join charged_person c on c.action_id = e.id) charged" : "charged_person")
                + whereClause(where) + " group by 1";
        Map<String, Long> referencedCharged = new HashMap<>();
        for (Object[] row : rows(chargedSql, params)) {
            referencedCharged.put(String.valueOf(row[0]), num(row[1]));
        }
        Map<String, ActionTotals> totals = new LinkedHashMap<>();
        for (Object[] row : rows(sql, params)) {
            String group = String.valueOf(row[0]);
            totals.put(group, new ActionTotals(num(row[1]), num(row[2]), num(row[3]), num(row[4]),
                    num(row[5]), num(row[6]) + referencedCharged.getOrDefault(group, 0L), num(row[7]), num(row[8])));
        }
        return totals;
    }

    /** Notices that count as issued, per group, type and agency. */
    Map<String, List<NoticeCount>> notices(SummaryScope scope, Grouping grouping) {
        List<String> where = new ArrayList<>(List.of("n.counts_as_issued"));
        Map<String, Object> params = new HashMap<>();
        if (scope.fromDay() != null) {
            where.add(Grouping.DAY.notices() + " between :fromDay and :toDay");
            params.put("fromDay", Date.valueOf(scope.fromDay()));
            params.put("toDay", Date.valueOf(scope.toDay()));
        }
        addFilter(where, params, "n.operation_id = :operationId", "operationId", scope.operationId());
        addFilter(where, params, "n.partner_agency_id = :agencyId", "agencyId", scope.partnerAgencyId());
        String sql = "select " + grouping.notices() + " as grp, n.notice_type,"
                + " a.id, a.code, a.name, count(*), count(*) filter (where n.security_marking = 'OFFICIAL_SENSITIVE')"
                + " from partner_notice n join partner_agency a on a.id = n.partner_agency_id"
                + whereClause(where) + " group by 1, 2, 3, 4, 5";
        Map<String, List<NoticeCount>> counts = new LinkedHashMap<>();
        for (Object[] row : rows(sql, params)) {
            counts.computeIfAbsent(String.valueOf(row[0]), k -> new ArrayList<>())
                    .add(new NoticeCount((String) row[1], (UUID) row[2], (String) row[3],
                            (String) row[4], num(row[5]), num(row[6])));
        }
        return counts;
    }

    static String dayKey(LocalDate day) {
        return day.toString();
    }

    private static void addFilter(List<String> where, Map<String, Object> params, String condition, String name,
            Object value) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }

    private static String whereClause(List<String> where) {
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
