package uk.police.enforcement.action;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.police.enforcement.api.model.OffenceCategory;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.config.Pairs;
import uk.police.enforcement.common.problem.FieldViolation;
/**
 * The configured Home Office offence classification codes and the offence category each belongs to: an
 * action's category is derived from its code, never entered beside it. A list that does not parse stops
 * start-up with the setting's name.
 */
@ApplicationScoped
public class OffenceCodes {

    private static final String SETTING = "enforcement.offence-codes";

    private final Map<String, OffenceCategory> categories = new LinkedHashMap<>();

    @Inject
    public OffenceCodes(EnforcementConfig config) {
        this(config.offenceCodes());
    }

    /** The codes of CODE=CATEGORY pairs, as configured. */
    OffenceCodes(List<String> pairs) {
        Pairs.parse(pairs, SETTING).forEach((code, category) -> {
            if (!code.matches("[0-9]{1,3}[A-Z]?/[0-9]{1,3}[A-Z]?")) {
                throw new IllegalArgumentException(SETTING + ": " + code + " is not a Home Office code such as 86/2");
            }
            try {
                categories.put(code, OffenceCategory.fromValue(category));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(SETTING + ": " + category + " is not an offence category");
            }
        });
    }

    /** The codes, in their configured order. */
    public List<String> codes() {
        return List.copyOf(categories.keySet());
    }

    /** The violation of {@code field} when {@code code} is given and not configured. */
    public Optional<FieldViolation> check(String field, String code) {
        return code == null || categories.containsKey(code) ? Optional.empty()
                : Optional.of(new FieldViolation(field, FieldViolation.oneOf(categories.keySet())));
    }

    /** The category of a configured code. */
    public OffenceCategory categoryOf(String code) {
        return categories.get(code);
    }
}
