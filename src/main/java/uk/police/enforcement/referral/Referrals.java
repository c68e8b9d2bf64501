package uk.police.enforcement.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.police.enforcement.agency.PartnerAgencyService;
import uk.police.enforcement.api.model.ReferralInput;
import uk.police.enforcement.api.model.ReferralStatus;
import uk.police.enforcement.api.model.ReferralTransitionInput;
import uk.police.enforcement.api.model.RiskAssessmentInput;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.common.persistence.ExpectedVersion;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.RecordNotFound;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.persistence.VersionedRecords;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.security.Caller;
import uk.police.enforcement.operation.OperationRepository;
/**
 * Referrals: recorded as received, assessed for risk (the latest assessment sets the grade and so the target),
 * moved along their life-cycle by checked transitions, and timed from receipt to the first enforcement action.
 */
@ApplicationScoped
public class Referrals {

    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final ReferralRepository referrals;
    private final ReferralCodes codes;
    private final ReferralBodyRules bodyRules;
    private final ReferralBodyRules.Assessment assessmentRules;
    private final ReferralBodyRules.Transition transitionRules;
    private final PartnerAgencyService agencies;
    private final OperationRepository operations;
    private final EntityManager em;
    private final Caller caller;
    private final Clock clock;

    public Referrals(ReferralRepository referrals, ReferralCodes codes, ReferralBodyRules bodyRules,
            ReferralBodyRules.Assessment assessmentRules, ReferralBodyRules.Transition transitionRules,
            PartnerAgencyService agencies, OperationRepository operations, EntityManager em, Caller caller,
            Clock clock) {
        this.referrals = referrals;
        this.codes = codes;
        this.bodyRules = bodyRules;
        this.assessmentRules = assessmentRules;
        this.transitionRules = transitionRules;
        this.agencies = agencies;
        this.operations = operations;
        this.em = em;
        this.caller = caller;
        this.clock = clock;
    }

    /** A referral with its first action, as answered. */
    public record Timed(ReferralEntity referral, Instant firstActionAt) {
    }

    @Transactional
    public Timed create(ReferralInput input) {
        validate(input, null);
        ReferralEntity referral = new ReferralEntity();
        referral.stampNew(clock);
        apply(input, referral);
        referral.status = ReferralStatus.RECEIVED;
        referrals.persistAndFlush(referral);
        record(referral, null, ReferralStatus.RECEIVED, referral.receivedAt, null, null);
        return new Timed(referral, null);
    }

    /** A referral the caller may see: a partner sees only its own agency's (404 otherwise). */
    public Timed get(UUID id) {
        ReferralEntity referral = visible(id);
        return new Timed(referral, firstActions(List.of(id)).get(id));
    }

    public Page<Timed> list(ReferralFilter filter, int limit, String cursor) {
        codes.sources.check("source", filter.source()).ifPresent(error -> {
            throw ApiProblem.validation(List.of(error));
        });
        Page<ReferralEntity> page = referrals.page(filter, agencies.callerScope().orElse(null), now(), limit, cursor);
        Map<UUID, Instant> firsts = firstActions(page.items().stream().map(r -> r.id).toList());
        return page.map(r -> new Timed(r, firsts.get(r.id)));
    }

    @Transactional
    public Timed replace(UUID id, ExpectedVersion expected, ReferralInput input) {
        ReferralEntity referral = VersionedRecords.replace(referrals, visible(id), expected, clock, entity -> {
            validate(input, entity);
            Instant received = entity.receivedAt;
            apply(input, entity);
            if (!received.equals(entity.receivedAt) && entity.targetSeconds != null) {
                entity.dueAt = ReferralClock.dueAt(entity.receivedAt, Duration.ofSeconds(entity.targetSeconds));
            }
        });
        return new Timed(referral, firstActions(List.of(id)).get(id));
    }

