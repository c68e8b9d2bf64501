package uk.police.enforcement.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import uk.police.enforcement.api.model.Figures;
/** Figures flattened to CSV columns, the same columns for every summary. */
public final class SummaryCsv {

    private final List<String> figureColumns;

    /** @param noticeTypes the configured notice types, one column each, as the figures list them */
    public SummaryCsv(List<String> noticeTypes) {
        this.figureColumns = figureColumns(noticeTypes);
    }

    /** The header columns after the marking: {@code leading}, then the figures'. */
    public List<String> header(String... leading) {
        List<String> header = new ArrayList<>(Arrays.asList(leading));
        header.addAll(figureColumns);
        return header;
    }

    public List<Object> row(Figures f, Object... leading) {
        List<Object> row = new ArrayList<>(Arrays.asList(leading));
        row.addAll(List.of(f.getWarrantsExecuted(), f.getPositiveWarrants(), f.getNegativeWarrants(),
                f.getDevicesSeized(), f.getChildrenSafeguarded(), f.getPersonsArrested(), f.getPersonsCharged(),
                f.getActionsRecorded(), f.getNoticesIssued()));
        // One column per notice type, in the order of the figures' list (every type, zero included).
        f.getNoticesByType().forEach(byType -> row.add(byType.getCount()));
        row.add(f.getNoticesByAgency().stream().map(a -> a.getCode() + ":" + a.getCount())
                .collect(Collectors.joining(";")));
        return row;
    }

    private static List<String> figureColumns(List<String> noticeTypes) {
        List<String> columns = new ArrayList<>(List.of("warrants_executed", "positive_warrants", "negative_warrants",
                "devices_seized", "children_safeguarded", "persons_arrested", "persons_charged", "actions_recorded",
                "notices_issued"));
        noticeTypes.forEach(type -> columns.add("notices_" + type.toLowerCase(Locale.ROOT)));
        columns.add("notices_by_agency");
        return List.copyOf(columns);
    }
}
