package uk.police.enforcement.figure;

import java.util.UUID;
/**
 * Notices issued of one type with one agency (none for a notice the police issue themselves), within one
 * group; {@code sensitive} of them OFFICIAL-SENSITIVE.
 */
record NoticeCount(String type, UUID agencyId, String code, String name, long count, long sensitive) {
}
