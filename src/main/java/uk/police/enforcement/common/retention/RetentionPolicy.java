package uk.police.enforcement.common.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.config.Pairs;
import uk.police.enforcement.common.persistence.ReviewableEntity;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.time.ClockProducer;
/**
 * The configured review schedule (the College of Policing's Police information and records management Code of
 * Practice, 2023, and the APP on information management): which retention group a record is in, when it is due for review, and
 * until when a record made in error may simply be deleted. A policy that does not parse stops start-up with
 * the setting's name.
 */
@ApplicationScoped
public class RetentionPolicy {

    /** The review groups for records about individuals, and CORPORATE for the force's own records. */
    public static final Set<String> GROUPS = Set.of("GROUP_1", "GROUP_2", "GROUP_3", "CORPORATE");
    private static final String DEFAULT_GROUP = "GROUP_3";

    private final Map<String, String> offenceGroups;
    private final Map<String, Period> reviewPeriods;
    private final String operationGroup;
    private final String noticeGroup;
    private final Map<String, String> noticeGroups;
    private final Duration deleteGracePeriod;
    private final Clock clock;

    public RetentionPolicy(EnforcementConfig config, Clock clock) {
        EnforcementConfig.Retention retention = config.retention();
        this.clock = clock;
        this.offenceGroups = Pairs.parse(retention.offenceGroups(), "enforcement.retention.offence-groups");
        offenceGroups.values().forEach(group -> requireGroup(group, "enforcement.retention.offence-groups"));
        this.reviewPeriods = new HashMap<>();
        Pairs.parse(retention.reviewPeriods(), "enforcement.retention.review-periods").forEach((group, period) -> {
            requireGroup(group, "enforcement.retention.review-periods");
            try {
                reviewPeriods.put(group, Period.parse(period));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("enforcement.retention.review-periods: " + period
                        + " is not an ISO 8601 period such as P10Y");
            }
        });
        GROUPS.forEach(group -> {
            if (!reviewPeriods.containsKey(group)) {
                throw new IllegalArgumentException("enforcement.retention.review-periods has no period for " + group);
            }
        });
        this.operationGroup = requireGroup(retention.operationGroup(), "enforcement.retention.operation-group");
        this.noticeGroup = requireGroup(retention.noticeGroup(), "enforcement.retention.notice-group");
        this.noticeGroups = Pairs.parse(retention.noticeGroups(), "enforcement.retention.notice-groups");
        noticeGroups.values().forEach(group -> requireGroup(group, "enforcement.retention.notice-groups"));
        this.deleteGracePeriod = retention.deleteGracePeriod();
    }

    /** The group of an action of this offence category. */
    public String groupOf(Enum<?> offenceCategory) {
        return offenceGroups.getOrDefault(offenceCategory.name(), DEFAULT_GROUP);
    }

    public String operationGroup() {
        return operationGroup;
    }

    /** The group of a notice of this type. */
    public String noticeGroupOf(String noticeType) {
        return noticeGroups.getOrDefault(noticeType, noticeGroup);
    }

    /** Today in London, by the service's clock: the day a review date is counted from. */
    public LocalDate today() {
        return ClockProducer.londonDay(clock.instant());
    }

    /** Puts a new record (or one whose group changed) in {@code group}, due for review a period from today. */
    public void schedule(ReviewableEntity record, String group) {
        if (group.equals(record.retentionGroup) && record.reviewDueOn != null) {
            return;
        }
        record.retentionGroup = group;
        record.reviewDueOn = today().plus(reviewPeriods.get(group));
    }

    /** A record may be deleted only within the grace period after its creation (409 after it). */
    public void requireDeletable(ReviewableEntity record, String kind) {
        if (record.createdAt.plus(deleteGracePeriod).isBefore(clock.instant())) {
            throw ApiProblem.conflict("This " + kind + " was created more than " + deleteGracePeriod.toDays()
                    + " days ago: a record made in error can be deleted only within that period; after it, a record"
                    + " leaves only through review and disposal (POST its review-decisions with DISPOSE).", List.of());
        }
    }

    private static String requireGroup(String group, String setting) {
        if (!GROUPS.contains(group)) {
            throw new IllegalArgumentException(setting + ": " + group + " is not one of " + GROUPS.stream().sorted().toList());
        }
        return group;
    }
}
