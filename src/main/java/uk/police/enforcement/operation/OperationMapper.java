package uk.police.enforcement.operation;

import uk.police.enforcement.api.model.RetentionGroup;
import uk.police.enforcement.api.model.Operation;
import uk.police.enforcement.api.model.OperationInput;
import uk.police.enforcement.api.model.OperationStatus;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.common.persistence.Timestamps;
/** Between the API models generated from the contract and the stored entity. */
public final class OperationMapper {

    private OperationMapper() {
    }

    /** Copies every client-owned field; omitted optional fields are cleared or take their defaults. */
    static void apply(OperationInput input, OperationEntity entity) {
        entity.reference = input.getReference();
        entity.name = input.getName();
        entity.kind = input.getOperationType();
        entity.description = input.getDescription();
        entity.startDate = input.getStartDate();
        entity.endDate = input.getEndDate();
        entity.leadUnit = input.getLeadUnit();
        entity.status = input.getStatus() == null ? OperationStatus.PLANNED : input.getStatus();
        entity.securityMarking = input.getSecurityMarking() == null ? SecurityMarking.OFFICIAL_SENSITIVE
                : input.getSecurityMarking();
    }

    public static Operation toApi(OperationEntity entity) {
        return new Operation()
                .id(entity.id)
                .reference(entity.reference)
                .name(entity.name)
                .operationType(entity.kind)
                .description(entity.description)
                .startDate(entity.startDate)
                .endDate(entity.endDate)
                .leadUnit(entity.leadUnit)
                .status(entity.status)
                .securityMarking(entity.securityMarking)
                .retentionGroup(RetentionGroup.fromValue(entity.retentionGroup))
                .reviewDueOn(entity.reviewDueOn)
                .archivedAt(Timestamps.utc(entity.archivedAt))
                .createdAt(Timestamps.utc(entity.createdAt))
                .updatedAt(Timestamps.utc(entity.updatedAt));
    }
}
