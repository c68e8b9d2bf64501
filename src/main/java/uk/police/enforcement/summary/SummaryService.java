package uk.police.enforcement.summary;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.enforcement.action.OffenceCodes;
import uk.police.enforcement.agency.PartnerAgencyService;
import uk.police.enforcement.api.model.ActionType;
import uk.police.enforcement.api.model.Breakdown;
import uk.police.enforcement.api.model.BreakdownDimension;
import uk.police.enforcement.api.model.BreakdownGroup;
import uk.police.enforcement.api.model.Bucket;
import uk.police.enforcement.api.model.OffenceCategory;
import uk.police.enforcement.api.model.OperationSummary;
import uk.police.enforcement.api.model.Summary;
import uk.police.enforcement.api.model.SummaryFilters;
import uk.police.enforcement.api.model.SummaryInterval;
import uk.police.enforcement.api.model.TimeSeries;
import uk.police.enforcement.common.config.CodeList;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.persistence.ReadSnapshot;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.figure.ApiFigures;
import uk.police.enforcement.figure.CountsFigures;
import uk.police.enforcement.figure.FigureLists;
import uk.police.enforcement.figure.FigureCache;
import uk.police.enforcement.figure.FigureScope;
import uk.police.enforcement.figure.FigureValues;
import uk.police.enforcement.figure.Grouping;
import uk.police.enforcement.figure.Headline;
import uk.police.enforcement.figure.Period;
import uk.police.enforcement.operation.OperationEntity;
import uk.police.enforcement.operation.OperationMapper;
import uk.police.enforcement.operation.OperationService;
/** The published figures, live: for a period, an operation, per week, month or financial period, and per group. */
@ApplicationScoped
public class SummaryService {

    private final FigureCache figures;
    private final CodeList areas;
    private final OffenceCodes offenceCodes;
    private final FigureLists lists;
    private final OperationService operations;
    private final PartnerAgencyService agencies;
    private final Clock clock;
    private final ReadSnapshot snapshot;

    public SummaryService(FigureCache figures, EnforcementConfig config, OffenceCodes offenceCodes,
            OperationService operations, PartnerAgencyService agencies, Clock clock, ReadSnapshot snapshot) {
        this.snapshot = snapshot;
        this.figures = figures;
        this.areas = config.areaCodes();
        this.offenceCodes = offenceCodes;
        this.lists = FigureLists.of(config);
        this.operations = operations;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** One snapshot: every count read in one read-only snapshot, so that they agree with each other. */
    @CountsFigures(cacheFirst = true)
    @Transactional
    public Summary summary(SummaryQuery query) {
        snapshot.begin();
        FigureScope scope = scope(query);
        return new Summary().dayFrom(scope.fromDay()).dayTo(scope.toDay()).filters(filters(scope))
                .figures(ApiFigures.of(one(figures.count(scope, Grouping.NONE)), lists)).generatedAt(now());
    }

    @CountsFigures // never answered from the figure cache (no period): it waits for its turn holding no connection
    @Transactional
    public OperationSummary forOperation(UUID operationId) {
        snapshot.begin();
        OperationEntity operation = operations.get(operationId);
        FigureValues values = one(figures.count(FigureScope.ofOperation(operationId), Grouping.NONE));
        return new OperationSummary().operation(OperationMapper.toApi(operation))
                .figures(ApiFigures.of(values, lists)).headline(Headline.of(values, lists.noticeTypes()))
                .generatedAt(now());
    }

    @CountsFigures(cacheFirst = true)
    @Transactional
    public TimeSeries timeSeries(SummaryQuery query, SummaryInterval interval) {
        snapshot.begin();
        FigureScope scope = scope(query);
        LocalDate from = scope.fromDay();
        LocalDate to = scope.toDay();
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = firstDay(interval, from); !start.isAfter(to); start = next(interval, start)) {
            starts.add(start);
        }
        Map<String, FigureValues> groups = figures.count(scope, grouping(interval),
                starts.stream().map(LocalDate::toString).toList());
        List<Bucket> buckets = new ArrayList<>();
        for (LocalDate start : starts) {
            LocalDate last = next(interval, start).minusDays(1);
            buckets.add(new Bucket()
                    .dayFrom(start.isBefore(from) ? from : start)
                    .dayTo(last.isAfter(to) ? to : last)
                    .figures(ApiFigures.of(groups.getOrDefault(start.toString(), FigureValues.NONE), lists)));
        }
        return new TimeSeries().interval(interval).dayFrom(from).dayTo(to).filters(filters(scope)).buckets(buckets)
                .generatedAt(now());
    }

