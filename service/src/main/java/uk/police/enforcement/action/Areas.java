package uk.police.enforcement.action;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import uk.police.enforcement.common.problem.FieldViolation;

/** The policing areas this force records against (ENFORCEMENT_AREAS; default Cumbria's three). */
@ApplicationScoped
public class Areas {

    private final List<String> codes;

    public Areas(@ConfigProperty(name = "enforcement.areas", defaultValue = "NORTH,SOUTH,WEST") List<String> codes) {
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
