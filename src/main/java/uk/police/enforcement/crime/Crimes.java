package uk.police.enforcement.crime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.enforcement.action.OffenceCodes;
import uk.police.enforcement.api.model.CrimeInput;
import uk.police.enforcement.api.model.CrimeOutcomeInput;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.common.persistence.ExpectedVersion;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.RecordNotFound;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.persistence.VersionedRecords;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.security.Caller;
import uk.police.enforcement.common.time.ClockProducer;
import uk.police.enforcement.referral.Referrals;
/**
 * Crimes: recorded with their Home Office offence code (the category derived from it), linked to the referral
 * and the enforcement actions they belong to, and given dated outcomes, the latest being the current one.
 */
@ApplicationScoped
public class Crimes {

    private final CrimeRepository crimes;
    private final OffenceCodes offenceCodes;
    private final OutcomeTypes outcomeTypes;
    private final Referrals referrals;
    private final Caller caller;
    private final Clock clock;

    public Crimes(CrimeRepository crimes, OffenceCodes offenceCodes, OutcomeTypes outcomeTypes, Referrals referrals,
            Caller caller, Clock clock) {
        this.crimes = crimes;
        this.offenceCodes = offenceCodes;
        this.outcomeTypes = outcomeTypes;
        this.referrals = referrals;
        this.caller = caller;
        this.clock = clock;
    }

    /** A crime as answered: with its linked actions, its current outcome and whether they disagree. */
    public record Linked(CrimeEntity crime, List<UUID> actionIds, CrimeOutcomeEntity outcome, boolean inconsistent) {
    }

    @Transactional
    public Linked create(CrimeInput input) {
        validate(input, null);
        CrimeEntity crime = new CrimeEntity();
        crime.stampNew(clock);
        apply(input, crime);
        crimes.persistAndFlush(crime);
        crimes.link(crime.id, actionIdsOf(input));
        return linked(List.of(crime)).get(0);
    }

    public Linked get(UUID id) {
        return linked(List.of(require(id))).get(0);
    }

    public Page<Linked> list(CrimeFilter filter, int limit, String cursor) {
        offenceCodes.check("offence_code", filter.offenceCode()).ifPresent(error -> {
            throw ApiProblem.validation(List.of(error));
        });
        Page<CrimeEntity> page = crimes.page(filter, limit, cursor);
        return new Page<>(linked(page.items()), page.nextCursor(), page.limit());
    }

    @Transactional
    public Linked replace(UUID id, ExpectedVersion expected, CrimeInput input) {
        CrimeEntity crime = VersionedRecords.replace(crimes, require(id), expected, clock, entity -> {
            validate(input, id);
            apply(input, entity);
            crimes.link(id, actionIdsOf(input));
        });
        return linked(List.of(crime)).get(0);
    }

    /** An outcome, dated; the crime's current one becomes the latest by outcome date, then by when recorded. */
    @Transactional
    public CrimeOutcomeEntity recordOutcome(UUID id, CrimeOutcomeInput input) {
        CrimeEntity crime = crimes.lock(id);
        if (crime == null) {
            throw new RecordNotFound("crime");
        }
        List<FieldViolation> errors = new ArrayList<>();
        outcomeTypes.check("outcome_type", input.getOutcomeType()).ifPresent(errors::add);
        LocalDate today = ClockProducer.londonDay(clock.instant());
        if (input.getOutcomeDate().isAfter(today)) {
            errors.add(new FieldViolation("outcome_date", "must not be after today (" + today + ", Europe/London)"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        CrimeOutcomeEntity outcome = new CrimeOutcomeEntity();
        outcome.id = UUID.randomUUID();
        outcome.crimeId = id;
        outcome.outcomeType = input.getOutcomeType();
        outcome.outcomeDate = input.getOutcomeDate();
        outcome.recordedBy = caller.subject();
        outcome.recordedAt = Timestamps.at(clock);
        outcome.persist();
        crimes.flush();
        CrimeOutcomeEntity current = crimes.currentOutcomes(List.of(id)).get(id);
        crime.outcomeType = current.outcomeType;
        crime.outcomeDate = current.outcomeDate;
        crime.updatedAt = Timestamps.at(clock);
        crimes.flush();
        return outcome;
    }

    public Page<CrimeOutcomeEntity> outcomes(UUID id, int limit, String cursor) {
        require(id);
        return crimes.outcomes(id, limit, cursor);
    }

    String titleOf(int outcomeType) {
        String title = outcomeTypes.titleOf(outcomeType);
        // A type recorded before it was taken off the list keeps its number.
        return title != null ? title : "Outcome type " + outcomeType + " (no longer configured)";
    }

    private CrimeEntity require(UUID id) {
        return VersionedRecords.require(crimes, id, "crime");
    }

    private List<Linked> linked(List<CrimeEntity> page) {
        List<UUID> ids = page.stream().map(c -> c.id).toList();
        Map<UUID, List<UUID>> actions = crimes.actionIds(ids);
        Map<UUID, CrimeOutcomeEntity> outcomes = crimes.currentOutcomes(ids);
        Set<UUID> charged = crimes.charged(ids);
        return page.stream().map(c -> new Linked(c, actions.get(c.id), outcomes.get(c.id),
                (c.outcomeType != null && c.outcomeType == CrimeRepository.CHARGED_OR_SUMMONSED) != charged.contains(c.id)))
                .toList();
    }

    private void validate(CrimeInput input, UUID replacing) {
        List<FieldViolation> errors = new ArrayList<>();
        offenceCodes.check("offence_code", input.getOffenceCode()).ifPresent(errors::add);
        List<UUID> actionIds = actionIdsOf(input);
        if (new HashSet<>(actionIds).size() != actionIds.size()) {
            errors.add(new FieldViolation("action_ids", "must not name an action twice"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        if (crimes.referenceTaken(input.getCrimeReference(), replacing)) {
            throw ApiProblem.conflict("Another crime already has this crime_reference.",
                    List.of(new FieldViolation("crime_reference", "already in use")));
        }
        List<FieldViolation> unknown = new ArrayList<>();
        if (input.getReferralId() != null && !referrals.exists(input.getReferralId())) {
            unknown.add(new FieldViolation("referral_id", "No referral has this id."));
        }
        Set<UUID> existing = crimes.existingActions(actionIds);
        for (int i = 0; i < actionIds.size(); i++) {
            if (!existing.contains(actionIds.get(i))) {
                unknown.add(new FieldViolation("action_ids[" + i + "]", "No enforcement action has this id."));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.unprocessable(unknown);
        }
    }

    private static List<UUID> actionIdsOf(CrimeInput input) {
        return input.getActionIds() == null ? List.of() : input.getActionIds();
    }

    private void apply(CrimeInput input, CrimeEntity crime) {
        crime.crimeReference = input.getCrimeReference();
        crime.offenceCode = input.getOffenceCode();
        crime.offenceCategory = offenceCodes.categoryOf(input.getOffenceCode());
        crime.referralId = input.getReferralId();
        crime.securityMarking = input.getSecurityMarking() == null ? SecurityMarking.OFFICIAL_SENSITIVE
                : input.getSecurityMarking();
    }
}
