package uk.police.enforcement.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import uk.police.enforcement.api.model.Figures;
/** Figures flattened to CSV columns, the same columns for every summary. */
public final class SummaryCsv {

    static final List<String> FIGURE_COLUMNS = List.of("warrants_executed", "positive_warrants", "negative_warrants",
            "devices_seized", "children_safeguarded", "persons_arrested", "persons_charged", "actions_recorded",
            "notices_issued", "notices_cease_and_desist", "notices_warning_letter", "notices_disruption_notice",
            "notices_other", "notices_by_agency");

    private SummaryCsv() {
    }

    public static List<String> header(String... leading) {
        List<String> header = new ArrayList<>(Arrays.asList(leading));
        header.addAll(FIGURE_COLUMNS);
        return header;
    }

    public static List<Object> row(Figures f, Object... leading) {
        List<Object> row = new ArrayList<>(Arrays.asList(leading));
        row.addAll(List.of(f.getWarrantsExecuted(), f.getPositiveWarrants(), f.getNegativeWarrants(),
                f.getDevicesSeized(), f.getChildrenSafeguarded(), f.getPersonsArrested(), f.getPersonsCharged(),
                f.getActionsRecorded(), f.getNoticesIssued(), f.getNoticesByType().getCEASEANDDESIST(),
                f.getNoticesByType().getWARNINGLETTER(), f.getNoticesByType().getDISRUPTIONNOTICE(),
                f.getNoticesByType().getOTHER(), f.getNoticesByAgency().stream()
                        .map(a -> a.getCode() + ":" + a.getCount()).collect(Collectors.joining(";"))));
        return row;
    }
}
