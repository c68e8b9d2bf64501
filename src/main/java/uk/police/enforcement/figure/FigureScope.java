package uk.police.enforcement.figure;

import java.time.LocalDate;
import java.util.UUID;

import uk.police.enforcement.api.model.OffenceCategory;
/**
 * What figures count: actions that occurred and notices issued on the days [fromDay, toDay] (days in
 * Europe/London), narrowed by the filters. Null bounds mean "ever" (an operation's figures). A partner's
 * scope counts only its own agency's notices.
 */
public record FigureScope(LocalDate fromDay, LocalDate toDay, UUID operationId, String area,
        OffenceCategory offenceCategory, String offenceCode, UUID partnerAgencyId) {

    /** Everything an operation's records count. */
    public static FigureScope ofOperation(UUID operationId) {
        return new FigureScope(null, null, operationId, null, null, null, null);
    }

    /** A partner-agency user's view: its own agency's notices, and no actions. */
    public boolean partnerView() {
        return partnerAgencyId != null;
    }
}
