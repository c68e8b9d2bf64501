package uk.police.enforcement.review;

import uk.police.enforcement.api.model.ReviewRecordType;
/** The kinds of record under review: where each lives, how the API names it, and what messages call it. */
enum ReviewedKind {

    OPERATION(ReviewRecordType.OPERATION, "operation", "operations", "operation"),
    ENFORCEMENT_ACTION(ReviewRecordType.ENFORCEMENT_ACTION, "enforcement_action", "enforcement-actions", "enforcement action"),
    PARTNER_NOTICE(ReviewRecordType.PARTNER_NOTICE, "partner_notice", "partner-notices", "partner notice");

    final ReviewRecordType apiType;
    final String table;
    final String collection;
    final String label;

    ReviewedKind(ReviewRecordType apiType, String table, String collection, String label) {
        this.apiType = apiType;
        this.table = table;
        this.collection = collection;
        this.label = label;
    }

    String href(Object id) {
        return "/api/v2/" + collection + "/" + id;
    }

    static ReviewedKind of(String name) {
        return valueOf(name);
    }
}
