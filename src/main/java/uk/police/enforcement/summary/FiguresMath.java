package uk.police.enforcement.summary;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.police.enforcement.api.model.AgencyCount;
import uk.police.enforcement.api.model.Figures;
import uk.police.enforcement.api.model.NoticeType;
import uk.police.enforcement.api.model.NoticesByType;
/** Builds the contract's Figures from the aggregates: every key present, zero when nothing matched. */
final class FiguresMath {

    private FiguresMath() {
    }

    static Figures figures(ActionTotals actions, List<NoticeCount> notices) {
        ActionTotals a = actions == null ? ActionTotals.NONE : actions;
        Map<NoticeType, Long> byType = new LinkedHashMap<>();
        for (NoticeType type : NoticeType.values()) {
            byType.put(type, 0L);
        }
        Map<UUID, AgencyCount> byAgency = new LinkedHashMap<>();
        long issued = 0;
        for (NoticeCount n : notices == null ? List.<NoticeCount>of() : notices) {
            issued += n.count();
            byType.merge(n.type(), n.count(), Long::sum);
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
                .noticesByType(new NoticesByType()
                        .CEASE_AND_DESIST(byType.get(NoticeType.CEASE_AND_DESIST))
                        .WARNING_LETTER(byType.get(NoticeType.WARNING_LETTER))
                        .DISRUPTION_NOTICE(byType.get(NoticeType.DISRUPTION_NOTICE))
                        .OTHER(byType.get(NoticeType.OTHER)))
                .noticesByAgency(byAgency.values().stream()
                        .sorted(Comparator.comparing(AgencyCount::getCount).reversed()
                                .thenComparing(AgencyCount::getCode))
                        .toList());
    }
}
