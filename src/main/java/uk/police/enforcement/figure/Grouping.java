package uk.police.enforcement.figure;

import java.util.Locale;

import uk.police.enforcement.api.model.BreakdownDimension;
/**
 * How figures are grouped, as the SQL expression for each source: the actions' figures (daily totals,
 * counted people, or an operation's actions, all read with the same columns: day, area, offence_category,
 * offence_code, action_type) and the notices (null: not counted). Only the constants and {@link #byColumn} below exist, so no
 * client text ever reaches the SQL.
 */
public record Grouping(String actions, String notices) {

    public static final Grouping NONE = new Grouping("''", "''");
    public static final Grouping WEEK = new Grouping("date_trunc('week', day)::date::text",
            "date_trunc('week', issued_on)::date::text");
    public static final Grouping MONTH = new Grouping("date_trunc('month', day)::date::text",
            "date_trunc('month', issued_on)::date::text");
    /** Quarters and years of the financial year (1 April to 31 March): keyed by their first day. */
    public static final Grouping FINANCIAL_QUARTER = new Grouping(
            "(date_trunc('quarter', day - interval '3 months') + interval '3 months')::date::text",
            "(date_trunc('quarter', issued_on - interval '3 months') + interval '3 months')::date::text");
    public static final Grouping FINANCIAL_YEAR = new Grouping(
            "(date_trunc('year', day - interval '3 months') + interval '3 months')::date::text",
            "(date_trunc('year', issued_on - interval '3 months') + interval '3 months')::date::text");

    /** The day column of each source, for bounding a period. */
    static final Grouping DAY = new Grouping("day", "issued_on");

    /**
     * Actions grouped by one of their dimension columns. Notices have none of them, so they are not counted
     * (null): each group's notice figures are 0.
     */
    public static Grouping byColumn(BreakdownDimension dimension) {
        // AREA, OFFENCE_CATEGORY, OFFENCE_CODE or ACTION_TYPE: lower-cased, a column of every action source
        return new Grouping(dimension.toString().toLowerCase(Locale.ROOT), null);
    }
}
