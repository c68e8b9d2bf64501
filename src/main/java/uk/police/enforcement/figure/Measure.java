package uk.police.enforcement.figure;

import java.util.List;
/**
 * How a figure is computed from the records. Each rule is an SQL expression over one row of the table it
 * counts; {@link FigureCatalogue} is the only place one is written, and everything that computes a figure
 * (the summaries' queries, the daily totals' triggers in R__action_figures.sql, publications) is built
 * from these.
 */
public sealed interface Measure {

    /** Summed over the enforcement actions in scope: {@code perAction} is what one action adds. */
    record ActionSum(String perAction) implements Measure {
    }

    /**
     * People, each counted once in a scope however many of its actions name them: the actions of type
     * {@code referencedOn} name them in {@code person_references} (counted by a salted hash of the reference,
     * which stays when a record is disposed of); the people an action counts in {@code countColumn} beyond
     * the references it gives are added as it states them.
     */
    record DistinctPeople(String countColumn, String referencedOn) implements Measure {
    }

    /** The sum of other figures of the catalogue, named. */
    record Total(List<String> of) implements Measure {
    }

    /** Partner notices that count as issued ({@code countedWhen}), on their {@code day} column, split as {@code by} says. */
    record NoticesIssued(String countedWhen, String day, NoticeSplit by) implements Measure {
    }

    /** The highest security marking of the records counted: OFFICIAL_SENSITIVE when any is {@code sensitiveWhen}. */
    record HighestMarking(String sensitiveWhen) implements Measure {
    }

    /** Referrals counted on the London day of one event of theirs: the instant {@code at} (SQL over a referral). */
    record ReferralEvents(String at) implements Measure {
    }

    /** Referrals open at the end of the period: received by then and not closed by then. */
    record ReferralsOpen() implements Measure {
    }

    /** The referrals received in the period, per current grade, and how fast they were acted on. */
    record ReferralsByGrade() implements Measure {
    }

    /** The distinct referrals that the enforcement actions counted name ({@code column}). */
    record ReferralsActedOn(String column) implements Measure {
    }

    /** Crimes whose current outcome was reached in the period; {@code byType}: split by outcome type. */
    record CrimeOutcomes(boolean byType) implements Measure {
    }

    /** Crimes whose current outcome is {@code outcomeType}, as a share of the crimes with an outcome (0 to 1). */
    record OutcomeRate(int outcomeType) implements Measure {
    }

    /**
     * Devices waiting for examination at the end of the period (now, for a scope without one); {@code by}: null for
     * their number, else how they are split ("age": bands since seizure, "kind", "priority").
     */
    record DevicesAwaiting(String by) implements Measure {
    }

    /** Devices whose examination ended in the period; {@code byCategory}: the images they graded per CAID category. */
    record DevicesExamined(boolean byCategory) implements Measure {
    }

    /** The days from seizure to the start of examination, and to its end, of the examinations started or ended. */
    record DaysToExamination() implements Measure {
    }

    /** How a notice figure is split. */
    enum NoticeSplit {
        NONE, NOTICE_TYPE, PARTNER_AGENCY
    }
}
