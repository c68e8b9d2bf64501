package uk.police.enforcement.figure;

import java.util.Locale;

import uk.police.enforcement.api.model.BreakdownDimension;
/**
 * How figures are grouped, as the SQL expression for each source: the actions' figures (daily totals,
 * counted people, or an operation's actions, all read with the same columns: day, area, offence_category,
 * offence_code, action_type), the notices, the referrals and the crimes (null: not counted); {@code
 * byWholeMonths}: whether a whole month may be read as one row of the monthly totals (not when grouping by week).
 * Only the constants and {@link #byColumn} below exist, so no client text ever reaches the SQL.
 */
public record Grouping(String actions, String notices, String referrals, String crimes, boolean byWholeMonths) {

    public static final Grouping NONE = new Grouping("''", "''", "''", "''", true);
    // Each keyed by its first day, as a date: computed by date arithmetic, not through a time zone (1 January
    // 1900 was a Monday), and turned into text only for the groups, not for every row.
    public static final Grouping WEEK = byDay(week("day"), week("issued_on"), false);
    public static final Grouping MONTH = byDay("date_trunc('month', day::timestamp)::date",
            "date_trunc('month', issued_on::timestamp)::date", true);
    /** Quarters and years of the financial year (1 April to 31 March): keyed by their first day. */
    public static final Grouping FINANCIAL_QUARTER = byDay(financial("quarter", "day"), financial("quarter", "issued_on"),
            true);
    public static final Grouping FINANCIAL_YEAR = byDay(financial("year", "day"), financial("year", "issued_on"), true);

    /** The day column of each source, for bounding a period. */
    static final Grouping DAY = byDay("day", "issued_on", false);

    /** Referrals and crimes are read with a {@code day} column, as the actions are. */
    private static Grouping byDay(String actions, String notices, boolean byWholeMonths) {
        return new Grouping(actions, notices, actions, actions, byWholeMonths);
    }

    private static String week(String day) {
        return day + " - ((" + day + " - date '1900-01-01') % 7 + 7) % 7";
    }

    private static String financial(String field, String day) {
        return "(date_trunc('" + field + "', " + day + " - interval '3 months') + interval '3 months')::date";
    }

    /**
     * Actions grouped by one of their dimension columns. Notices and referrals have none of them, so they are not
     * counted (null): each group's notice and referral figures are 0. Crimes are, by offence code or category.
     */
    public static Grouping byColumn(BreakdownDimension dimension) {
        // AREA, OFFENCE_CATEGORY, OFFENCE_CODE or ACTION_TYPE: lower-cased, a column of every action source
        String column = dimension.toString().toLowerCase(Locale.ROOT);
        boolean crimes = dimension == BreakdownDimension.OFFENCE_CODE || dimension == BreakdownDimension.OFFENCE_CATEGORY;
        return new Grouping(column, null, null, crimes ? column : null, true);
    }

    /** Devices are grouped as referrals are: by the day of the event, and in no breakdown (null). */
    public String devices() {
        return referrals;
    }
}
