package uk.police.enforcement.crime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.config.Pairs;
import uk.police.enforcement.common.problem.FieldViolation;
/**
 * The configured crime outcome types with their official titles, in order (by default the Home Office Counting
 * Rules' types 1 to 22). A list that does not parse stops start-up with the setting's name.
 */
@ApplicationScoped
public class OutcomeTypes {

    private static final String SETTING = "enforcement.crimes.outcome-types";

    private final Map<Integer, String> titles = new LinkedHashMap<>();

    public OutcomeTypes(EnforcementConfig config) {
        Pairs.parse(config.crimes().outcomeTypes(), SETTING).forEach((type, title) -> {
            int number;
            try {
                number = Integer.parseInt(type);
            } catch (NumberFormatException e) {
                number = 0;
            }
            if (number < 1 || number > 99) {
                throw new IllegalArgumentException(SETTING + ": " + type + " is not an outcome type from 1 to 99");
            }
            titles.put(number, title);
        });
    }

    Iterable<Map.Entry<Integer, String>> inOrder() {
        return titles.entrySet();
    }

    String titleOf(int type) {
        return titles.get(type);
    }

    Optional<FieldViolation> check(String field, Integer type) {
        return type == null || titles.containsKey(type) ? Optional.empty()
                : Optional.of(new FieldViolation(field, "must be a configured outcome type: one of "
                        + titles.keySet().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")));
    }
}
