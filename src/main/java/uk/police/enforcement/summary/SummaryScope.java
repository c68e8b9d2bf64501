package uk.police.enforcement.summary;

import java.time.LocalDate;
import java.util.UUID;

import uk.police.enforcement.api.model.OffenceCategory;
/**
 * What a summary counts: actions that occurred and notices issued on the days [fromDay, toDay] (days in
 * Europe/London), narrowed by the filters. Null bounds mean "ever"
 * (an operation's summary). A partner's scope counts only its own agency's notices.
 */
record SummaryScope(LocalDate fromDay, LocalDate toDay, UUID operationId, String area,
        OffenceCategory offenceCategory, UUID partnerAgencyId) {

    /** A partner-agency user's view: its own agency's notices, and no actions. */
    boolean partnerView() {
        return partnerAgencyId != null;
    }
}
