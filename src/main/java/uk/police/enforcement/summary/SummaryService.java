package uk.police.enforcement.summary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.enforcement.agency.PartnerAgencyService;
import uk.police.enforcement.api.model.ActionType;
import uk.police.enforcement.api.model.Breakdown;
import uk.police.enforcement.api.model.BreakdownDimension;
import uk.police.enforcement.api.model.BreakdownGroup;
import uk.police.enforcement.api.model.Bucket;
import uk.police.enforcement.api.model.Figures;
import uk.police.enforcement.api.model.OffenceCategory;
import uk.police.enforcement.api.model.OperationSummary;
import uk.police.enforcement.api.model.Summary;
import uk.police.enforcement.api.model.SummaryFilters;
import uk.police.enforcement.api.model.SummaryInterval;
import uk.police.enforcement.api.model.TimeSeries;
import uk.police.enforcement.common.config.CodeList;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.web.Range;
import uk.police.enforcement.figure.ApiFigures;
import uk.police.enforcement.figure.FigureQueries;
import uk.police.enforcement.figure.FigureScope;
import uk.police.enforcement.figure.FigureValues;
import uk.police.enforcement.figure.Grouping;
import uk.police.enforcement.figure.Headline;
import uk.police.enforcement.operation.OperationEntity;
import uk.police.enforcement.operation.OperationMapper;
import uk.police.enforcement.operation.OperationService;
/** The published figures for a period, an operation, per week or month, and per group. */
@ApplicationScoped
public class SummaryService {

    static final int MAX_YEARS = 10;

    private final FigureQueries queries;
    private final CodeList areas;
    private final List<String> noticeTypes;
    private final OperationService operations;
    private final PartnerAgencyService agencies;

    public SummaryService(FigureQueries queries, EnforcementConfig config, OperationService operations,
            PartnerAgencyService agencies) {
        this.queries = queries;
        this.areas = config.areaCodes();
        this.noticeTypes = config.noticeTypes();
        this.operations = operations;
        this.agencies = agencies;
    }

    /** One snapshot: both aggregates read in one transaction, so they agree with each other. */
    @Transactional
    public Summary summary(LocalDate from, LocalDate to, UUID operationId, String area, OffenceCategory category) {
        FigureScope scope = scope(from, to, operationId, area, category);
        Figures figures = ApiFigures.of(one(queries.count(scope, Grouping.NONE)), noticeTypes);
        return new Summary().dayFrom(from).dayTo(to).filters(filters(scope)).figures(figures)
                .generatedAt(Timestamps.utc(Timestamps.now()));
    }

    @Transactional
    public OperationSummary forOperation(UUID operationId) {
        OperationEntity operation = operations.get(operationId);
        FigureValues values = one(queries.count(FigureScope.ofOperation(operationId), Grouping.NONE));
        return new OperationSummary().operation(OperationMapper.toApi(operation))
                .figures(ApiFigures.of(values, noticeTypes)).headline(Headline.of(values, noticeTypes)).generatedAt(Timestamps.utc(Timestamps.now()));
    }

    @Transactional
    public TimeSeries timeSeries(LocalDate from, LocalDate to, SummaryInterval interval, UUID operationId, String area,
            OffenceCategory category) {
        FigureScope scope = scope(from, to, operationId, area, category);
        boolean weekly = interval == SummaryInterval.WEEK;
        Map<String, FigureValues> groups = queries.count(scope, weekly ? Grouping.WEEK : Grouping.MONTH);
        List<Bucket> buckets = new ArrayList<>();
        LocalDate start = weekly ? from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : from.withDayOfMonth(1);
        while (!start.isAfter(to)) {
            LocalDate next = weekly ? start.plusWeeks(1) : start.plusMonths(1);
            buckets.add(new Bucket()
                    .dayFrom(start.isBefore(from) ? from : start)
                    .dayTo(next.minusDays(1).isAfter(to) ? to : next.minusDays(1))
                    .figures(ApiFigures.of(groups.getOrDefault(start.toString(), FigureValues.NONE), noticeTypes)));
            start = next;
        }
        return new TimeSeries().interval(interval).dayFrom(from).dayTo(to).filters(filters(scope)).buckets(buckets)
                .generatedAt(Timestamps.utc(Timestamps.now()));
    }

    @Transactional
    public Breakdown breakdown(LocalDate from, LocalDate to, BreakdownDimension by, UUID operationId, String area,
            OffenceCategory category) {
        FigureScope scope = scope(from, to, operationId, area, category);
        List<String> groups = switch (by) {
            case AREA -> areas.codes();
            case OFFENCE_CATEGORY -> Arrays.stream(OffenceCategory.values()).map(Enum::name).toList();
            case ACTION_TYPE -> Arrays.stream(ActionType.values()).map(Enum::name).toList();
        };
        Map<String, FigureValues> totals = queries.count(scope, Grouping.byColumn(by));
        return new Breakdown().by(by).dayFrom(from).dayTo(to).filters(filters(scope))
                .groups(groups.stream().map(g -> new BreakdownGroup().group(g)
                        .figures(ApiFigures.of(totals.getOrDefault(g, FigureValues.NONE), noticeTypes))).toList())
                .generatedAt(Timestamps.utc(Timestamps.now()));
    }

    private FigureScope scope(LocalDate from, LocalDate to, UUID operationId, String area, OffenceCategory category) {
        List<FieldViolation> errors = new ArrayList<>();
        Optional<FieldViolation> disordered = new Range<>(from, to).violation("day_from", "day_to");
        if (disordered.isPresent()) {
            errors.add(disordered.get());
        } else if (to.isAfter(from.plusYears(MAX_YEARS))) {
            errors.add(new FieldViolation("day_to", "must be at most " + MAX_YEARS + " years after day_from"));
        }
        areas.check("area", area).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        return new FigureScope(from, to, operationId, area, category, null, agencies.callerScope().orElse(null));
    }

    /** The one group of an ungrouped count (nothing counted: every figure 0). */
    private static FigureValues one(Map<String, FigureValues> groups) {
        return groups.getOrDefault("", FigureValues.NONE);
    }

    private static SummaryFilters filters(FigureScope scope) {
        return new SummaryFilters().operationId(scope.operationId()).area(scope.area())
                .offenceCategory(scope.offenceCategory());
    }
}
