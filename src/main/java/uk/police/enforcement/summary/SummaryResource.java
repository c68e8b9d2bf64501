package uk.police.enforcement.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import uk.police.enforcement.api.SummariesApi;
import uk.police.enforcement.api.model.Breakdown;
import uk.police.enforcement.api.model.BreakdownDimension;
import uk.police.enforcement.api.model.OffenceCategory;
import uk.police.enforcement.api.model.OperationSummary;
import uk.police.enforcement.api.model.Summary;
import uk.police.enforcement.api.model.SummaryInterval;
import uk.police.enforcement.api.model.TimeSeries;
import uk.police.enforcement.audit.Audited;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.Csv;
/** HTTP face of the summaries: JSON, or the same figures as CSV when asked. */
@Audited
public class SummaryResource implements SummariesApi {

    private final SummaryService service;

    @Context
    HttpHeaders headers;

    public SummaryResource(SummaryService service) {
        this.service = service;
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response getSummary(LocalDate from, LocalDate to, UUID operationId, String area,
            OffenceCategory offenceCategory) {
        Summary summary = service.summary(from, to, operationId, area, offenceCategory);
        if (Csv.wanted(headers)) {
            return new Csv().row(SummaryCsv.header("from", "to", "operation_id", "area", "offence_category"))
                    .row(SummaryCsv.row(summary.getFigures(), from, to, operationId, area, offenceCategory))
                    .ok().build();
        }
        return Response.ok(summary, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response getOperationSummary(UUID operationId) {
        OperationSummary summary = service.forOperation(operationId);
        if (Csv.wanted(headers)) {
            List<String> header = new ArrayList<>(SummaryCsv.header("operation_id", "reference"));
            header.add("headline");
            List<Object> row = new ArrayList<>(SummaryCsv.row(summary.getFigures(), operationId,
                    summary.getOperation().getReference()));
            row.add(summary.getHeadline());
            return new Csv().row(header).row(row).ok().build();
        }
        return Response.ok(summary, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response getSummaryTimeSeries(LocalDate from, LocalDate to, SummaryInterval interval, UUID operationId,
            String area, OffenceCategory offenceCategory) {
        TimeSeries series = service.timeSeries(from, to, interval, operationId, area, offenceCategory);
        if (Csv.wanted(headers)) {
            Csv csv = new Csv().row(SummaryCsv.header("start", "end"));
            series.getBuckets().forEach(b -> csv.row(SummaryCsv.row(b.getFigures(), b.getStart(), b.getEnd())));
            return csv.ok().build();
        }
        return Response.ok(series, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response getSummaryBreakdown(LocalDate from, LocalDate to, BreakdownDimension by, UUID operationId,
            String area, OffenceCategory offenceCategory) {
        Breakdown breakdown = service.breakdown(from, to, by, operationId, area, offenceCategory);
        if (Csv.wanted(headers)) {
            Csv csv = new Csv().row(SummaryCsv.header("group"));
            breakdown.getGroups().forEach(g -> csv.row(SummaryCsv.row(g.getFigures(), g.getGroup())));
            return csv.ok().build();
        }
        return Response.ok(breakdown, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
