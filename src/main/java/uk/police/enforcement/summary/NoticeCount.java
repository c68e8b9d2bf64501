package uk.police.enforcement.summary;

import java.util.UUID;
/** Notices issued of one type with one agency (within one group, for time series); {@code sensitive} of them OFFICIAL-SENSITIVE. */
record NoticeCount(String type, UUID agencyId, String code, String name, long count, long sensitive) {
}
