package uk.police.enforcement.action;

import static uk.police.enforcement.action.EnforcementActionMapper.count;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.police.enforcement.api.model.ActionType;
import uk.police.enforcement.api.model.EnforcementActionInput;
import uk.police.enforcement.api.model.Section52NoticeDelivery;
import uk.police.enforcement.api.model.SeizeAndSift;
import uk.police.enforcement.api.model.SeizurePower;
import uk.police.enforcement.api.model.WarrantResult;
import uk.police.enforcement.common.config.CodeList;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.problem.Wording;
import uk.police.enforcement.common.time.ClockProducer;
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
            ActionType.VOLUNTARY_ATTENDANCE, Set.of("persons_interviewed"),
            ActionType.SAFEGUARDING, Set.of("children_safeguarded", "children_followed_up"));

    /** The count of the people an action's person_references name, by its type. */
    private static final Map<ActionType, String> PEOPLE = Map.of(ActionType.ARREST, "persons_arrested",
            ActionType.CHARGE, "persons_charged", ActionType.VOLUNTARY_ATTENDANCE, "persons_interviewed");

    private ActionRules() {
    }

    static List<FieldViolation> check(EnforcementActionInput input, CodeList areas, OffenceCodes codes, Instant now) {
        List<FieldViolation> errors = new ArrayList<>();
        if (input.getOccurredAt() != null && input.getOccurredAt().toInstant().isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.add(new FieldViolation("occurred_at", "must not be more than 5 minutes in the future"));
        }
        areas.check("area", input.getArea()).ifPresent(errors::add);
        offence(errors, input, codes);
        ActionType type = input.getActionType();
        if (type == null) {
            return errors;
        }
        Map<String, Integer> counts = Map.of(
                "devices_seized", count(input.getDevicesSeized()),
                "children_safeguarded", count(input.getChildrenSafeguarded()),
                "children_followed_up", count(input.getChildrenFollowedUp()),
                "persons_arrested", count(input.getPersonsArrested()),
                "persons_charged", count(input.getPersonsCharged()),
                "persons_interviewed", count(input.getPersonsInterviewed()));
        counts.forEach((field, value) -> {
            if (value > 0 && !COUNTS.get(type).contains(field)) {
                errors.add(new FieldViolation(field, "does not belong to " + article(type) + " action"));
            }
        });
        notAllowedUnless(errors, type == ActionType.SEARCH_WARRANT, input.getLegalBasis(), "legal_basis", type);
        notAllowedUnless(errors, type == ActionType.SEARCH_WARRANT, input.getWarrantResult(), "warrant_result", type);
        notAllowedUnless(errors, type == ActionType.CHARGE, input.getChargeOffence(), "charge_offence", type);
        notAllowedUnless(errors, type == ActionType.SAFEGUARDING, input.getSafeguardingType(), "safeguarding_type",
                type);
        notAllowedUnless(errors, type == ActionType.SAFEGUARDING, input.getFollowsActionId(), "follows_action_id",
                type);
        // A seizure records the power it was made under; seize and sift (CJPA 2001 ss.50-51) also its s.52 notice.
        boolean seizedDevices = type == ActionType.DEVICE_SEIZURE
                || (type == ActionType.SEARCH_WARRANT && counts.get("devices_seized") > 0);
        if (seizedDevices) {
            required(errors, input.getSeizurePower(), "seizure_power", type);
        } else if (input.getSeizurePower() != null) {
            errors.add(new FieldViolation("seizure_power", "belongs only to an action that seized devices"));
        }
        seizeAndSift(errors, input, seizedDevices);
        warrantLifecycle(errors, input, type, ClockProducer.londonDay(now));
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
            case VOLUNTARY_ATTENDANCE -> atLeastOne(errors, counts, "persons_interviewed", type);
            case SAFEGUARDING -> {
                required(errors, input.getSafeguardingType(), "safeguarding_type", type);
                followUp(errors, input, counts);
            }
            default -> {
            }
        }
        if (seizes && !exhibits.isEmpty() && exhibits.size() > counts.get("devices_seized")) {
            errors.add(new FieldViolation("exhibit_references", "must not outnumber devices_seized"));
        }
        if (new HashSet<>(exhibits).size() < exhibits.size()) {
            errors.add(new FieldViolation("exhibit_references", "must not repeat a reference"));
        }
        // The people an arrest, charge or interview concerns, by reference: each once, no more than the count.
        List<String> people = input.getPersonReferences() == null ? List.of()
                : new ArrayList<>(input.getPersonReferences());
        String peopleCounted = PEOPLE.get(type);
        if (!people.isEmpty() && peopleCounted == null) {
            errors.add(new FieldViolation("person_references",
                    "belongs only to an ARREST, CHARGE or VOLUNTARY_ATTENDANCE action"));
        } else if (peopleCounted != null && !people.isEmpty() && people.size() > counts.get(peopleCounted)) {
            // Only about references sent: a bad count alone is that count's error, not also theirs.
            errors.add(new FieldViolation("person_references", "must not outnumber " + peopleCounted,
                    List.of(peopleCounted)));
        }
        if (new HashSet<>(people).size() < people.size()) {
            errors.add(new FieldViolation("person_references", "must not repeat a reference"));
        }
        return errors;
    }

    /**
     * The offence is its Home Office code, and the category is derived from it; clients of 2.4 and before send
     * the category alone. A category sent with a code must be the code's.
     */
    private static void offence(List<FieldViolation> errors, EnforcementActionInput input, OffenceCodes codes) {
        String code = input.getOffenceCode();
        if (code == null) {
            if (input.getOffenceCategory() == null) {
                errors.add(new FieldViolation("offence_code", "is required: the Home Office offence code, "
                        + "one of " + String.join(", ", codes.codes()), List.of("offence_category")));
            }
            return;
        }
        Optional<FieldViolation> unknown = codes.check("offence_code", code);
        if (unknown.isPresent()) {
            errors.add(unknown.get());
        } else if (input.getOffenceCategory() != null && input.getOffenceCategory() != codes.categoryOf(code)) {
            errors.add(new FieldViolation("offence_category", "is derived from offence_code: " + code + " is "
                    + codes.categoryOf(code) + "; send offence_code alone"));
        }
    }

    /**
     * A safeguarding step counts the children it safeguards first, and names the earlier action at which the
     * others were counted (so that no child is counted twice); it safeguards at least one child in all.
     */
    private static void followUp(List<FieldViolation> errors, EnforcementActionInput input,
            Map<String, Integer> counts) {
        int followedUp = counts.get("children_followed_up");
        if (counts.get("children_safeguarded") + followedUp < 1) {
            errors.add(new FieldViolation("children_safeguarded", "must be at least 1 for a SAFEGUARDING action, "
                    + "or children_followed_up with follows_action_id"));
        }
        if (followedUp > 0 && input.getFollowsActionId() == null) {
            errors.add(new FieldViolation("follows_action_id",
                    "is required with children_followed_up: the earlier action at which those children were counted"));
        } else if (followedUp == 0 && input.getFollowsActionId() != null) {
            errors.add(new FieldViolation("children_followed_up",
                    "must be at least 1 with follows_action_id: the children counted at that action"));
        }
    }

    /**
     * CJPA 2001 ss.50-52: s.50 and s.51 are additional powers, relied on with the power of seizure that applied
     * (s.50(1)(b)), and either obliges the written notice of s.52, given to the person or (s.50 only, s.52(3))
     * left on the premises.
     */
    private static void seizeAndSift(List<FieldViolation> errors, EnforcementActionInput input, boolean seizedDevices) {
        if (input.getSeizurePower() == SeizurePower.CJPA_2001_S50) {
            errors.add(new FieldViolation("seizure_power", "CJPA_2001_S50 is not a power of seizure: s.50 is an "
                    + "additional power used with the one that applied; give that power (e.g. PACE_1984_S19 or "
                    + "WARRANT) and CJPA_2001_S50 in seize_and_sift"));
        }
        if (input.getS52NoticeGiven() != null) {
            errors.add(new FieldViolation("s52_notice_given",
                    "is replaced by s52_notice_reference and s52_notice_delivery (CJPA 2001 s.52); send null to clear it"));
        }
        SeizeAndSift power = input.getSeizeAndSift();
        if (power != null && !seizedDevices) {
            errors.add(new FieldViolation("seize_and_sift", "belongs only to an action that seized devices"));
        }
        if (power == null) {
            if (input.getS52NoticeReference() != null) {
                errors.add(new FieldViolation("s52_notice_reference", "belongs only to a seize and sift (seize_and_sift)"));
            }
            if (input.getS52NoticeDelivery() != null) {
                errors.add(new FieldViolation("s52_notice_delivery", "belongs only to a seize and sift (seize_and_sift)"));
            }
            return;
        }
        if (input.getS52NoticeReference() == null) {
            errors.add(new FieldViolation("s52_notice_reference",
                    "is required with seize_and_sift: CJPA 2001 s.52 obliges a written notice"));
        }
        if (input.getS52NoticeDelivery() == null) {
            errors.add(new FieldViolation("s52_notice_delivery",
                    "is required with seize_and_sift: GIVEN_TO_PERSON or LEFT_ON_PREMISES"));
        } else if (input.getS52NoticeDelivery() == Section52NoticeDelivery.LEFT_ON_PREMISES
                && power == SeizeAndSift.CJPA_2001_S51) {
            errors.add(new FieldViolation("s52_notice_delivery", "LEFT_ON_PREMISES is for premises (s.50, s.52(3)); "
                    + "after a seizure from a person (s.51) the notice is given to that person (s.52(4))"));
        }
    }

    /**
     * PACE 1984 ss.15-16: a warrant's entry is authorised for three months from issue (s.16(3)), and the
     * warrant is returned to the court once executed or expired (s.16(10)). Days are days in Europe/London.
     */
    private static void warrantLifecycle(List<FieldViolation> errors, EnforcementActionInput input, ActionType type,
            LocalDate today) {
        notAllowedUnless(errors, type == ActionType.SEARCH_WARRANT, input.getWarrantIssuedOn(), "warrant_issued_on", type);
        notAllowedUnless(errors, type == ActionType.SEARCH_WARRANT, input.getIssuingCourt(), "issuing_court", type);
        notAllowedUnless(errors, type == ActionType.SEARCH_WARRANT, input.getWarrantReturnedOn(), "warrant_returned_on",
                type);
        if (type != ActionType.SEARCH_WARRANT || input.getOccurredAt() == null) {
            return;
        }
        LocalDate executedOn = ClockProducer.londonDay(input.getOccurredAt().toInstant());
        boolean executed = input.getWarrantResult() == WarrantResult.POSITIVE
                || input.getWarrantResult() == WarrantResult.NEGATIVE;
        LocalDate issuedOn = input.getWarrantIssuedOn();
        if (issuedOn != null) {
            LocalDate expiresOn = EnforcementActionEntity.warrantExpiry(issuedOn);
            if (issuedOn.isAfter(today)) {
                errors.add(new FieldViolation("warrant_issued_on", "must not be in the future"));
            } else if (issuedOn.isAfter(executedOn)) {
                errors.add(new FieldViolation("warrant_issued_on", "must not be after the day of occurred_at ("
                        + executedOn + ")"));
            } else if (executed && executedOn.isAfter(expiresOn)) {
                errors.add(new FieldViolation("occurred_at", "is after the warrant expired on " + expiresOn
                        + ": entry under a warrant is authorised within three months of its issue (PACE 1984 s.16(3))"));
            }
        }
        LocalDate returnedOn = input.getWarrantReturnedOn();
        if (returnedOn != null) {
            if (returnedOn.isAfter(today)) {
                errors.add(new FieldViolation("warrant_returned_on", "must not be in the future"));
            } else if (issuedOn != null && returnedOn.isBefore(issuedOn)) {
                errors.add(new FieldViolation("warrant_returned_on", "must not be before warrant_issued_on"));
            } else if (executed && returnedOn.isBefore(executedOn)) {
                errors.add(new FieldViolation("warrant_returned_on", "must not be before the day it was executed ("
                        + executedOn + ")"));
            }
        }
    }

    private static void notAllowedUnless(List<FieldViolation> errors, boolean allowed, Object value, String field,
            ActionType type) {
        if (!allowed && value != null) {
            errors.add(new FieldViolation(field, "does not belong to " + article(type) + " action"));
        }
    }

    private static void required(List<FieldViolation> errors, Object value, String field, ActionType type) {
        if (value == null) {
            errors.add(new FieldViolation(field, "is required for " + article(type) + " action"));
        }
    }

    private static void atLeastOne(List<FieldViolation> errors, Map<String, Integer> counts, String field,
            ActionType type) {
        if (counts.get(field) < 1) {
            errors.add(new FieldViolation(field, "must be at least 1 for " + article(type) + " action"));
        }
    }

    /** "a SEARCH_WARRANT", "an ARREST": the article as the type's name is said. */
    private static String article(ActionType type) {
        return Wording.withArticle(type);
    }
}
