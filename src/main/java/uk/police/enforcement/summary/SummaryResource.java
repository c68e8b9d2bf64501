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
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.Csv;
/** HTTP face of the summaries: JSON, or the same figures as CSV when asked. */
@Audited
public class SummaryResource implements SummariesApi {

    private final SummaryService service;
    private final SummaryCsv summaryCsv;

    @Context
    HttpHeaders headers;

    public SummaryResource(SummaryService service, EnforcementConfig config) {
        this.service = service;
        this.summaryCsv = new SummaryCsv(config.noticeTypes());
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response getSummary(LocalDate from, LocalDate to, UUID operationId, String area,
            OffenceCategory offenceCategory, String xRequestId, String justification) {
        Summary summary = service.summary(from, to, operationId, area, offenceCategory);
        if (Csv.wanted(headers)) {
            return new Csv().row(summaryCsv.header("day_from", "day_to", "operation_id", "area", "offence_category"))
                    .row(summaryCsv.row(summary.getFigures(), from, to, operationId, area, offenceCategory))
                    .ok().build();
        }
        return Response.ok(summary, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response getOperationSummary(UUID operationId, String xRequestId, String justification) {
        OperationSummary summary = service.forOperation(operationId);
        if (Csv.wanted(headers)) {
            List<String> header = new ArrayList<>(summaryCsv.header("operation_id", "reference"));
            header.add("headline");
            List<Object> row = new ArrayList<>(summaryCsv.row(summary.getFigures(), operationId,
                    summary.getOperation().getReference()));
            row.add(summary.getHeadline());
            return new Csv().row(header).row(row).ok().build();
        }
        return Response.ok(summary, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response getSummaryTimeSeries(LocalDate from, LocalDate to, SummaryInterval interval, UUID operationId,
            String area, OffenceCategory offenceCategory, String xRequestId, String justification) {
        TimeSeries series = service.timeSeries(from, to, interval, operationId, area, offenceCategory);
        if (Csv.wanted(headers)) {
            Csv csv = new Csv().row(summaryCsv.header("day_from", "day_to"));
            series.getBuckets().forEach(b -> csv.row(summaryCsv.row(b.getFigures(), b.getDayFrom(), b.getDayTo())));
            return csv.ok().build();
        }
        return Response.ok(series, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response getSummaryBreakdown(LocalDate from, LocalDate to, BreakdownDimension by, UUID operationId,
            String area, OffenceCategory offenceCategory, String xRequestId, String justification) {
        Breakdown breakdown = service.breakdown(from, to, by, operationId, area, offenceCategory);
        if (Csv.wanted(headers)) {
            Csv csv = new Csv().row(summaryCsv.header("group"));
            breakdown.getGroups().forEach(g -> csv.row(summaryCsv.row(g.getFigures(), g.getGroup())));
            return csv.ok().build();
        }
        return Response.ok(breakdown, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
