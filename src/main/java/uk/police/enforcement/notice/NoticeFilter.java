package uk.police.enforcement.notice;

import java.time.LocalDate;
import java.util.UUID;

import uk.police.enforcement.api.model.NoticeStatus;
import uk.police.enforcement.api.model.NoticeType;
import uk.police.enforcement.common.web.Range;
/** The list filters of notices, combined with AND; null means "any". */
public record NoticeFilter(UUID operationId, NoticeType noticeType, UUID partnerAgencyId, NoticeStatus status,
        Range<LocalDate> issued, Boolean overdue) {
}
