package uk.police.enforcement.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.enforcement.api.model.Figures;
import uk.police.enforcement.figure.Measure.NoticeSplit;
import uk.police.enforcement.figure.Measure.NoticesIssued;
/**
 * Figures as CSV columns, the same for every summary: one column per figure of the catalogue; a split figure one
 * column per entry of its configured list ({@code notices_<type>}, {@code outcome_<type>}, and for each grade
 * {@code referrals_<grade>_received} and the rest), the agencies one column of {@code CODE:count} pairs. Columns
 * come in the order of the contract version that added them (the catalogue's order within one): a figure added
 * later is a column after the earlier ones.
 */
public final class FigureCsv {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> GRADE_FIELDS = List.of("received", "actioned_within_target", "breached",
            "median_days_to_first_action", "p90_days_to_first_action");
    private static final List<String> EXAMINATION_FIELDS = List.of("examinations_started", "median_days_to_start",
            "p90_days_to_start", "examinations_ended", "median_days_to_end", "p90_days_to_end");

    private static final List<Figure> COLUMNS = FigureCatalogue.ALL.stream()
            .filter(f -> !(f.measure() instanceof Measure.HighestMarking)) // every CSV states it in its first column
            .sorted(Comparator.comparing((Figure f) -> version(f.since())))
            .toList();

    private final List<String> header;

    /** @param lists the configured lists, one column each entry, as the figures list them */
    public FigureCsv(FigureLists lists) {
        List<String> columns = new ArrayList<>();
        for (Figure figure : COLUMNS) {
            Measure measure = figure.measure();
            if (split(figure) == NoticeSplit.NOTICE_TYPE) {
                lists.noticeTypes().forEach(type -> columns.add("notices_" + type.toLowerCase(Locale.ROOT)));
            } else if (measure instanceof Measure.ReferralsByGrade) {
                for (String grade : List.of("very_high", "high", "medium", "low")) {
                    GRADE_FIELDS.forEach(field -> columns.add("referrals_" + grade + "_" + field));
                }
            } else if (measure instanceof Measure.CrimeOutcomes crimes && crimes.byType()) {
                lists.outcomeTypes().forEach(type -> columns.add("outcome_" + type));
            } else if (measure instanceof Measure.DevicesAwaiting awaiting && awaiting.by() != null) {
                FigureValues.groupsOf(awaiting.by(), lists).forEach(group -> columns.add("devices_awaiting_"
                        + awaiting.by() + "_" + group.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")));
            } else if (measure instanceof Measure.DevicesExamined examined && examined.byCategory()) {
                FigureValues.CAID_CATEGORIES.forEach(category -> columns.add("images_category_"
                        + category.toLowerCase(Locale.ROOT)));
            } else if (measure instanceof Measure.DaysToExamination) {
                columns.addAll(EXAMINATION_FIELDS);
            } else {
                columns.add(figure.name());
            }
        }
        this.header = List.copyOf(columns);
    }

    /** The header columns after the marking: {@code leading}, then the figures'. */
    public List<String> header(String... leading) {
        List<String> all = new ArrayList<>(Arrays.asList(leading));
        all.addAll(header);
        return all;
    }

    /** A row of the figures' exact values. */
    public List<Object> row(Figures figures, Object... leading) {
        return row(figures, cell -> cell.value(), leading);
    }

    /** A row, each count as {@code say} shows it. */
    public List<Object> row(Figures figures, Function<Cell, Object> say, Object... leading) {
        List<Object> row = new ArrayList<>(Arrays.asList(leading));
        JsonNode json = JSON.valueToTree(figures);
        for (Figure figure : COLUMNS) {
            Measure measure = figure.measure();
            NoticeSplit split = split(figure);
            JsonNode value = json.path(figure.name());
            if (split == NoticeSplit.NOTICE_TYPE) {
                figures.getNoticesByType().forEach(byType -> row.add(say.apply(
                        new Cell(figure.name(), byType.getNoticeType(), byType.getCount()))));
            } else if (split == NoticeSplit.PARTNER_AGENCY) {
                row.add(figures.getNoticesByAgency().stream()
                        .map(a -> a.getCode() + ":" + say.apply(new Cell(figure.name(), a.getCode(), a.getCount())))
                        .collect(Collectors.joining(";")));
            } else if (measure instanceof Measure.ReferralsByGrade) {
                for (JsonNode grade : value) {
                    // A median or percentile is absent when no referral of the grade was acted on: an empty cell.
                    GRADE_FIELDS.forEach(field -> row.add(grade.has(field) ? grade.get(field).asText() : null));
                }
            } else if (measure instanceof Measure.CrimeOutcomes crimes && crimes.byType()) {
                value.forEach(type -> row.add(type.path("count").asLong()));
            } else if (measure instanceof Measure.OutcomeRate) {
                row.add(value.asText());
            } else if (measure instanceof Measure.DevicesAwaiting awaiting && awaiting.by() != null
                    || measure instanceof Measure.DevicesExamined examined && examined.byCategory()) {
                value.forEach(group -> row.add(group.path("count").asLong()));
            } else if (measure instanceof Measure.DaysToExamination) {
                // A median or percentile is absent when no examination counts: an empty cell.
                EXAMINATION_FIELDS.forEach(field -> row.add(value.has(field) ? value.get(field).asText() : null));
            } else {
                row.add(say.apply(new Cell(figure.name(), null, value.asLong())));
            }
        }
        return row;
    }

    private static NoticeSplit split(Figure figure) {
        return figure.measure() instanceof NoticesIssued issued ? issued.by() : null;
    }

    private static long version(String semver) {
        String[] parts = semver.split("\\.");
        return Long.parseLong(parts[0]) * 1_000_000L + Long.parseLong(parts[1]) * 1_000L + Long.parseLong(parts[2]);
    }
}
