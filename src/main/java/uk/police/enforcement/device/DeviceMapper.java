package uk.police.enforcement.device;

import uk.police.enforcement.api.model.Device;
import uk.police.enforcement.api.model.DeviceInput;
import uk.police.enforcement.api.model.DeviceTransition;
import uk.police.enforcement.api.model.ExaminationResult;
import uk.police.enforcement.common.persistence.Timestamps;
/** Between devices as stored and as the contract has them. */
final class DeviceMapper {

    private DeviceMapper() {
    }

    static Device toApi(DeviceEntity d) {
        return new Device()
                .id(d.id)
                .actionId(d.actionId)
                .exhibitReference(d.exhibitReference)
                .kind(d.kind)
                .priority(d.priority)
                .s59ApplicationReference(d.s59ApplicationReference)
                .securityMarking(d.securityMarking)
                .status(d.status)
                .seizedAt(Timestamps.utc(d.seizedAt))
                .triageRoute(d.triageRoute)
                .triagedAt(Timestamps.utc(d.triagedAt))
                .awaitingSince(Timestamps.utc(d.awaitingSince))
                .examinationStartedAt(Timestamps.utc(d.examinationStartedAt))
                .examinationEndedAt(Timestamps.utc(d.examinationEndedAt))
                .examination(d.examinationEndedAt == null ? null : new ExaminationResult()
                        .caidCategoryA(d.caidCategoryA)
                        .caidCategoryB(d.caidCategoryB)
                        .caidCategoryC(d.caidCategoryC)
                        .fsrCodeCompliant(d.fsrCodeCompliant)
                        .fsrMethodReference(d.fsrMethodReference)
                        .examinerReference(d.examinerReference))
                .concludedAt(Timestamps.utc(d.concludedAt))
                .conclusionReason(d.conclusionReason)
                .createdAt(Timestamps.utc(d.createdAt))
                .updatedAt(Timestamps.utc(d.updatedAt));
    }

    /** The device's own fields as a body, the base a merge patch applies to. */
    static DeviceInput toInput(DeviceEntity d) {
        return new DeviceInput()
                .actionId(d.actionId)
                .exhibitReference(d.exhibitReference)
                .kind(d.kind)
                .priority(d.priority)
                .s59ApplicationReference(d.s59ApplicationReference)
                .securityMarking(d.securityMarking);
    }

    static DeviceTransition toApi(DeviceTransitionEntity t) {
        return new DeviceTransition()
                .fromStatus(t.fromStatus)
                .toStatus(t.toStatus)
                .occurredAt(Timestamps.utc(t.occurredAt))
                .recordedAt(Timestamps.utc(t.recordedAt))
                .actor(t.actor)
                .triageRoute(t.triageRoute)
                .reason(t.reason);
    }
}
