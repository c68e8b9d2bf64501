package uk.police.enforcement.figure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.police.enforcement.api.model.NoticeStatus;
import uk.police.enforcement.figure.Figure.Phrase;
import uk.police.enforcement.figure.Measure.ActionSum;
import uk.police.enforcement.figure.Measure.CrimeOutcomes;
import uk.police.enforcement.figure.Measure.DaysToExamination;
import uk.police.enforcement.figure.Measure.DevicesAwaiting;
import uk.police.enforcement.figure.Measure.DevicesExamined;
import uk.police.enforcement.figure.Measure.OutcomeRate;
import uk.police.enforcement.figure.Measure.ReferralEvents;
import uk.police.enforcement.figure.Measure.ReferralsActedOn;
import uk.police.enforcement.figure.Measure.ReferralsByGrade;
import uk.police.enforcement.figure.Measure.ReferralsOpen;
import uk.police.enforcement.figure.Measure.DistinctPeople;
import uk.police.enforcement.figure.Measure.HighestMarking;
import uk.police.enforcement.figure.Measure.NoticeSplit;
import uk.police.enforcement.figure.Measure.NoticesIssued;
import uk.police.enforcement.figure.Measure.Total;
/**
 * Every published figure, defined once: its name, the definition a press officer can quote, its unit and the
 * rule that computes it. Summaries, time series, breakdowns, CSV columns, the headline, publications, the
 * daily totals' triggers (through R__action_figures.sql's placeholders) and GET /api/v2/figures all read
 * this list; the contract's Figures schema quotes each definition (FigureCatalogueTest checks both).
 * Adding a figure is one entry here, its property in the contract, and its oracle in SummaryPropertyTest.
 */
public final class FigureCatalogue {

    /** An action's period: the day it occurred, in Europe/London (london_day is defined in R__calendar.sql). */
    public static final String ACTION_DAY = "london_day(occurred_at)";
    /**
     * The span a device waits for examination, as its SP-GiST index (V34) has it: after the moment of seizure, up to
     * and including the moment it left the queue (null: it still waits). It waits at the end of a day when the span
     * contains that day's last moment (the next day's London midnight).
     */
    public static final String DEVICE_QUEUE = "tstzrange(d.seized_at, d.queue_left_at, '(]')";

    private static final String ON_ACTION_DAY = " Counted on the day (Europe/London) the action occurred (`occurred_at`).";
    private static final String COUNTS_AS_ISSUED = "counts_as_issued";

