package uk.police.enforcement.notice;

import java.time.LocalDate;
import java.util.UUID;

import uk.police.enforcement.api.model.NoticeStatus;
import uk.police.enforcement.common.web.Range;
/** The list filters of notices, combined with AND; null means "any". */
public record NoticeFilter(UUID operationId, String noticeType, UUID partnerAgencyId, NoticeStatus status,
        Range<LocalDate> issued, Boolean overdue, String agencyCode, String subjectReference) {

    /** The filters of an operation's notices, which offer no reference lookups. */
    public NoticeFilter(UUID operationId, String noticeType, UUID partnerAgencyId, NoticeStatus status,
            Range<LocalDate> issued, Boolean overdue) {
        this(operationId, noticeType, partnerAgencyId, status, issued, overdue, null, null);
    }

    /** The same filters within one agency's notices (a partner's own). */
    NoticeFilter withinAgency(UUID agencyId) {
        return new NoticeFilter(operationId, noticeType, agencyId, status, issued, overdue, agencyCode, subjectReference);
    }
}
