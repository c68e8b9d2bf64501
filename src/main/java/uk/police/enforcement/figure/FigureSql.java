package uk.police.enforcement.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.police.enforcement.common.time.ClockProducer;
import uk.police.enforcement.figure.Measure.ActionSum;
import uk.police.enforcement.figure.Measure.DistinctPeople;
import uk.police.enforcement.figure.Measure.HighestMarking;
/**
 * The SQL the catalogue's rules become. The action figures are kept per London day and dimension as
 * "quantities" (action_daily_totals' columns): each {@link ActionSum} figure is one, a {@link DistinctPeople}
 * figure keeps the people counted without a reference, and the marking counts sensitive records. The same
 * quantities feed the triggers (as Flyway placeholders of R__action_figures.sql) and the summaries' queries,
 * so that the two can never disagree.
 */
public final class FigureSql {

    /** One column of the daily totals: its name and what one action adds to it. */
    public record Quantity(String column, String perAction) {
    }

    /** A figure of distinct people, and the action type whose person_references name them. */
    public record People(String figure, String referencedOn) {
    }

    /** The quantities, in the catalogue's order. */
    public static final List<Quantity> QUANTITIES = quantities();

    /** The figures of distinct people, in the catalogue's order. */
    public static final List<People> PEOPLE = FigureCatalogue.ALL.stream()
            .filter(f -> f.measure() instanceof DistinctPeople)
            .map(f -> new People(f.name(), ((DistinctPeople) f.measure()).referencedOn())).toList();

    private FigureSql() {
    }

    /** The quantity a figure reads (an ActionSum's own, a DistinctPeople's unreferenced people, the marking's). */
    public static String quantityOf(Figure figure) {
        Measure measure = figure.measure();
        if (measure instanceof ActionSum) {
            return figure.name();
        }
        if (measure instanceof DistinctPeople) {
            return figure.name() + "_unreferenced";
        }
        if (measure instanceof HighestMarking) {
            return "sensitive_records";
        }
        throw new IllegalArgumentException(figure.name() + " is not kept as a quantity");
    }

    private static List<Quantity> quantities() {
        List<Quantity> quantities = new ArrayList<>();
        for (Figure figure : FigureCatalogue.ALL) {
            Measure measure = figure.measure();
            if (measure instanceof ActionSum sum) {
                quantities.add(new Quantity(quantityOf(figure), sum.perAction()));
            } else if (measure instanceof DistinctPeople people) {
                quantities.add(new Quantity(quantityOf(figure), people.countColumn() + " - case when action_type = '"
                        + people.referencedOn() + "' then coalesce(cardinality(person_references), 0) else 0 end"));
            } else if (measure instanceof HighestMarking marking) {
                quantities.add(new Quantity(quantityOf(figure), "(" + marking.sensitiveWhen() + ")::int"));
            }
        }
        return List.copyOf(quantities);
    }

    /**
     * The values R__action_figures.sql and R__calendar.sql are written with. Flyway runs a repeatable migration
     * again whenever its text after these are filled in changes, so a changed rule rebuilds the totals.
     */
    public static Map<String, String> placeholders() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("time_zone", ClockProducer.LONDON.getId());
        values.put("action_day", FigureCatalogue.ACTION_DAY);
        values.put("action_quantity_columns", join(q -> q.column() + " bigint not null default 0", ",\n    "));
        values.put("action_quantities", join(Quantity::column, ", "));
        values.put("action_quantity_sums", join(q -> "sum(" + q.perAction() + ")", ", "));
        values.put("action_quantity_negated_sums", join(q -> "-sum(" + q.perAction() + ")", ", "));
        values.put("action_quantity_signed_sums", join(q -> "sum(sign * (" + q.perAction() + "))", ", "));
        values.put("action_quantity_moved", join(q -> "sum(sign * (" + q.perAction() + ")) <> 0", " or "));
        values.put("action_quantity_folded", join(q -> "sum(" + q.column() + ") as " + q.column(), ", "));
        values.put("action_quantity_folded_sums", join(q -> "sum(" + q.column() + ")", ", "));
        values.put("action_quantity_added", join(q -> q.column() + " = t." + q.column() + " + excluded." + q.column(),
                ", "));
        values.put("people_figures", PEOPLE.stream()
                .map(p -> "('" + p.figure() + "', '" + p.referencedOn() + "')").collect(Collectors.joining(", ")));
        return values;
    }

    private static String join(Function<Quantity, String> each, String separator) {
        return QUANTITIES.stream().map(each).collect(Collectors.joining(separator));
    }
}