    public static final List<Figure> ALL = List.of(
            new Figure("warrants_executed", "Search warrants executed: those with the result `POSITIVE` or `NEGATIVE`, each "
                    + "counted once; a warrant recorded as `NOT_EXECUTED` is not counted." + ON_ACTION_DAY,
                    "warrants", "1.0.0", new Total(List.of("positive_warrants", "negative_warrants")), null, null),
            new Figure("positive_warrants", "Search warrants executed with the result `POSITIVE`: the material sought, or "
                    + "other relevant material, was found (what is relevant is the force's policy)." + ON_ACTION_DAY,
                    "warrants", "1.0.0",
                    new ActionSum("(action_type = 'SEARCH_WARRANT' and warrant_result = 'POSITIVE')::int"),
                    Phrase.of("positive warrant executed", "positive warrants executed"), null),
            new Figure("negative_warrants", "Search warrants executed with the result `NEGATIVE`: nothing relevant was "
                    + "found." + ON_ACTION_DAY, "warrants", "1.0.0",
                    new ActionSum("(action_type = 'SEARCH_WARRANT' and warrant_result = 'NEGATIVE')::int"),
                    Phrase.of("negative warrant executed", "negative warrants executed"), null),
            new Figure("devices_seized", "Devices seized, as each action records them (`devices_seized`): every device "
                    + "counted once, on the warrant or seizure that took it, whether or not device records have been "
                    + "registered for it." + ON_ACTION_DAY, "devices", "1.0.0", new ActionSum("devices_seized"),
                    Phrase.of("device seized", "devices seized"), null),
            new Figure("children_safeguarded", "Children safeguarded (a count, never identities): each child counted once, "
                    + "on the action at which the police first safeguarded them: the warrant or other action where they "
                    + "were found, or a `SAFEGUARDING` action for children not counted before. A later safeguarding step "
                    + "for children already counted, such as the MASH referral after the warrant that found them, gives "
                    + "them as `children_followed_up` with `follows_action_id` and is not counted again."
                    + ON_ACTION_DAY, "children", "1.0.0", new ActionSum("children_safeguarded"),
                    Phrase.of("child safeguarded", "children safeguarded"), null),
            new Figure("arrests", "Arrests: every arrest recorded (`persons_arrested`, on arrests and on warrants), so "
                    + "that a person arrested twice is two arrests, as the Home Office's arrest statistics count them. "
                    + "Voluntary attendance interviews are not arrests and are not counted." + ON_ACTION_DAY,
                    "arrests", "2.5.0", new ActionSum("persons_arrested"),
                    new Phrase("arrest", "arrests", "people_arrested", "person", "people"), null),
            new Figure("people_arrested", "People arrested: each person counted once however many times they were "
                    + "arrested in scope, by the pseudonymous references of arrests (`person_references`); people "
                    + "arrested without a reference (on a warrant, or beyond the references an arrest gives) are "
                    + "counted as the action states them." + ON_ACTION_DAY, "people", "2.5.0",
                    new DistinctPeople("persons_arrested", "ARREST"), null, null),
            new Figure("persons_arrested", "The number of arrests, equal to `arrests`: deprecated since 2.5.0 (named for "
                    + "people, it always counted arrests). Use `arrests`, or `people_arrested` for distinct people.",
                    "arrests", "1.0.0", new Total(List.of("arrests")), null, "arrests"),
            new Figure("persons_charged", "People charged: each person counted once however many charges in scope name "
                    + "them (`person_references`); people charged without a reference are counted as the charge states. "
                    + "Not the Home Office crime outcome type 1 (charged or summonsed), which is recorded per crime and "
                    + "includes summonses." + ON_ACTION_DAY, "people", "1.0.0",
                    new DistinctPeople("persons_charged", "CHARGE"), Phrase.of("person charged", "people charged"), null),
            new Figure("voluntary_attendance_interviews", "Voluntary attendance interviews: people interviewed under "
                    + "caution who attended voluntarily rather than under arrest (`persons_interviewed` on "
                    + "`VOLUNTARY_ATTENDANCE` actions); not arrests, and not counted in `arrests`." + ON_ACTION_DAY,
                    "interviews", "2.5.0", new ActionSum("persons_interviewed"),
                    Phrase.of("voluntary attendance interview", "voluntary attendance interviews"), null),
            new Figure("actions_recorded", "Enforcement actions recorded, of every type." + ON_ACTION_DAY, "actions",
                    "1.0.0", new ActionSum("1"), null, null),
            new Figure("notices_issued", "Notices issued: those that reached `ISSUED`, including those withdrawn after "
                    + "they were delivered; a notice withdrawn before it was delivered (`ISSUED` then `WITHDRAWN`) is not "
                    + "counted. Counted on the day (Europe/London) it was issued (`issued_on`).", "notices", "1.0.0",
                    new NoticesIssued(COUNTS_AS_ISSUED, "issued_on", NoticeSplit.NONE), null, null),
            new Figure("notices_by_type", "Notices issued (as `notices_issued`) per notice type: every configured type, "
                    + "zero included, in the order of the type list.", "notices", "1.0.0",
                    new NoticesIssued(COUNTS_AS_ISSUED, "issued_on", NoticeSplit.NOTICE_TYPE), null, null),
            new Figure("notices_by_agency", "Notices issued (as `notices_issued`) per partner agency, most first, then by "
                    + "code. A notice the police issue without a partner agency (such as a Child Abduction Warning "
                    + "Notice) counts in `notices_issued` and `notices_by_type` only.", "notices", "1.0.0",
                    new NoticesIssued(COUNTS_AS_ISSUED, "issued_on", NoticeSplit.PARTNER_AGENCY), null, null),
            new Figure("referrals_received", "Referrals received: every referral, whatever became of it, counted on the "
                    + "day (Europe/London) it was received (`received_at`). Referrals have no area or offence: those "
                    + "filters do not narrow them.", "referrals", "2.6.0", new ReferralEvents("received_at"), null, null),
            new Figure("referrals_assessed", "Referrals assessed for risk, counted on the day (Europe/London) of their "
                    + "first risk assessment (`assessed_at`).", "referrals", "2.6.0",
                    new ReferralEvents("first_assessed_at"), null, null),
            new Figure("referrals_actioned", "Referrals acted on, counted on the day (Europe/London) the first "
                    + "enforcement action naming them (`referral_id`) occurred.", "referrals", "2.6.0",
                    new ReferralEvents("first_action_at"), null, null),
            new Figure("referrals_closed", "Referrals closed, counted on the day (Europe/London) they were closed.",
                    "referrals", "2.6.0", new ReferralEvents("closed_at"), null, null),
            new Figure("referrals_open", "Referrals open at the end of the period (of each bucket of a time series): "
                    + "received on or before its last day (Europe/London) and not closed by then.", "referrals",
                    "2.6.0", new ReferralsOpen(), null, null),
            new Figure("referrals_by_grade", "The referrals received in the period, per current grade (the latest "
                    + "risk assessment's): how many; how many were acted on within their target (the first action no "
                    + "later than `due_at`: exactly at the target is within it); how many breached it (acted on "
                    + "later, or not at all and due before now); and the median and 90th-percentile days from receipt "
                    + "to the first action of those acted on. Referrals not yet assessed are in no grade.",
                    "referrals", "2.6.0", new ReferralsByGrade(), null, null),
            new Figure("referrals_acted_on", "Referrals acted on by the enforcement actions counted: each referral once "
                    + "however many of them name it (`referral_id`)." + ON_ACTION_DAY, "referrals", "2.6.0",
                    new ReferralsActedOn("referral_id"), Phrase.of("referral acted on", "referrals acted on"), null),
            new Figure("crimes_with_outcome", "Crimes whose current outcome (the latest by `outcome_date`) was reached in "
                    + "the period, counted on that day; narrowed by offence code or category, not by area.", "crimes",
                    "2.6.0", new CrimeOutcomes(false), null, null),
            new Figure("outcomes_by_type", "Crimes with an outcome (as `crimes_with_outcome`) per Home Office outcome "
                    + "type: every configured type, zero included, in the order of the type list.", "crimes", "2.6.0",
                    new CrimeOutcomes(true), null, null),
            new Figure("charge_summons_rate", "The share of the crimes with an outcome (as `crimes_with_outcome`) whose "
                    + "outcome is type 1, charged or summonsed: from 0 to 1, and 0 when no crime has an outcome. Not "
                    + "people charged, which counts people on charges.", "share", "2.6.0", new OutcomeRate(1), null,
                    null),
            new Figure("devices_awaiting_examination", "Devices waiting for examination at the end of the period (of "
                    + "each bucket of a time series; now, for an operation's summary): registered devices seized by then "
                    + "(their seizure action's `occurred_at`) whose examination had not started by then, leaving out "
                    + "those that triage found needing none and those returned, retained or destroyed before one. Area "
                    + "and offence filters do not narrow them; an operation's are those its actions seized.", "devices",
                    "2.7.0", new DevicesAwaiting(null), null, null),
            new Figure("devices_awaiting_by_age", "The devices awaiting examination (as `devices_awaiting_examination`) "
                    + "by how long since they were seized, in whole months from the day (Europe/London) of seizure to "
                    + "the period's last day: the configured bands (by default 0-3, 3-6, 6-12 and over 12 months), "
                    + "every band listed, zero included.", "devices", "2.7.0", new DevicesAwaiting("age"), null, null),
            new Figure("devices_awaiting_by_kind", "The devices awaiting examination (as `devices_awaiting_examination`) "
                    + "by kind: every configured kind, zero included.", "devices", "2.7.0", new DevicesAwaiting("kind"),
                    null, null),
            new Figure("devices_awaiting_by_priority", "The devices awaiting examination (as "
                    + "`devices_awaiting_examination`) by priority: every configured priority, zero included.",
                    "devices", "2.7.0", new DevicesAwaiting("priority"), null, null),
            new Figure("devices_examined", "Devices whose examination ended in the period, counted on the day "
                    + "(Europe/London) it ended (`examination_ended_at`). Area and offence filters do not narrow them.",
                    "devices", "2.7.0", new DevicesExamined(false), Phrase.of("device examined", "devices examined"),
                    null),
            new Figure("images_graded", "Indecent images graded by the examinations that ended in the period (as "
                    + "`devices_examined`), per Child Abuse Image Database category A, B and C: counts, never images.",
                    "images", "2.7.0", new DevicesExamined(true), null, null),
            new Figure("days_to_examination", "How long devices waited: of the devices whose examination started in the "
                    + "period, how many and the median and 90th-percentile days from seizure to the start; of those "
                    + "whose examination ended in it, the same to the end. Each day of the start or end is Europe/London; "
                    + "the days are elapsed time. A median or percentile is absent when no examination counts.", "days",
                    "2.7.0", new DaysToExamination(), null, null),
            new Figure("security_marking", "The highest security marking of the records counted: `OFFICIAL_SENSITIVE` if "
                    + "any of them is, else `OFFICIAL` (also when nothing is counted); whoever passes the figures on "
                    + "handles them so.", "marking", "2.0.0",
                    new HighestMarking("security_marking = 'OFFICIAL_SENSITIVE'"), null, null));

    private static final Map<String, Figure> BY_NAME = new LinkedHashMap<>();

    static {
        ALL.forEach(figure -> BY_NAME.put(figure.name(), figure));
    }

    private FigureCatalogue() {
    }

    public static Optional<Figure> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Figure get(String name) {
        return named(name).orElseThrow(() -> new IllegalArgumentException("no figure is named " + name));
    }

    /**
     * Whether a notice counts in {@code notices_issued} after moving {@code from} -> {@code to}: from its ISSUED
     * transition on, also when later withdrawn, unless withdrawn before being delivered. The notice keeps the
     * answer in its {@code counts_as_issued} column, which the figure counts.
     */
    public static boolean noticeCountsAsIssuedAfter(boolean countedBefore, NoticeStatus from, NoticeStatus to) {
        if (to == NoticeStatus.ISSUED) {
            return true;
        }
        if (from == NoticeStatus.ISSUED && to == NoticeStatus.WITHDRAWN) {
            return false;
        }
        return countedBefore;
    }
}
