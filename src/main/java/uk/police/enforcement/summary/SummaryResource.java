package uk.police.enforcement.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import uk.police.enforcement.api.SummariesApi;
import uk.police.enforcement.api.model.Breakdown;
import uk.police.enforcement.api.model.BreakdownDimension;
import uk.police.enforcement.api.model.OffenceCategory;
import uk.police.enforcement.api.model.OperationSummary;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.api.model.Summary;
import uk.police.enforcement.api.model.SummaryInterval;
import uk.police.enforcement.api.model.TimeSeries;
import uk.police.enforcement.audit.Audited;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.Csv;
import uk.police.enforcement.figure.FigureCsv;
import uk.police.enforcement.figure.FigureLists;
import uk.police.enforcement.figure.FigureValues;
/**
 * HTTP face of the summaries: each as JSON, and as a CSV export (its own operation, so that generated
 * clients reach it) that states the highest security marking of the records it draws on.
 */
@Audited
public class SummaryResource implements SummariesApi {

    private final SummaryService service;
    private final FigureCsv summaryCsv;

    public SummaryResource(SummaryService service, EnforcementConfig config) {
        this.service = service;
        this.summaryCsv = new FigureCsv(FigureLists.of(config));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response getSummary(LocalDate dayFrom, LocalDate dayTo, String month, String financialYear,
            String financialQuarter, UUID operationId, String area, OffenceCategory offenceCategory, String offenceCode,
            String xRequestId, String justification) {
        return json(service.summary(new SummaryQuery(dayFrom, dayTo, month, financialYear, financialQuarter,
                operationId, area, offenceCategory, offenceCode)));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response exportSummaryCsv(LocalDate dayFrom, LocalDate dayTo, String month, String financialYear,
            String financialQuarter, UUID operationId, String area, OffenceCategory offenceCategory, String offenceCode,
            String xRequestId, String justification) {
        Summary summary = service.summary(new SummaryQuery(dayFrom, dayTo, month, financialYear, financialQuarter,
                operationId, area, offenceCategory, offenceCode));
        return Csv.marked(summary.getFigures().getSecurityMarking())
                .header(summaryCsv.header("day_from", "day_to", "operation_id", "area", "offence_category",
                        "offence_code"))
                .row(summaryCsv.row(summary.getFigures(), summary.getDayFrom(), summary.getDayTo(), operationId, area,
                        offenceCategory, offenceCode))
                .ok().build();
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response getOperationSummary(UUID operationId, String xRequestId, String justification) {
        return json(service.forOperation(operationId));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response exportOperationSummaryCsv(UUID operationId, String xRequestId, String justification) {
        OperationSummary summary = service.forOperation(operationId);
        List<String> header = new ArrayList<>(summaryCsv.header("operation_id", "reference"));
        header.add("headline");
        List<Object> row = new ArrayList<>(summaryCsv.row(summary.getFigures(), operationId,
                summary.getOperation().getReference()));
        row.add(summary.getHeadline());
        // Drawn on the operation's record too, not only on what its figures count.
        SecurityMarking marking = FigureValues.highest(Stream.of(summary.getOperation().getSecurityMarking(),
                summary.getFigures().getSecurityMarking()));
        return Csv.marked(marking).header(header).row(row).ok().build();
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response getSummaryTimeSeries(SummaryInterval interval, LocalDate dayFrom, LocalDate dayTo, String month,
            String financialYear, String financialQuarter, UUID operationId, String area,
            OffenceCategory offenceCategory, String offenceCode, String xRequestId, String justification) {
        return json(service.timeSeries(new SummaryQuery(dayFrom, dayTo, month, financialYear, financialQuarter,
                operationId, area, offenceCategory, offenceCode), interval));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response exportSummaryTimeSeriesCsv(SummaryInterval interval, LocalDate dayFrom, LocalDate dayTo,
            String month, String financialYear, String financialQuarter, UUID operationId, String area,
            OffenceCategory offenceCategory, String offenceCode, String xRequestId, String justification) {
        TimeSeries series = service.timeSeries(new SummaryQuery(dayFrom, dayTo, month, financialYear,
                financialQuarter, operationId, area, offenceCategory, offenceCode), interval);
        Csv csv = Csv.marked(FigureValues.highest(series.getBuckets().stream()
                .map(b -> b.getFigures().getSecurityMarking()))).header(summaryCsv.header("day_from", "day_to"));
        series.getBuckets().forEach(b -> csv.row(summaryCsv.row(b.getFigures(), b.getDayFrom(), b.getDayTo())));
        return csv.ok().build();
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response getDeviceBacklogChart(SummaryInterval interval, LocalDate dayFrom, LocalDate dayTo, String month,
            String financialYear, String financialQuarter, UUID operationId, String xRequestId, String justification) {
        TimeSeries series = service.timeSeries(new SummaryQuery(dayFrom, dayTo, month, financialYear,
                financialQuarter, operationId, null, null, null), interval);
        return Response.ok(DeviceBacklogChart.png(series), "image/png").build();
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response getSummaryBreakdown(BreakdownDimension by, LocalDate dayFrom, LocalDate dayTo, String month,
            String financialYear, String financialQuarter, UUID operationId, String area,
            OffenceCategory offenceCategory, String offenceCode, String xRequestId, String justification) {
        return json(service.breakdown(new SummaryQuery(dayFrom, dayTo, month, financialYear, financialQuarter,
                operationId, area, offenceCategory, offenceCode), by));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response exportSummaryBreakdownCsv(BreakdownDimension by, LocalDate dayFrom, LocalDate dayTo, String month,
            String financialYear, String financialQuarter, UUID operationId, String area,
            OffenceCategory offenceCategory, String offenceCode, String xRequestId, String justification) {
        Breakdown breakdown = service.breakdown(new SummaryQuery(dayFrom, dayTo, month, financialYear,
                financialQuarter, operationId, area, offenceCategory, offenceCode), by);
        Csv csv = Csv.marked(FigureValues.highest(breakdown.getGroups().stream()
                .map(g -> g.getFigures().getSecurityMarking()))).header(summaryCsv.header("group"));
        breakdown.getGroups().forEach(g -> csv.row(summaryCsv.row(g.getFigures(), g.getGroup())));
        return csv.ok().build();
    }

    private static Response json(Object figures) {
        return Response.ok(figures, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
