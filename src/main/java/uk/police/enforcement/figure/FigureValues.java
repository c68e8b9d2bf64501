package uk.police.enforcement.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.police.enforcement.api.model.AgencyCount;
import uk.police.enforcement.api.model.NoticeTypeCount;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.figure.Measure.ActionSum;
import uk.police.enforcement.figure.Measure.DistinctPeople;
import uk.police.enforcement.figure.Measure.HighestMarking;
import uk.police.enforcement.figure.Measure.NoticesIssued;
import uk.police.enforcement.figure.Measure.Total;
/**
 * What {@link FigureQueries} counted for one group, read as the catalogue's figures: every figure is worked
 * out here from the counts, by its measure, and nowhere else.
 */
public final class FigureValues {

    /** Nothing counted: every figure 0. */
    public static final FigureValues NONE = new FigureValues();

    final Map<String, Long> quantities = new HashMap<>();
    final Map<String, Long> people = new HashMap<>();
    final List<NoticeCount> notices = new ArrayList<>();
    /** Referrals per event figure (referrals_received, ...), and those open at the group's end. */
    final Map<String, Long> referralEvents = new HashMap<>();
    long referralsOpen;
    long referralsActedOn;
    final List<GradeCount> grades = new ArrayList<>();
    /** Crimes per current outcome type. */
    final Map<Integer, Long> outcomes = new HashMap<>();
    /** Devices awaiting examination at the group's end, and the same per "age", "kind" and "priority" group. */
    long devicesAwaiting;
    final Map<String, Map<String, Long>> devicesAwaitingBy = new HashMap<>();
    long devicesExamined;
    /** Images graded per CAID category (A, B, C) by the examinations that ended. */
    final Map<String, Long> imagesGraded = new HashMap<>();
    ExaminationDays examinationDays = ExaminationDays.NONE;

    /** How many examinations started and ended, and the median and 90th-percentile days from seizure to each. */
    public record ExaminationDays(long started, Double medianDaysToStart, Double p90DaysToStart, long ended,
            Double medianDaysToEnd, Double p90DaysToEnd) {
        static final ExaminationDays NONE = new ExaminationDays(0, null, null, 0, null, null);
    }

    /** The CAID categories, as the figures list them. */
    public static final List<String> CAID_CATEGORIES = List.of("A", "B", "C");

    FigureValues() {
    }

    /** The value of a figure that is a number (not a split or the marking). */
    public long value(String figure) {
        return value(FigureCatalogue.get(figure));
    }

    public long value(Figure figure) {
        Measure measure = figure.measure();
        if (measure instanceof ActionSum) {
            return quantities.getOrDefault(FigureSql.quantityOf(figure), 0L);
        }
        if (measure instanceof DistinctPeople) {
            return quantities.getOrDefault(FigureSql.quantityOf(figure), 0L) + people.getOrDefault(figure.name(), 0L);
        }
        if (measure instanceof Total total) {
            return total.of().stream().mapToLong(this::value).sum();
        }
        if (measure instanceof NoticesIssued issued && issued.by() == Measure.NoticeSplit.NONE) {
            return notices.stream().mapToLong(NoticeCount::count).sum();
        }
        if (measure instanceof Measure.ReferralEvents) {
            return referralEvents.getOrDefault(figure.name(), 0L);
        }
        if (measure instanceof Measure.ReferralsOpen) {
            return referralsOpen;
        }
        if (measure instanceof Measure.ReferralsActedOn) {
            return referralsActedOn;
        }
        if (measure instanceof Measure.CrimeOutcomes crimes && !crimes.byType()) {
            return outcomes.values().stream().mapToLong(Long::longValue).sum();
        }
        if (measure instanceof Measure.DevicesAwaiting awaiting && awaiting.by() == null) {
            return devicesAwaiting;
        }
        if (measure instanceof Measure.DevicesExamined examined && !examined.byCategory()) {
            return devicesExamined;
        }
        throw new IllegalArgumentException(figure.name() + " is not a single number");
    }

