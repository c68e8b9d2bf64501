package uk.police.enforcement.summary;

import java.time.LocalDate;
import java.util.UUID;

import uk.police.enforcement.api.model.OffenceCategory;
/**
 * A summary's query parameters as the client sent them: one period (days, a month, a financial year or
 * quarter) and the filters.
 */
public record SummaryQuery(LocalDate dayFrom, LocalDate dayTo, String month, String financialYear,
        String financialQuarter, UUID operationId, String area, OffenceCategory offenceCategory, String offenceCode) {
}
