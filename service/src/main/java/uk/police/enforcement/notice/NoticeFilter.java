package uk.police.enforcement.notice;

import java.time.LocalDate;
import java.util.UUID;

import uk.police.enforcement.api.model.NoticeStatus;
import uk.police.enforcement.api.model.NoticeType;

/** The list filters of notices, combined with AND; null means "any". */
public record NoticeFilter(UUID operationId, NoticeType noticeType, UUID partnerAgencyId, NoticeStatus status,
        LocalDate from, LocalDate to, Boolean overdue) {
}