    /**
     * Takes the referral, crime and device figures of {@code live} (a publication freezes its actions and notices
     * only).
     */
    public void takeReferralsCrimesAndDevices(FigureValues live) {
        referralEvents.putAll(live.referralEvents);
        referralsOpen = live.referralsOpen;
        referralsActedOn = live.referralsActedOn;
        grades.addAll(live.grades);
        outcomes.putAll(live.outcomes);
        devicesAwaiting = live.devicesAwaiting;
        devicesAwaitingBy.putAll(live.devicesAwaitingBy);
        devicesExamined = live.devicesExamined;
        imagesGraded.putAll(live.imagesGraded);
        examinationDays = live.examinationDays;
    }

    /**
     * Whether the figure is a single whole number (the splits, the marking and the rates are not): a cell of a
     * publication, a count of the headline.
     */
    public static boolean isNumber(Figure figure) {
        Measure measure = figure.measure();
        return !(measure instanceof HighestMarking) && !(measure instanceof Measure.ReferralsByGrade)
                && !(measure instanceof Measure.OutcomeRate)
                && !(measure instanceof Measure.CrimeOutcomes crimes && crimes.byType())
                && !(measure instanceof Measure.DevicesAwaiting awaiting && awaiting.by() != null)
                && !(measure instanceof Measure.DevicesExamined examined && examined.byCategory())
                && !(measure instanceof Measure.DaysToExamination)
                && !(measure instanceof NoticesIssued issued && issued.by() != Measure.NoticeSplit.NONE);
    }

    /** A rate figure's value: from 0 to 1, and 0 when nothing is counted. */
    public double rate(Figure figure) {
        Measure.OutcomeRate rate = (Measure.OutcomeRate) figure.measure();
        long all = outcomes.values().stream().mapToLong(Long::longValue).sum();
        return all == 0 ? 0 : (double) outcomes.getOrDefault(rate.outcomeType(), 0L) / all;
    }

    /** Crimes with an outcome per type: every configured type, zero included, in its order. */
    public Map<Integer, Long> outcomesByType(List<Integer> outcomeTypes) {
        Map<Integer, Long> byType = new LinkedHashMap<>();
        outcomeTypes.forEach(type -> byType.put(type, outcomes.getOrDefault(type, 0L)));
        return byType;
    }

    /**
     * The devices awaiting examination per group of a split ("age", "kind" or "priority"): every group of
     * {@code groups}, zero included, in its order.
     */
    public Map<String, Long> devicesAwaitingBy(String split, List<String> groups) {
        Map<String, Long> counted = devicesAwaitingBy.getOrDefault(split, Map.of());
        Map<String, Long> all = new LinkedHashMap<>();
        groups.forEach(group -> all.put(group, counted.getOrDefault(group, 0L)));
        return all;
    }

    /** The groups a device split lists, as configured. */
    public static List<String> groupsOf(String split, FigureLists lists) {
        return switch (split) {
            case "age" -> lists.ageBands().stream().map(FigureLists.AgeBand::label).toList();
            case "kind" -> lists.deviceKinds();
            case "priority" -> lists.devicePriorities();
            default -> throw new IllegalArgumentException(split);
        };
    }

    /** Images graded per CAID category, A to C. */
    public Map<String, Long> imagesGraded() {
        Map<String, Long> all = new LinkedHashMap<>();
        CAID_CATEGORIES.forEach(category -> all.put(category, imagesGraded.getOrDefault(category, 0L)));
        return all;
    }

    public ExaminationDays examinationDays() {
        return examinationDays;
    }

    /** The referrals received per current grade, the grades in order from very high to low, each one listed. */
    List<GradeCount> grades() {
        List<GradeCount> all = new ArrayList<>();
        for (String grade : List.of("VERY_HIGH", "HIGH", "MEDIUM", "LOW")) {
            all.add(grades.stream().filter(g -> g.grade().equals(grade)).findFirst()
                    .orElse(new GradeCount(grade, 0, 0, 0, null, null)));
        }
        return all;
    }

