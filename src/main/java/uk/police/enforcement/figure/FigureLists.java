package uk.police.enforcement.figure;

import java.util.List;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.config.Pairs;
/**
 * The configured lists that split figures list every entry of, zero included: the notice types and the crime
 * outcome types.
 */
public record FigureLists(List<String> noticeTypes, List<Integer> outcomeTypes) {

    public FigureLists {
        noticeTypes = List.copyOf(noticeTypes);
        outcomeTypes = List.copyOf(outcomeTypes);
    }

    /** The lists as configured (enforcement.notice-types, enforcement.crimes.outcome-types). */
    public static FigureLists of(EnforcementConfig config) {
        return new FigureLists(config.noticeTypes(), Pairs.parse(config.crimes().outcomeTypes(),
                "enforcement.crimes.outcome-types").keySet().stream().map(Integer::valueOf).toList());
    }
}
