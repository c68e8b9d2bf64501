package uk.police.enforcement.agency;

import uk.police.enforcement.api.model.PartnerAgency;
import uk.police.enforcement.api.model.PartnerAgencyInput;
import uk.police.enforcement.common.persistence.Timestamps;
/** Between the API models generated from the contract and the stored entity. */
final class PartnerAgencyMapper {

    private PartnerAgencyMapper() {
    }

    static void apply(PartnerAgencyInput input, PartnerAgencyEntity entity) {
        entity.code = input.getCode();
        entity.name = input.getName();
        entity.kind = input.getAgencyType();
        entity.active = input.getActive() == null || input.getActive();
    }

    static PartnerAgency toApi(PartnerAgencyEntity entity) {
        return new PartnerAgency()
                .id(entity.id)
                .code(entity.code)
                .name(entity.name)
                .agencyType(entity.kind)
                .active(entity.active)
                .createdAt(Timestamps.utc(entity.createdAt))
                .updatedAt(Timestamps.utc(entity.updatedAt));
    }
}
