package uk.police.enforcement.action;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.problem.FieldViolation;
/** The policing areas this force records against (ENFORCEMENT_AREAS; default Cumbria's three). */
@ApplicationScoped
public class Areas {

    private final List<String> codes;

    @Inject
    public Areas(EnforcementConfig config) {
        this(config.areas());
    }

    Areas(List<String> codes) {
        this.codes = List.copyOf(codes);
    }

    public List<String> codes() {
        return codes;
    }

    /** A violation naming {@code field} when {@code area} is given and not configured, else null. */
    public FieldViolation check(String field, String area) {
        return area == null || codes.contains(area) ? null
                : new FieldViolation(field, "must be one of " + String.join(", ", codes));
    }
}
