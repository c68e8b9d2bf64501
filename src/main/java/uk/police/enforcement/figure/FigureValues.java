package uk.police.enforcement.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.police.enforcement.api.model.AgencyCount;
import uk.police.enforcement.api.model.NoticeTypeCount;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.figure.Measure.ActionSum;
import uk.police.enforcement.figure.Measure.DistinctPeople;
import uk.police.enforcement.figure.Measure.HighestMarking;
import uk.police.enforcement.figure.Measure.NoticesIssued;
import uk.police.enforcement.figure.Measure.Total;
/**
 * What {@link FigureQueries} counted for one group, read as the catalogue's figures: every figure is worked
 * out here from the counts, by its measure, and nowhere else.
 */
public final class FigureValues {

    /** Nothing counted: every figure 0. */
    public static final FigureValues NONE = new FigureValues();

    final Map<String, Long> quantities = new HashMap<>();
    final Map<String, Long> people = new HashMap<>();
    final List<NoticeCount> notices = new ArrayList<>();

    FigureValues() {
    }

    /** The value of a figure that is a number (not a split or the marking). */
    public long value(String figure) {
        return value(FigureCatalogue.get(figure));
    }

    public long value(Figure figure) {
        Measure measure = figure.measure();
        if (measure instanceof ActionSum) {
            return quantities.getOrDefault(FigureSql.quantityOf(figure), 0L);
        }
        if (measure instanceof DistinctPeople) {
            return quantities.getOrDefault(FigureSql.quantityOf(figure), 0L) + people.getOrDefault(figure.name(), 0L);
        }
        if (measure instanceof Total total) {
            return total.of().stream().mapToLong(this::value).sum();
        }
        if (measure instanceof NoticesIssued issued && issued.by() == Measure.NoticeSplit.NONE) {
            return notices.stream().mapToLong(NoticeCount::count).sum();
        }
        throw new IllegalArgumentException(figure.name() + " is not a single number");
    }

    /** Whether the figure is a single number (the splits of notices and the marking are not). */
    public static boolean isNumber(Figure figure) {
        return !(figure.measure() instanceof HighestMarking)
                && !(figure.measure() instanceof NoticesIssued issued && issued.by() != Measure.NoticeSplit.NONE);
    }

    /**
     * Notices issued per type: every type of {@code noticeTypes} (the configured list), zero included, in its
     * order. A notice of a type no longer configured still counts in notices_issued.
     */
    public List<NoticeTypeCount> noticesByType(List<String> noticeTypes) {
        Map<String, Long> byType = new LinkedHashMap<>();
        noticeTypes.forEach(type -> byType.put(type, 0L));
        notices.forEach(n -> byType.computeIfPresent(n.type(), (type, count) -> count + n.count()));
        return byType.entrySet().stream()
                .map(e -> new NoticeTypeCount().noticeType(e.getKey()).count(e.getValue())).toList();
    }

    /** Notices issued per partner agency, most first, then by code; notices without an agency are in none. */
    public List<AgencyCount> noticesByAgency() {
        Map<UUID, AgencyCount> byAgency = new LinkedHashMap<>();
        for (NoticeCount n : notices) {
            if (n.agencyId() != null) {
                byAgency.computeIfAbsent(n.agencyId(), id -> new AgencyCount().partnerAgencyId(id).code(n.code())
                        .name(n.name()).count(0L));
                AgencyCount agency = byAgency.get(n.agencyId());
                agency.setCount(agency.getCount() + n.count());
            }
        }
        return byAgency.values().stream()
                .sorted(Comparator.comparing(AgencyCount::getCount).reversed().thenComparing(AgencyCount::getCode))
                .toList();
    }

    /**
     * Every number these figures show, in the catalogue's order: one per figure that is a number, one per
     * configured notice type, one per agency (its code as the group). The marking is not a number.
     */
    public List<Cell> cells(List<String> noticeTypes) {
        List<Cell> cells = new ArrayList<>();
        for (Figure figure : FigureCatalogue.ALL) {
            if (isNumber(figure)) {
                cells.add(new Cell(figure.name(), null, value(figure)));
            } else if (figure.measure() instanceof NoticesIssued issued) {
                if (issued.by() == Measure.NoticeSplit.NOTICE_TYPE) {
                    noticesByType(noticeTypes).forEach(t -> cells.add(new Cell(figure.name(), t.getNoticeType(),
                            t.getCount())));
                } else {
                    noticesByAgency().forEach(a -> cells.add(new Cell(figure.name(), a.getCode(), a.getCount())));
                }
            }
        }
        return cells;
    }

    /** The highest marking of the records counted: OFFICIAL when none is OFFICIAL-SENSITIVE (or none is counted). */
    public SecurityMarking marking() {
        Figure marking = FigureCatalogue.get("security_marking");
        long sensitive = quantities.getOrDefault(FigureSql.quantityOf(marking), 0L)
                + notices.stream().mapToLong(NoticeCount::sensitive).sum();
        return sensitive > 0 ? SecurityMarking.OFFICIAL_SENSITIVE : SecurityMarking.OFFICIAL;
    }

    /** The highest of the markings: what an answer drawing on all of them must state. */
    public static SecurityMarking highest(java.util.stream.Stream<SecurityMarking> markings) {
        return markings.anyMatch(SecurityMarking.OFFICIAL_SENSITIVE::equals) ? SecurityMarking.OFFICIAL_SENSITIVE
                : SecurityMarking.OFFICIAL;
    }
}
