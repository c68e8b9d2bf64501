package uk.police.enforcement.notice;

import java.time.LocalDate;
import java.util.UUID;

import uk.police.enforcement.api.model.NoticeStatus;
import uk.police.enforcement.common.web.Range;
/** The list filters of notices, combined with AND; null means "any". */
public record NoticeFilter(UUID operationId, String noticeType, UUID partnerAgencyId, NoticeStatus status,
        Range<LocalDate> issued, Boolean overdue) {
}
