package uk.police.enforcement.figure;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.config.Pairs;
/**
 * The configured lists that split figures list every entry of, zero included: the notice types, the crime outcome
 * types, the device kinds and priorities, and the backlog's age bands.
 */
public record FigureLists(List<String> noticeTypes, List<Integer> outcomeTypes, List<String> deviceKinds,
        List<String> devicePriorities, List<AgeBand> ageBands) {

    private static final String AGE_BANDS = "enforcement.devices.age-bands";

    /** Months since seizure from {@code fromMonths} (inclusive) to {@code toMonths} (exclusive; null: no end). */
    public record AgeBand(String label, int fromMonths, Integer toMonths) {
    }

    public FigureLists {
        noticeTypes = List.copyOf(noticeTypes);
        outcomeTypes = List.copyOf(outcomeTypes);
        deviceKinds = List.copyOf(deviceKinds);
        devicePriorities = List.copyOf(devicePriorities);
        ageBands = List.copyOf(ageBands);
    }

    /** The lists as configured (enforcement.notice-types, enforcement.crimes.*, enforcement.devices.*). */
    public static FigureLists of(EnforcementConfig config) {
        return new FigureLists(config.noticeTypes(), Pairs.parse(config.crimes().outcomeTypes(),
                "enforcement.crimes.outcome-types").keySet().stream().map(Integer::valueOf).toList(),
                config.devices().kinds(), config.devices().priorities(), ageBands(config.devices().ageBands()));
    }

    /** The bands the boundaries make: "0-3 months", ..., "over 12 months"; start-up stops on a bad boundary. */
    static List<AgeBand> ageBands(List<String> boundaries) {
        List<AgeBand> bands = new ArrayList<>();
        int from = 0;
        for (String written : boundaries) {
            int to;
            try {
                Period period = Period.parse(written);
                to = (int) period.toTotalMonths();
                if (period.getDays() != 0) {
                    throw new IllegalArgumentException(AGE_BANDS + ": " + written + " is not whole months");
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(AGE_BANDS + ": " + written + " is not an ISO 8601 period such as P3M");
            }
            if (to <= from) {
                throw new IllegalArgumentException(AGE_BANDS + ": " + written + " does not come after " + from
                        + " months");
            }
            bands.add(new AgeBand(from + "-" + to + " months", from, to));
            from = to;
        }
        bands.add(new AgeBand("over " + from + " months", from, null));
        return bands;
    }
}