    @CountsFigures(cacheFirst = true)
    @Transactional
    public Breakdown breakdown(SummaryQuery query, BreakdownDimension by) {
        snapshot.begin();
        FigureScope scope = scope(query);
        List<String> groups = switch (by) {
            case AREA -> areas.codes();
            case OFFENCE_CATEGORY -> Arrays.stream(OffenceCategory.values()).map(Enum::name).toList();
            case ACTION_TYPE -> Arrays.stream(ActionType.values()).map(Enum::name).toList();
            case OFFENCE_CODE -> offenceCodes.codes();
        };
        Map<String, FigureValues> totals = figures.count(scope, Grouping.byColumn(by));
        return new Breakdown().by(by).dayFrom(scope.fromDay()).dayTo(scope.toDay()).filters(filters(scope))
                .groups(groups.stream().map(g -> new BreakdownGroup().group(g)
                        .figures(ApiFigures.of(totals.getOrDefault(g, FigureValues.NONE), lists))).toList())
                .generatedAt(now());
    }

    private static LocalDate next(SummaryInterval interval, LocalDate start) {
        return switch (interval) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case FINANCIAL_QUARTER -> start.plusMonths(3);
            case FINANCIAL_YEAR -> start.plusYears(1);
        };
    }

    private static Grouping grouping(SummaryInterval interval) {
        return switch (interval) {
            case WEEK -> Grouping.WEEK;
            case MONTH -> Grouping.MONTH;
            case FINANCIAL_QUARTER -> Grouping.FINANCIAL_QUARTER;
            case FINANCIAL_YEAR -> Grouping.FINANCIAL_YEAR;
        };
    }

    /** The first day of the bucket holding {@code day}, as {@link Grouping} keys it. */
    private static LocalDate firstDay(SummaryInterval interval, LocalDate day) {
        return switch (interval) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case FINANCIAL_QUARTER -> {
                LocalDate shifted = day.minusMonths(3);
                yield LocalDate.of(shifted.getYear(), (shifted.getMonthValue() - 1) / 3 * 3 + 1, 1).plusMonths(3);
            }
            case FINANCIAL_YEAR -> LocalDate.of(day.minusMonths(3).getYear(), 4, 1);
        };
    }

    private FigureScope scope(SummaryQuery query) {
        Period period = Period.of(query.dayFrom(), query.dayTo(), query.month(), query.financialYear(),
                query.financialQuarter());
        List<FieldViolation> errors = new ArrayList<>();
        areas.check("area", query.area()).ifPresent(errors::add);
        offenceCodes.check("offence_code", query.offenceCode()).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        return new FigureScope(period.from(), period.to(), query.operationId(), query.area(), query.offenceCategory(),
                query.offenceCode(), agencies.callerScope().orElse(null));
    }

    /** The one group of an ungrouped count (nothing counted: every figure 0). */
    private static FigureValues one(Map<String, FigureValues> groups) {
        return groups.getOrDefault("", FigureValues.NONE);
    }

    private static SummaryFilters filters(FigureScope scope) {
        return new SummaryFilters().operationId(scope.operationId()).area(scope.area())
                .offenceCategory(scope.offenceCategory()).offenceCode(scope.offenceCode());
    }

    private OffsetDateTime now() {
        return Timestamps.utc(Timestamps.at(clock));
    }
}
