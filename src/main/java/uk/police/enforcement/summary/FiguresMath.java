package uk.police.enforcement.summary;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import uk.police.enforcement.api.model.AgencyCount;
import uk.police.enforcement.api.model.Figures;
import uk.police.enforcement.api.model.NoticeTypeCount;
import uk.police.enforcement.api.model.SecurityMarking;
/** Builds the contract's Figures from the aggregates: every key present, zero when nothing matched. */
final class FiguresMath {

    private FiguresMath() {
    }

    /**
     * The figures of one group; {@code noticeTypes} (the configured list) are the types listed, each with
     * its count, zero included. A notice of a type no longer configured still counts as issued.
     */
    static Figures figures(List<String> noticeTypes, ActionTotals actions, List<NoticeCount> notices) {
        ActionTotals a = actions == null ? ActionTotals.NONE : actions;
        Map<String, Long> byType = new LinkedHashMap<>();
        for (String type : noticeTypes) {
            byType.put(type, 0L);
        }
        Map<UUID, AgencyCount> byAgency = new LinkedHashMap<>();
        long issued = 0;
        long sensitive = a.sensitiveActions();
        for (NoticeCount n : notices == null ? List.<NoticeCount>of() : notices) {
            issued += n.count();
            sensitive += n.sensitive();
            byType.computeIfPresent(n.type(), (type, count) -> count + n.count());
            byAgency.computeIfAbsent(n.agencyId(), id -> new AgencyCount().partnerAgencyId(id).code(n.code())
                    .name(n.name()).count(0L));
            AgencyCount agency = byAgency.get(n.agencyId());
            agency.setCount(agency.getCount() + n.count());
        }
        return new Figures()
                .warrantsExecuted(a.positiveWarrants() + a.negativeWarrants())
                .positiveWarrants(a.positiveWarrants())
                .negativeWarrants(a.negativeWarrants())
                .devicesSeized(a.devicesSeized())
                .childrenSafeguarded(a.childrenSafeguarded())
                .personsArrested(a.personsArrested())
                .personsCharged(a.personsCharged())
                .actionsRecorded(a.actionsRecorded())
                .noticesIssued(issued)
                .noticesByType(byType.entrySet().stream()
                        .map(e -> new NoticeTypeCount().noticeType(e.getKey()).count(e.getValue())).toList())
                .noticesByAgency(byAgency.values().stream()
                        .sorted(Comparator.comparing(AgencyCount::getCount).reversed()
                                .thenComparing(AgencyCount::getCode))
                        .toList())
                // The highest marking of the records counted: OFFICIAL when none is OFFICIAL-SENSITIVE.
                .securityMarking(sensitive > 0 ? SecurityMarking.OFFICIAL_SENSITIVE : SecurityMarking.OFFICIAL);
    }

    /** The highest of the markings: what an export drawing on all of them must state. */
    static SecurityMarking highest(Stream<SecurityMarking> markings) {
        return markings.anyMatch(SecurityMarking.OFFICIAL_SENSITIVE::equals) ? SecurityMarking.OFFICIAL_SENSITIVE
                : SecurityMarking.OFFICIAL;
    }
}
