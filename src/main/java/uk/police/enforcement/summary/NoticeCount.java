package uk.police.enforcement.summary;

import java.util.UUID;

import uk.police.enforcement.api.model.NoticeType;
/** Notices issued of one type with one agency (within one group, for time series). */
record NoticeCount(NoticeType type, UUID agencyId, String code, String name, long count) {
}
