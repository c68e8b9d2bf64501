package uk.police.enforcement.action;

import static uk.police.enforcement.action.EnforcementActionMapper.count;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.police.enforcement.api.model.ActionType;
import uk.police.enforcement.api.model.EnforcementActionInput;
import uk.police.enforcement.api.model.SeizurePower;
import uk.police.enforcement.api.model.WarrantResult;
import uk.police.enforcement.common.config.CodeList;
import uk.police.enforcement.common.problem.FieldViolation;
/**
 * The rules that depend on an action's type, as the contract's EnforcementActionInput states them.
 * Pure: every violation is reported at once, each naming its field.
 */
final class ActionRules {

    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    /** The counts each type may carry (the others must be 0). */
    private static final Map<ActionType, Set<String>> COUNTS = Map.of(
            ActionType.SEARCH_WARRANT, Set.of("devices_seized", "children_safeguarded", "persons_arrested"),
            ActionType.DEVICE_SEIZURE, Set.of("devices_seized"),
            ActionType.ARREST, Set.of("persons_arrested"),
            ActionType.CHARGE, Set.of("persons_charged"),
            ActionType.SAFEGUARDING, Set.of("children_safeguarded"));

    private ActionRules() {
    }

    static List<FieldViolation> check(EnforcementActionInput input, CodeList areas, Instant now) {
        List<FieldViolation> errors = new ArrayList<>();
        if (input.getOccurredAt() != null && input.getOccurredAt().toInstant().isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.add(new FieldViolation("occurred_at", "must not be more than 5 minutes in the future"));
        }
        areas.check("area", input.getArea()).ifPresent(errors::add);
        ActionType type = input.getActionType();
        if (type == null) {
            return errors;
        }
        Map<String, Integer> counts = Map.of(
                "devices_seized", count(input.getDevicesSeized()),
                "children_safeguarded", count(input.getChildrenSafeguarded()),
                "persons_arrested", count(input.getPersonsArrested()),
                "persons_charged", count(input.getPersonsCharged()));
        counts.forEach((field, value) -> {
            if (value > 0 && !COUNTS.get(type).contains(field)) {
                errors.add(new FieldViolation(field, "does not belong to a " + type + " action"));
            }
        });
        notAllowedUnless(errors, type == ActionType.SEARCH_WARRANT, input.getLegalBasis(), "legal_basis", type);
        notAllowedUnless(errors, type == ActionType.SEARCH_WARRANT, input.getWarrantResult(), "warrant_result", type);
        notAllowedUnless(errors, type == ActionType.CHARGE, input.getChargeOffence(), "charge_offence", type);
        notAllowedUnless(errors, type == ActionType.SAFEGUARDING, input.getSafeguardingType(), "safeguarding_type",
                type);
        // A seizure records the power it was made under; seize-and-sift (CJPA 2001 s.50) also its s.52 notice.
        boolean seizedDevices = type == ActionType.DEVICE_SEIZURE
                || (type == ActionType.SEARCH_WARRANT && counts.get("devices_seized") > 0);
        if (seizedDevices) {
            required(errors, input.getSeizurePower(), "seizure_power", type);
        } else if (input.getSeizurePower() != null) {
            errors.add(new FieldViolation("seizure_power", "belongs only to an action that seized devices"));
        }
        if (input.getSeizurePower() == SeizurePower.CJPA_2001_S50) {
            if (input.getS52NoticeGiven() == null) {
                errors.add(new FieldViolation("s52_notice_given",
                        "is required for a seizure under CJPA 2001 s.50 (true or false)"));
            }
        } else if (input.getS52NoticeGiven() != null) {
            errors.add(new FieldViolation("s52_notice_given",
                    "belongs only to a seizure under CJPA 2001 s.50 (seizure_power CJPA_2001_S50)"));
        }
        List<String> exhibits = input.getExhibitReferences() == null ? List.of()
                : new ArrayList<>(input.getExhibitReferences());
        boolean seizes = type == ActionType.SEARCH_WARRANT || type == ActionType.DEVICE_SEIZURE;
        notAllowedUnless(errors, seizes, exhibits.isEmpty() ? null : exhibits, "exhibit_references", type);

        switch (type) {
            case SEARCH_WARRANT -> {
                required(errors, input.getLegalBasis(), "legal_basis", type);
                required(errors, input.getWarrantResult(), "warrant_result", type);
                if (input.getWarrantResult() == WarrantResult.NOT_EXECUTED) {
                    COUNTS.get(type).forEach(field -> {
                        if (counts.get(field) > 0) {
                            errors.add(new FieldViolation(field, "must be 0 for a warrant that was not executed"));
                        }
                    });
                }
            }
            case DEVICE_SEIZURE -> atLeastOne(errors, counts, "devices_seized", type);
            case ARREST -> atLeastOne(errors, counts, "persons_arrested", type);
            case CHARGE -> {
                atLeastOne(errors, counts, "persons_charged", type);
                required(errors, input.getChargeOffence(), "charge_offence", type);
            }
            case SAFEGUARDING -> {
                atLeastOne(errors, counts, "children_safeguarded", type);
                required(errors, input.getSafeguardingType(), "safeguarding_type", type);
            }
            default -> {
            }
        }
        if (seizes && exhibits.size() > counts.get("devices_seized")) {
            errors.add(new FieldViolation("exhibit_references", "must not outnumber devices_seized"));
        }
        if (new HashSet<>(exhibits).size() < exhibits.size()) {
            errors.add(new FieldViolation("exhibit_references", "must not repeat a reference"));
        }
        // The people an arrest or charge concerns, by reference: each once, no more than the count.
        List<String> people = input.getPersonReferences() == null ? List.of()
                : new ArrayList<>(input.getPersonReferences());
        String peopleCounted = type == ActionType.ARREST ? "persons_arrested"
                : type == ActionType.CHARGE ? "persons_charged" : null;
        if (!people.isEmpty() && peopleCounted == null) {
            errors.add(new FieldViolation("person_references", "belongs only to an ARREST or CHARGE action"));
        } else if (peopleCounted != null && people.size() > counts.get(peopleCounted)) {
            errors.add(new FieldViolation("person_references", "must not outnumber " + peopleCounted));
        }
        if (new HashSet<>(people).size() < people.size()) {
            errors.add(new FieldViolation("person_references", "must not repeat a reference"));
        }
        return errors;
    }

    private static void notAllowedUnless(List<FieldViolation> errors, boolean allowed, Object value, String field,
            ActionType type) {
        if (!allowed && value != null) {
            errors.add(new FieldViolation(field, "does not belong to a " + type + " action"));
        }
    }

    private static void required(List<FieldViolation> errors, Object value, String field, ActionType type) {
        if (value == null) {
            errors.add(new FieldViolation(field, "is required for a " + type + " action"));
        }
    }

    private static void atLeastOne(List<FieldViolation> errors, Map<String, Integer> counts, String field,
            ActionType type) {
        if (counts.get(field) < 1) {
            errors.add(new FieldViolation(field, "must be at least 1 for a " + type + " action"));
        }
    }
}
