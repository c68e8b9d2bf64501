package uk.police.enforcement.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.police.enforcement.api.model.ActionType;
import uk.police.enforcement.api.model.EnforcementActionInput;
import uk.police.enforcement.api.model.LegalBasis;
import uk.police.enforcement.api.model.OffenceCategory;
import uk.police.enforcement.api.model.SafeguardingType;
import uk.police.enforcement.api.model.Section52NoticeDelivery;
import uk.police.enforcement.api.model.SeizeAndSift;
import uk.police.enforcement.api.model.SeizurePower;
import uk.police.enforcement.api.model.WarrantResult;
import uk.police.enforcement.common.config.CodeList;
import uk.police.enforcement.common.problem.FieldViolation;
/** The per-type rules of an action, without the service: each violation names its field. */
class ActionRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-06T12:00:00Z");
    private static final CodeList AREAS = new CodeList(List.of("NORTH", "SOUTH"));
    private static final OffenceCodes CODES = new OffenceCodes(List.of("86/2=IIOC_MAKING", "86/10=IIOC_POSSESSION"));

    private static EnforcementActionInput action(ActionType type) {
        return new EnforcementActionInput().actionType(type).area("NORTH")
                .occurredAt(OffsetDateTime.of(2026, 3, 3, 6, 0, 0, 0, ZoneOffset.UTC))
                .offenceCategory(OffenceCategory.IIOC_MAKING).rmsReference("CU-26-000001");
    }

    private static EnforcementActionInput positiveWarrant() {
        return action(ActionType.SEARCH_WARRANT).legalBasis(LegalBasis.PCA_1978_S4)
                .warrantResult(WarrantResult.POSITIVE).devicesSeized(6).childrenSafeguarded(2)
                .seizurePower(SeizurePower.WARRANT);
    }

    private static Set<String> fields(EnforcementActionInput input) {
        return ActionRules.check(input, AREAS, CODES, NOW).stream().map(FieldViolation::field).collect(Collectors.toSet());
    }

    @Test
    void aCompleteActionOfEachTypeBreaksNoRule() {
        assertEquals(Set.of(), fields(positiveWarrant().exhibitReferences(List.of("ABC/1", "ABC/2"))));
        assertEquals(Set.of(), fields(action(ActionType.DEVICE_SEIZURE).devicesSeized(3)
                .seizurePower(SeizurePower.PACE_1984_S19)));
        assertEquals(Set.of(), fields(action(ActionType.ARREST).personsArrested(1)));
        assertEquals(Set.of(), fields(action(ActionType.CHARGE).personsCharged(3).chargeOffence(
                "Making indecent photographs of a child")));
    }

    @Test
    void aWarrantNeedsItsLegalBasisAndResult() {
        assertEquals(Set.of("legal_basis", "warrant_result"), fields(action(ActionType.SEARCH_WARRANT)));
    }

    @Test
    void countsThatDoNotBelongToTheTypeAreNamedAllAtOnce() {
        EnforcementActionInput arrest = action(ActionType.ARREST).personsArrested(1).devicesSeized(2)
                .personsCharged(1).legalBasis(LegalBasis.PACE_1984_S8);
        assertEquals(Set.of("devices_seized", "persons_charged", "legal_basis"), fields(arrest));
    }

    @Test
    void aBadCountIsNamedAloneNotAlsoAsTheReferencesTheClientDidNotSend() {
        assertEquals(Set.of("persons_arrested"), fields(action(ActionType.ARREST).personsArrested(-1)));
        assertEquals(Set.of("devices_seized"), fields(action(ActionType.DEVICE_SEIZURE).devicesSeized(-1)
                .seizurePower(SeizurePower.PACE_1984_S19)));
    }

    @Test
    void messagesNameTheTypeWithItsArticle() {
        assertEquals(List.of("does not belong to an ARREST action"), ActionRules.check(action(ActionType.ARREST)
                .personsArrested(1).devicesSeized(2), AREAS, CODES, NOW).stream().map(FieldViolation::message).toList());
    }

    @Test
    void typesThatCountSomethingNeedAtLeastOne() {
        assertEquals(Set.of("devices_seized", "seizure_power"), fields(action(ActionType.DEVICE_SEIZURE)));
        assertEquals(Set.of("persons_arrested"), fields(action(ActionType.ARREST)));
        assertEquals(Set.of("persons_charged", "charge_offence"), fields(action(ActionType.CHARGE)));
        assertEquals(Set.of("children_safeguarded", "safeguarding_type"), fields(action(ActionType.SAFEGUARDING)));
    }

    @Test
    void aSeizureRecordsItsPowerAndASeizeAndSiftItsS52Notice() {
        assertEquals(Set.of("seizure_power"), fields(positiveWarrant().seizurePower(null)));
        assertEquals(Set.of(), fields(positiveWarrant().devicesSeized(0).seizurePower(null)),
                "a warrant that seized nothing names no seizure power");
        assertEquals(Set.of("seizure_power"), fields(positiveWarrant().devicesSeized(0)));
        // CJPA 2001 s.50 is an additional power, not a power of seizure; its s.52 notice is a reference and a delivery.
        assertEquals(Set.of("seizure_power", "s52_notice_given"),
                fields(positiveWarrant().seizurePower(SeizurePower.CJPA_2001_S50).s52NoticeGiven(false)));
        assertEquals(Set.of("s52_notice_reference", "s52_notice_delivery"),
                fields(positiveWarrant().seizeAndSift(SeizeAndSift.CJPA_2001_S50)));
        assertEquals(Set.of(), fields(positiveWarrant().seizeAndSift(SeizeAndSift.CJPA_2001_S50)
                .s52NoticeReference("S52/1").s52NoticeDelivery(Section52NoticeDelivery.LEFT_ON_PREMISES)));
        assertEquals(Set.of("s52_notice_delivery"), fields(positiveWarrant().seizeAndSift(SeizeAndSift.CJPA_2001_S51)
                .s52NoticeReference("S52/1").s52NoticeDelivery(Section52NoticeDelivery.LEFT_ON_PREMISES)),
                "a notice after a seizure from a person is given to that person (s.52(4))");
        assertEquals(Set.of("s52_notice_reference", "s52_notice_delivery"), fields(positiveWarrant()
                .s52NoticeReference("S52/1").s52NoticeDelivery(Section52NoticeDelivery.GIVEN_TO_PERSON)));
        assertEquals(Set.of("seize_and_sift"), fields(positiveWarrant().devicesSeized(0).seizurePower(null)
                .seizeAndSift(SeizeAndSift.CJPA_2001_S50).s52NoticeReference("S52/1")
                .s52NoticeDelivery(Section52NoticeDelivery.GIVEN_TO_PERSON)));
        assertEquals(Set.of("seizure_power"), fields(action(ActionType.ARREST).personsArrested(1)
                .seizurePower(SeizurePower.PACE_1984_S32)));
    }

    @Test
    void aWarrantThatWasNotExecutedCountsNothing() {
        EnforcementActionInput notExecuted = positiveWarrant().warrantResult(WarrantResult.NOT_EXECUTED);
        assertEquals(Set.of("devices_seized", "children_safeguarded"), fields(notExecuted));
        assertEquals(Set.of("children_safeguarded"), fields(notExecuted.devicesSeized(0).seizurePower(null)));
    }

    @Test
    void exhibitsMayNotOutnumberOrRepeat() {
        assertEquals(Set.of("exhibit_references"),
                fields(positiveWarrant().devicesSeized(1).exhibitReferences(List.of("ABC/1", "ABC/2"))));
        assertEquals(Set.of("exhibit_references"),
                fields(positiveWarrant().exhibitReferences(List.of("ABC/1", "ABC/1"))));
        assertEquals(Set.of("exhibit_references"),
                fields(action(ActionType.ARREST).personsArrested(1).exhibitReferences(List.of("ABC/1"))));
    }

    @Test
    void theFutureIsAllowedOnlyWithinTheClockTolerance() {
        EnforcementActionInput soon = action(ActionType.ARREST).personsArrested(1)
                .occurredAt(NOW.plus(ActionRules.FUTURE_TOLERANCE).atOffset(ZoneOffset.UTC));
        assertEquals(Set.of(), fields(soon));
        EnforcementActionInput later = action(ActionType.ARREST).personsArrested(1)
                .occurredAt(NOW.plus(ActionRules.FUTURE_TOLERANCE).plusSeconds(1).atOffset(ZoneOffset.UTC));
        assertEquals(Set.of("occurred_at"), fields(later));
    }

    @Test
    void anAreaMustBeConfigured() {
        List<FieldViolation> errors = ActionRules.check(action(ActionType.ARREST).personsArrested(1).area("EAST"),
                AREAS, CODES, NOW);
        assertEquals(1, errors.size());
        assertEquals("area", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("NORTH, SOUTH"), errors.get(0).message());
    }

    @Test
    void theCategoryIsDerivedFromTheOffenceCodeNeverEnteredBesideIt() {
        EnforcementActionInput byCode = action(ActionType.ARREST).personsArrested(1).offenceCategory(null)
                .offenceCode("86/10");
        assertEquals(Set.of(), fields(byCode));
        assertEquals(Set.of("offence_category"), fields(byCode.offenceCategory(OffenceCategory.IIOC_MAKING)));
        assertEquals(Set.of(), fields(byCode.offenceCategory(OffenceCategory.IIOC_POSSESSION)), "the code's own category");
        assertEquals(Set.of("offence_code"), fields(action(ActionType.ARREST).personsArrested(1).offenceCode("99/9")));
        assertEquals(Set.of("offence_code"), fields(action(ActionType.ARREST).personsArrested(1).offenceCategory(null)),
                "an offence, by code (or by category from a 2.4 client), is required");
    }

    @Test
    void aVoluntaryAttendanceInterviewCountsPeopleInterviewedNotArrested() {
        assertEquals(Set.of(), fields(action(ActionType.VOLUNTARY_ATTENDANCE).personsInterviewed(2)
                .personReferences(List.of("SUBJ-1A", "SUBJ-2B"))));
        assertEquals(Set.of("persons_interviewed"), fields(action(ActionType.VOLUNTARY_ATTENDANCE)));
        assertEquals(Set.of("persons_arrested"), fields(action(ActionType.VOLUNTARY_ATTENDANCE).personsInterviewed(1)
                .personsArrested(1)));
        assertEquals(Set.of("persons_interviewed"), fields(action(ActionType.ARREST).personsArrested(1)
                .personsInterviewed(1)));
        assertEquals(Set.of("person_references"), fields(action(ActionType.VOLUNTARY_ATTENDANCE).personsInterviewed(1)
                .personReferences(List.of("SUBJ-1A", "SUBJ-2B"))));
    }

    @Test
    void aSafeguardingStepCountsOnlyChildrenNotCountedBefore() {
        EnforcementActionInput mash = action(ActionType.SAFEGUARDING).safeguardingType(SafeguardingType.MASH_REFERRAL);
        assertEquals(Set.of("children_safeguarded"), fields(mash), "at least one child in all");
        assertEquals(Set.of(), fields(mash.childrenFollowedUp(2).followsActionId(UUID.randomUUID())));
        assertEquals(Set.of("follows_action_id"), fields(action(ActionType.SAFEGUARDING)
                .safeguardingType(SafeguardingType.MASH_REFERRAL).childrenFollowedUp(2)));
        assertEquals(Set.of("children_followed_up"), fields(action(ActionType.SAFEGUARDING)
                .safeguardingType(SafeguardingType.MASH_REFERRAL).childrenSafeguarded(1)
                .followsActionId(UUID.randomUUID())));
        assertEquals(Set.of("follows_action_id", "children_followed_up"), fields(action(ActionType.ARREST)
                .personsArrested(1).childrenFollowedUp(1).followsActionId(UUID.randomUUID())));
    }

    @Test
    void errorsSayTheTypeWithItsArticle() {
        List<FieldViolation> errors = ActionRules.check(action(ActionType.ARREST).personsArrested(1).devicesSeized(1),
                AREAS, CODES, NOW);
        assertEquals("does not belong to an ARREST action", errors.get(0).message());
    }
}
