package uk.police.enforcement.action;

import java.time.Instant;
import java.util.UUID;

import uk.police.enforcement.api.model.ActionType;
import uk.police.enforcement.api.model.OffenceCategory;
import uk.police.enforcement.api.model.WarrantResult;
import uk.police.enforcement.common.web.Range;
/** The list filters of enforcement actions, combined with AND; null means "any". */
public record ActionFilter(UUID operationId, ActionType actionType, OffenceCategory offenceCategory, String area,
        WarrantResult warrantResult, Range<Instant> occurred) {
}
