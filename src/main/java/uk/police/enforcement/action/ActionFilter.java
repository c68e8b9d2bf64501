package uk.police.enforcement.action;

import java.time.Instant;
import java.util.UUID;

import uk.police.enforcement.api.model.ActionType;
import uk.police.enforcement.api.model.OffenceCategory;
import uk.police.enforcement.api.model.WarrantResult;
import uk.police.enforcement.common.web.Range;
/**
 * The list filters of enforcement actions, combined with AND; null means "any". The references are exact
 * matches, for other systems that hold them (an exhibit reference matches one of an action's exhibits).
 * {@code overdueReturn}: search warrants past expiry and not returned to the court (PACE 1984 s.16(10)), or
 * every action but those. {@code deviceMismatch}: actions with devices registered (V32) whose number is not their
 * devices_seized, or every action but those.
 */
public record ActionFilter(UUID operationId, ActionType actionType, OffenceCategory offenceCategory,
        String offenceCode, String area, WarrantResult warrantResult, Range<Instant> occurred, String rmsReference,
        String subjectReference, String exhibitReference, Boolean overdueReturn, Boolean deviceMismatch) {

    /** The filters of an operation's actions, which offer no reference lookups. */
    public ActionFilter(UUID operationId, ActionType actionType, OffenceCategory offenceCategory, String offenceCode,
            String area, WarrantResult warrantResult, Range<Instant> occurred) {
        this(operationId, actionType, offenceCategory, offenceCode, area, warrantResult, occurred, null, null, null,
                null, null);
    }
}