    /** A risk assessment; the latest one (by assessed_at) decides the referral's grade and target. */
    @Transactional
    public RiskAssessmentEntity assess(UUID id, RiskAssessmentInput input) {
        ReferralEntity referral = referrals.lock(id).orElseThrow(() -> new RecordNotFound("referral"));
        List<FieldViolation> errors = assessmentRules.check(input);
        Instant assessedAt = input.getAssessedAt().toInstant();
        if (assessedAt.isAfter(now().plus(FUTURE_TOLERANCE))) {
            errors.add(new FieldViolation("assessed_at", "must not be more than 5 minutes in the future"));
        } else if (assessedAt.isBefore(referral.receivedAt)) {
            errors.add(new FieldViolation("assessed_at", "must not be before the referral was received ("
                    + referral.receivedAt + ")"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        Duration target = input.getTarget() == null ? null : ReferralCodes.durationOrNull(input.getTarget());
        if (referral.status == ReferralStatus.CLOSED) {
            throw ApiProblem.conflict("This referral is closed: it is assessed no more.", List.of());
        }
        RiskAssessmentEntity assessment = new RiskAssessmentEntity();
        assessment.id = UUID.randomUUID();
        assessment.referralId = id;
        assessment.tool = input.getTool();
        assessment.grade = input.getGrade();
        assessment.assessedAt = assessedAt.truncatedTo(ChronoUnit.MICROS);
        assessment.assessedBy = caller.subject();
        assessment.targetSeconds = target == null ? null : target.getSeconds();
        assessment.recordedAt = Timestamps.at(clock);
        assessment.persist();
        // The latest assessment decides; an earlier-dated one recorded later is history only.
        RiskAssessmentEntity latest = RiskAssessmentEntity.<RiskAssessmentEntity>find(
                "referralId = ?1 order by assessedAt desc, recordedAt desc", id).firstResult();
        Duration current = latest.targetSeconds != null ? Duration.ofSeconds(latest.targetSeconds)
                : codes.targetOf(latest.grade);
        referral.grade = latest.grade;
        referral.targetSeconds = current.getSeconds();
        referral.dueAt = ReferralClock.dueAt(referral.receivedAt, current);
        if (referral.firstAssessedAt == null || assessment.assessedAt.isBefore(referral.firstAssessedAt)) {
            referral.firstAssessedAt = assessment.assessedAt;
        }
        referral.updatedAt = Timestamps.at(clock);
        referrals.flush();
        return assessment;
    }

    public Page<RiskAssessmentEntity> assessments(UUID id, int limit, String cursor) {
        visible(id);
        return referrals.assessments(id, limit, cursor);
    }

    /** Moves a referral along its life-cycle; 409 naming the allowed moves when it may not. */
    @Transactional
    public Timed transition(UUID id, ExpectedVersion expected, ReferralTransitionInput input) {
        Instant now = now();
        Instant occurredAt = input.getOccurredAt() == null ? now.truncatedTo(ChronoUnit.MICROS)
                : input.getOccurredAt().toInstant();
        List<FieldViolation> errors = transitionRules.check(input);
        if (occurredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.add(new FieldViolation("occurred_at", "must not be more than 5 minutes in the future"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        ReferralStatus to = input.getToStatus();
        ReferralEntity referral = VersionedRecords.replace(referrals, visible(id), expected, clock, entity -> {
            ReferralStatus from = entity.status;
            if (!ReferralLifecycle.allowedFrom(from).contains(to)) {
                String allowed = ReferralLifecycle.allowedFrom(from).isEmpty() ? "none: CLOSED is final"
                        : ReferralLifecycle.allowedFrom(from).stream().map(String::valueOf).collect(Collectors.joining(", "));
                throw ApiProblem.conflict("A referral " + from + " cannot move to " + to + ". Allowed from " + from + ": "
                        + allowed + ".", List.of(new FieldViolation("to_status", "must be one of " + allowed)));
            }
            if (occurredAt.isBefore(entity.receivedAt)) {
                throw ApiProblem.invalidField("occurred_at", "must not be before the referral was received ("
                        + entity.receivedAt + ")");
            }
            if (to == ReferralStatus.ASSESSED && entity.grade == null) {
                throw ApiProblem.conflict("A referral is ASSESSED once a risk assessment is recorded "
                        + "(POST .../risk-assessments).", List.of(new FieldViolation("to_status", "assess it first")));
            }
            if (to == ReferralStatus.ACTIONED && firstActions(List.of(id)).get(id) == null) {
                throw ApiProblem.conflict("A referral is ACTIONED once an enforcement action names it in referral_id.",
                        List.of(new FieldViolation("to_status", "record its first enforcement action first")));
            }
            entity.status = to;
            if (to == ReferralStatus.CLOSED) {
                entity.closedAt = occurredAt;
                entity.closureReason = input.getClosureReason();
            }
            record(entity, from, to, occurredAt, input.getClosureReason(), input.getReason());
        });
        return new Timed(referral, firstActions(List.of(id)).get(id));
    }

    public Page<ReferralTransitionEntity> history(UUID id, int limit, String cursor) {
        visible(id);
        return referrals.transitions(id, limit, cursor);
    }

    /**
     * Whether an action occurring at {@code occurredAt} may name the referral: it exists (422 otherwise), was
     * received no later, and was not closed before. The problem names {@code field}.
     */
    public Optional<ApiProblem> refusesAction(UUID id, Instant occurredAt, String field) {
        ReferralEntity referral = referrals.findById(id);
        if (referral == null) {
            return Optional.of(ApiProblem.unprocessable(field, "No referral has this id."));
        }
        if (occurredAt.isBefore(referral.receivedAt)) {
            return Optional.of(ApiProblem.invalidField(field, "names a referral received after the action occurred ("
                    + referral.receivedAt + ")"));
        }
        if (referral.closedAt != null && referral.closedAt.isBefore(occurredAt)) {
            return Optional.of(ApiProblem.conflict("The referral was closed on " + referral.closedAt
                    + ", before this action occurred.", List.of(new FieldViolation(field, "names a referral closed "
                            + "before the action"))));
        }
        return Optional.empty();
    }

    /** Whether a referral has this id (a crime may name it). */
    public boolean exists(UUID id) {
        return referrals.count("id", id) > 0;
    }

    Instant now() {
        return clock.instant();
    }

    private ReferralEntity visible(UUID id) {
        ReferralEntity referral = referrals.findById(id);
        Optional<UUID> partner = agencies.callerScope();
        if (referral == null || partner.isPresent() && !partner.get().equals(referral.partnerAgencyId)) {
            throw new RecordNotFound("referral");
        }
        return referral;
    }

    /** The first enforcement action of each referral that has one. */
    private Map<UUID, Instant> firstActions(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ReferralFirstActionEntity.<ReferralFirstActionEntity>list("referralId in ?1", ids).stream()
                .collect(Collectors.toMap(f -> f.referralId, f -> f.firstActionAt));
    }

    private void validate(ReferralInput input, ReferralEntity existing) {
        List<FieldViolation> errors = bodyRules.check(input);
        if (input.getReceivedAt() != null && input.getReceivedAt().toInstant().isAfter(now().plus(FUTURE_TOLERANCE))) {
            errors.add(new FieldViolation("received_at", "must not be more than 5 minutes in the future"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        if (input.getPartnerAgencyId() != null
                && (existing == null || !input.getPartnerAgencyId().equals(existing.partnerAgencyId))) {
            agencies.requireActive(input.getPartnerAgencyId());
        }
        if (input.getOperationId() != null && operations.findByIdOptional(input.getOperationId()).isEmpty()) {
            throw ApiProblem.unprocessable("operation_id", "No operation has this id.");
        }
    }

    private static void apply(ReferralInput input, ReferralEntity entity) {
        entity.source = input.getSource();
        entity.sourceReference = input.getSourceReference();
        entity.receivedAt = input.getReceivedAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        entity.partnerAgencyId = input.getPartnerAgencyId();
        entity.operationId = input.getOperationId();
        entity.subjectReference = input.getSubjectReference();
        entity.rmsReference = input.getRmsReference();
        entity.notes = input.getNotes();
        entity.securityMarking = input.getSecurityMarking() == null ? SecurityMarking.OFFICIAL_SENSITIVE
                : input.getSecurityMarking();
    }

    private void record(ReferralEntity referral, ReferralStatus from, ReferralStatus to, Instant occurredAt,
            String closureReason, String reason) {
        ReferralTransitionEntity transition = new ReferralTransitionEntity();
        transition.referralId = referral.id;
        transition.fromStatus = from;
        transition.toStatus = to;
        transition.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        transition.recordedAt = Timestamps.at(clock);
        transition.actor = caller.subject();
        transition.closureReason = closureReason;
        transition.reason = reason;
        em.persist(transition);
    }
}
