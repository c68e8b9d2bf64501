package uk.police.enforcement.action;

import java.util.List;

import uk.police.enforcement.api.model.RetentionGroup;
import uk.police.enforcement.api.model.EnforcementAction;
import uk.police.enforcement.api.model.EnforcementActionInput;
import uk.police.enforcement.api.model.SafeguardingType;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.common.persistence.Timestamps;
/** Between the API models generated from the contract and the stored entity. */
final class EnforcementActionMapper {

    private EnforcementActionMapper() {
    }

    /**
     * Copies every client-owned field; omitted optional fields are cleared and counts default to 0. The offence
     * category is derived from the offence code when there is one ({@code codes}); the police's part in a s.47
     * enquiry is stored as the participation it is.
     */
    static void apply(EnforcementActionInput input, EnforcementActionEntity entity, OffenceCodes codes) {
        entity.operationId = input.getOperationId();
        entity.actionType = input.getActionType();
        entity.occurredAt = input.getOccurredAt().toInstant();
        entity.area = input.getArea();
        entity.offenceCode = input.getOffenceCode();
        entity.offenceCategory = input.getOffenceCode() != null ? codes.categoryOf(input.getOffenceCode())
                : input.getOffenceCategory();
        entity.rmsReference = input.getRmsReference();
        entity.subjectReference = input.getSubjectReference();
        entity.officerCollarNumber = input.getOfficerCollarNumber();
        entity.notes = input.getNotes();
        entity.securityMarking = input.getSecurityMarking() == null ? SecurityMarking.OFFICIAL_SENSITIVE
                : input.getSecurityMarking();
        entity.legalBasis = input.getLegalBasis();
        entity.warrantResult = input.getWarrantResult();
        entity.devicesSeized = count(input.getDevicesSeized());
        entity.seizurePower = input.getSeizurePower();
        entity.s52NoticeGiven = input.getS52NoticeGiven();
        entity.seizeAndSift = input.getSeizeAndSift();
        entity.s52NoticeReference = input.getS52NoticeReference();
        entity.s52NoticeDelivery = input.getS52NoticeDelivery();
        entity.warrantIssuedOn = input.getWarrantIssuedOn();
        entity.issuingCourt = input.getIssuingCourt();
        entity.warrantReturnedOn = input.getWarrantReturnedOn();
        // The database derives it too; set here so the answer to this request states it.
        entity.warrantExpiresOn = EnforcementActionEntity.warrantExpiry(input.getWarrantIssuedOn());
        entity.exhibitReferences = input.getExhibitReferences() == null || input.getExhibitReferences().isEmpty()
                ? null : List.copyOf(input.getExhibitReferences());
        entity.childrenSafeguarded = count(input.getChildrenSafeguarded());
        entity.personsArrested = count(input.getPersonsArrested());
        entity.personsCharged = count(input.getPersonsCharged());
        entity.personReferences = input.getPersonReferences() == null || input.getPersonReferences().isEmpty()
                ? null : List.copyOf(input.getPersonReferences());
        entity.chargeOffence = input.getChargeOffence();
        entity.safeguardingKind = input.getSafeguardingType() == SafeguardingType.S47_ENQUIRY
                ? SafeguardingType.S47_ENQUIRY_PARTICIPATION : input.getSafeguardingType();
        entity.personsInterviewed = count(input.getPersonsInterviewed());
        entity.childrenFollowedUp = count(input.getChildrenFollowedUp());
        entity.followsActionId = input.getFollowsActionId();
        entity.referralId = input.getReferralId();
    }

    static int count(Integer value) {
        return value == null ? 0 : value;
    }

    static EnforcementAction toApi(EnforcementActionEntity entity) {
        EnforcementAction api = new EnforcementAction()
                .id(entity.id)
                .operationId(entity.operationId)
                .actionType(entity.actionType)
                .occurredAt(Timestamps.utc(entity.occurredAt))
                .area(entity.area)
                .offenceCategory(entity.offenceCategory)
                .offenceCode(entity.offenceCode)
                .rmsReference(entity.rmsReference)
                .subjectReference(entity.subjectReference)
                .officerCollarNumber(entity.officerCollarNumber)
                .notes(entity.notes)
                .securityMarking(entity.securityMarking)
                .legalBasis(entity.legalBasis)
                .warrantResult(entity.warrantResult)
                .devicesSeized(entity.devicesSeized)
                .seizurePower(entity.seizurePower)
                .s52NoticeGiven(entity.s52NoticeGiven)
                .seizeAndSift(entity.seizeAndSift)
                .s52NoticeReference(entity.s52NoticeReference)
                .s52NoticeDelivery(entity.s52NoticeDelivery)
                .warrantIssuedOn(entity.warrantIssuedOn)
                .issuingCourt(entity.issuingCourt)
                .warrantExpiresOn(entity.warrantExpiresOn)
                .warrantReturnedOn(entity.warrantReturnedOn)
                .childrenSafeguarded(entity.childrenSafeguarded)
                .personsArrested(entity.personsArrested)
                .personsCharged(entity.personsCharged)
                .chargeOffence(entity.chargeOffence)
                .safeguardingType(entity.safeguardingKind)
                .personsInterviewed(entity.personsInterviewed)
                .childrenFollowedUp(entity.childrenFollowedUp)
                .followsActionId(entity.followsActionId)
                .referralId(entity.referralId)
                .retentionGroup(RetentionGroup.fromValue(entity.retentionGroup))
                .reviewDueOn(entity.reviewDueOn)
                .archivedAt(Timestamps.utc(entity.archivedAt))
                .createdAt(Timestamps.utc(entity.createdAt))
                .updatedAt(Timestamps.utc(entity.updatedAt));
        // The generated model starts with an empty list; an action without exhibits omits the key.
        api.setExhibitReferences(entity.exhibitReferences == null ? null : entity.exhibitReferences);
        api.setPersonReferences(entity.personReferences == null ? null : entity.personReferences);
        return api;
    }
}
