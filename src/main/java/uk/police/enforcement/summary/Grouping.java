package uk.police.enforcement.summary;

import java.util.Locale;

import uk.police.enforcement.api.model.BreakdownDimension;
/**
 * How a summary groups its rows, as the SQL expression for each source it reads: the actions' daily
 * totals, the actions themselves (an operation's summary) and the notices. Only the constants and
 * {@link #byColumn} below exist, so no client text ever reaches the SQL.
 */
record Grouping(String totals, String actions, String notices) {

    private static final String ACTION_DAY = "(occurred_at at time zone 'Europe/London')::date";

    static final Grouping NONE = new Grouping("''", "''", "''");
    static final Grouping WEEK = new Grouping("date_trunc('week', day)::date::text",
            "date_trunc('week', " + ACTION_DAY + ")::date::text", "date_trunc('week', n.issued_on)::date::text");
    static final Grouping MONTH = new Grouping("date_trunc('month', day)::date::text",
            "date_trunc('month', " + ACTION_DAY + ")::date::text", "date_trunc('month', n.issued_on)::date::text");

    /** The day column of each source, for bounding a period. */
    static final Grouping DAY = new Grouping("day", ACTION_DAY, "n.issued_on");

    /** Actions grouped by one of their dimension columns (notices have none, so they are not grouped). */
    static Grouping byColumn(BreakdownDimension dimension) {
        // AREA, OFFENCE_CATEGORY or ACTION_TYPE: lower-cased, a column of both sources
        String column = dimension.toString().toLowerCase(Locale.ROOT);
        return new Grouping(column, column, "''");
    }
}
