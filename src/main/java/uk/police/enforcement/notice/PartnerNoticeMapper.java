package uk.police.enforcement.notice;

import uk.police.enforcement.api.model.Legislation;
import uk.police.enforcement.api.model.RetentionGroup;
import uk.police.enforcement.api.model.NoticeTransition;
import uk.police.enforcement.api.model.PartnerNotice;
import uk.police.enforcement.api.model.PartnerNoticeInput;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.api.model.SubjectAgeBand;
import uk.police.enforcement.common.persistence.Timestamps;
/** Between the API models generated from the contract and the stored entities. */
final class PartnerNoticeMapper {

    private PartnerNoticeMapper() {
    }

    /**
     * Copies every client-owned field (never the status); omitted optional fields are cleared. {@code legislation}:
     * what the notice cites, given as such or by a label (NoticeBodyRules).
     */
    static void apply(PartnerNoticeInput input, PartnerNoticeEntity entity, Legislation legislation) {
        entity.noticeType = input.getNoticeType();
        entity.partnerAgencyId = input.getPartnerAgencyId();
        entity.operationId = input.getOperationId();
        entity.subjectReference = input.getSubjectReference();
        entity.subjectAgeBand = input.getSubjectAgeBand() == null ? SubjectAgeBand.UNKNOWN : input.getSubjectAgeBand();
        entity.legislation = legislation;
        entity.issuedOn = input.getIssuedOn();
        entity.followUpDue = input.getFollowUpDue();
        entity.notes = input.getNotes();
        entity.securityMarking = input.getSecurityMarking() == null ? SecurityMarking.OFFICIAL_SENSITIVE
                : input.getSecurityMarking();
    }

    static PartnerNotice toApi(PartnerNoticeEntity entity) {
        return new PartnerNotice()
                .id(entity.id)
                .noticeType(entity.noticeType)
                .partnerAgencyId(entity.partnerAgencyId)
                .operationId(entity.operationId)
                .subjectReference(entity.subjectReference)
                .subjectAgeBand(entity.subjectAgeBand)
                .legislation(entity.legislation)
                .issuedOn(entity.issuedOn)
                .followUpDue(entity.followUpDue)
                .notes(entity.notes)
                .securityMarking(entity.securityMarking)
                .status(entity.status)
                .countsAsIssued(entity.countsAsIssued)
                .retentionGroup(RetentionGroup.fromValue(entity.retentionGroup))
                .reviewDueOn(entity.reviewDueOn)
                .archivedAt(Timestamps.utc(entity.archivedAt))
                .createdAt(Timestamps.utc(entity.createdAt))
                .updatedAt(Timestamps.utc(entity.updatedAt));
    }

    /**
     * A transition as a partner agency's user sees it: the recording side (the unit, or the partner agency)
     * instead of the officer's subject and user name.
     */
    static NoticeTransition toPartnerApi(NoticeTransitionEntity entity, String unitName) {
        return toApi(entity).actor(entity.actorAgency != null ? entity.actorAgency : unitName).actorName(null);
    }

    static NoticeTransition toApi(NoticeTransitionEntity entity) {
        return new NoticeTransition()
                .id(entity.id)
                .fromStatus(entity.fromStatus)
                .toStatus(entity.toStatus)
                .reason(entity.reason)
                .occurredAt(Timestamps.utc(entity.occurredAt))
                .recordedAt(Timestamps.utc(entity.recordedAt))
                .actor(entity.actor)
                .actorName(entity.actorName);
    }
}