    /**
     * Notices issued per type: every type of {@code noticeTypes} (the configured list), zero included, in its
     * order. A notice of a type no longer configured still counts in notices_issued.
     */
    public List<NoticeTypeCount> noticesByType(List<String> noticeTypes) {
        Map<String, Long> byType = new LinkedHashMap<>();
        noticeTypes.forEach(type -> byType.put(type, 0L));
        notices.forEach(n -> byType.computeIfPresent(n.type(), (type, count) -> count + n.count()));
        return byType.entrySet().stream()
                .map(e -> new NoticeTypeCount().noticeType(e.getKey()).count(e.getValue())).toList();
    }

    /** Notices issued per partner agency, most first, then by code; notices without an agency are in none. */
    public List<AgencyCount> noticesByAgency() {
        Map<UUID, AgencyCount> byAgency = new LinkedHashMap<>();
        for (NoticeCount n : notices) {
            if (n.agencyId() != null) {
                byAgency.computeIfAbsent(n.agencyId(), id -> new AgencyCount().partnerAgencyId(id).code(n.code())
                        .name(n.name()).count(0L));
                AgencyCount agency = byAgency.get(n.agencyId());
                agency.setCount(agency.getCount() + n.count());
            }
        }
        return byAgency.values().stream()
                .sorted(Comparator.comparing(AgencyCount::getCount).reversed().thenComparing(AgencyCount::getCode))
                .toList();
    }

    /**
     * Every number these figures show, in the catalogue's order: one per figure that is a number, one per
     * configured notice type, one per agency (its code as the group). The marking is not a number.
     */
    public List<Cell> cells(FigureLists lists) {
        List<Cell> cells = new ArrayList<>();
        for (Figure figure : FigureCatalogue.ALL) {
            Measure measure = figure.measure();
            if (isNumber(figure)) {
                cells.add(new Cell(figure.name(), null, value(figure)));
            } else if (measure instanceof NoticesIssued issued) {
                if (issued.by() == Measure.NoticeSplit.NOTICE_TYPE) {
                    noticesByType(lists.noticeTypes()).forEach(t -> cells.add(new Cell(figure.name(),
                            t.getNoticeType(), t.getCount())));
                } else {
                    noticesByAgency().forEach(a -> cells.add(new Cell(figure.name(), a.getCode(), a.getCount())));
                }
            } else if (measure instanceof Measure.ReferralsByGrade) {
                // Counts only: a median or a percentile is no number of records to release or suppress.
                for (GradeCount g : grades()) {
                    cells.add(new Cell(figure.name(), g.grade() + "/received", g.received()));
                    cells.add(new Cell(figure.name(), g.grade() + "/actioned_within_target", g.withinTarget()));
                    cells.add(new Cell(figure.name(), g.grade() + "/breached", g.breached()));
                }
            } else if (measure instanceof Measure.CrimeOutcomes) {
                outcomesByType(lists.outcomeTypes()).forEach((type, count) -> cells.add(new Cell(figure.name(),
                        String.valueOf(type), count)));
            } else if (measure instanceof Measure.DevicesAwaiting awaiting) {
                devicesAwaitingBy(awaiting.by(), groupsOf(awaiting.by(), lists))
                        .forEach((group, count) -> cells.add(new Cell(figure.name(), group, count)));
            } else if (measure instanceof Measure.DevicesExamined) {
                imagesGraded().forEach((category, count) -> cells.add(new Cell(figure.name(), category, count)));
            }
        }
        return cells;
    }

    /** The highest marking of the records counted: OFFICIAL when none is OFFICIAL-SENSITIVE (or none is counted). */
    public SecurityMarking marking() {
        Figure marking = FigureCatalogue.get("security_marking");
        long sensitive = quantities.getOrDefault(FigureSql.quantityOf(marking), 0L)
                + notices.stream().mapToLong(NoticeCount::sensitive).sum();
        return sensitive > 0 ? SecurityMarking.OFFICIAL_SENSITIVE : SecurityMarking.OFFICIAL;
    }

    /** The highest of the markings: what an answer drawing on all of them must state. */
    public static SecurityMarking highest(java.util.stream.Stream<SecurityMarking> markings) {
        return markings.anyMatch(SecurityMarking.OFFICIAL_SENSITIVE::equals) ? SecurityMarking.OFFICIAL_SENSITIVE
                : SecurityMarking.OFFICIAL;
    }
}
