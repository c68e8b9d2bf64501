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
 * Figures as CSV columns, the same for every summary and publication: one column per figure of the catalogue,
 * a notice type split into one column per configured type ({@code notices_<type>}), the agencies into one
 * column of {@code CODE:count} pairs. Columns come in the order of the contract version that added them (the
 * catalogue's order within one): a figure added later is a column after the earlier ones.
 */
public final class FigureCsv {

    private static final List<Figure> COLUMNS = FigureCatalogue.ALL.stream()
            .filter(f -> !(f.measure() instanceof Measure.HighestMarking)) // every CSV states it in its first column
            .sorted(Comparator.comparing((Figure f) -> version(f.since())))
            .toList();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> header;

    /** @param noticeTypes the configured notice types, one column each, as the figures list them */
    public FigureCsv(List<String> noticeTypes) {
        List<String> columns = new ArrayList<>();
        for (Figure figure : COLUMNS) {
            if (split(figure) == NoticeSplit.NOTICE_TYPE) {
                noticeTypes.forEach(type -> columns.add("notices_" + type.toLowerCase(Locale.ROOT)));
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

    /** A row, each count as {@code say} shows it (a publication shows a suppressed one as "<5"). */
    public List<Object> row(Figures figures, Function<Cell, Object> say, Object... leading) {
        List<Object> row = new ArrayList<>(Arrays.asList(leading));
        JsonNode json = JSON.valueToTree(figures);
        for (Figure figure : COLUMNS) {
            NoticeSplit split = split(figure);
            if (split == NoticeSplit.NOTICE_TYPE) {
                figures.getNoticesByType().forEach(byType -> row.add(say.apply(
                        new Cell(figure.name(), byType.getNoticeType(), byType.getCount()))));
            } else if (split == NoticeSplit.PARTNER_AGENCY) {
                row.add(figures.getNoticesByAgency().stream()
                        .map(a -> a.getCode() + ":" + say.apply(new Cell(figure.name(), a.getCode(), a.getCount())))
                        .collect(Collectors.joining(";")));
            } else {
                row.add(say.apply(new Cell(figure.name(), null, json.path(figure.name()).asLong())));
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
