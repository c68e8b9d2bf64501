package uk.police.enforcement.action;

import static uk.police.enforcement.action.EnforcementActionMapper.count;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.enforcement.api.model.EnforcementActionInput;
import uk.police.enforcement.common.config.CodeList;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.persistence.ExpectedVersion;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.VersionedRecords;
import uk.police.enforcement.common.retention.RetentionPolicy;
import uk.police.enforcement.common.time.ClockProducer;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.operation.OperationRepository;
import uk.police.enforcement.referral.Referrals;
/** Business rules and transaction boundaries for enforcement actions. */
@ApplicationScoped
public class EnforcementActionService {

    private final EnforcementActionRepository actions;
    private final OperationRepository operations;
    private final Clock clock;
    private final CodeList areas;
    private final RetentionPolicy retention;
    private final OffenceCodes offenceCodes;
    private final Referrals referrals;

    public EnforcementActionService(EnforcementActionRepository actions, OperationRepository operations, Clock clock,
            EnforcementConfig config, RetentionPolicy retention, OffenceCodes offenceCodes, Referrals referrals) {
        this.referrals = referrals;
        this.retention = retention;
        this.offenceCodes = offenceCodes;
        this.actions = actions;
        this.operations = operations;
        this.clock = clock;
        this.areas = config.areaCodes();
    }

    @Transactional
    public EnforcementActionEntity create(EnforcementActionInput input) {
        validate(input, null);
        EnforcementActionEntity entity = new EnforcementActionEntity();
        entity.stampNew(clock);
        EnforcementActionMapper.apply(input, entity, offenceCodes);
        retention.schedule(entity, retention.groupOf(entity.offenceCategory));
        actions.insert(entity);
        return entity;
    }

    /**
     * Stores every input or none: all are checked first (a 400 lists each bad field of each item as
     * {@code items[i].field}, a 422 each unknown operation), then all are inserted in this transaction,
     * in one statement, in the order given.
     */
    @Transactional
    public List<EnforcementActionEntity> createAll(List<EnforcementActionInput> inputs) {
        validate(inputs, i -> "items[" + i + "].", null);
        List<EnforcementActionEntity> created = new ArrayList<>(inputs.size());
        for (EnforcementActionInput input : inputs) {
            EnforcementActionEntity entity = new EnforcementActionEntity();
            entity.stampNew(clock);
            EnforcementActionMapper.apply(input, entity, offenceCodes);
            retention.schedule(entity, retention.groupOf(entity.offenceCategory));
            created.add(entity);
        }
        actions.insertAll(created);
        return created;
    }

    public EnforcementActionEntity get(UUID id) {
        return VersionedRecords.require(actions, id, "enforcement action");
    }

    public Page<EnforcementActionEntity> list(ActionFilter filter, int limit, String cursor) {
        areas.check("area", filter.area()).ifPresent(error -> {
            throw ApiProblem.validation(List.of(error));
        });
        return actions.page(filter, ClockProducer.londonDay(clock.instant()), limit, cursor);
    }

    /** The actions of one operation; 404 when the operation does not exist. */
    public Page<EnforcementActionEntity> listForOperation(ActionFilter filter, int limit, String cursor) {
        VersionedRecords.require(operations, filter.operationId(), "operation");
        return list(filter, limit, cursor);
    }

    @Transactional
    public EnforcementActionEntity replace(UUID id, ExpectedVersion expected, EnforcementActionInput input) {
        return VersionedRecords.replace(actions, get(id), expected, clock, entity -> {
            validate(input, id);
            EnforcementActionMapper.apply(input, entity, offenceCodes);
            // A corrected offence category may move the action to another group, due a period from today.
            retention.schedule(entity, retention.groupOf(entity.offenceCategory));
        });
    }

    /** Idempotent: deleting an action that is already gone succeeds. */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        VersionedRecords.deleteIfPresent(actions, id, expected, entity -> retention.requireDeletable(entity, "enforcement action"));
    }

    private void validate(EnforcementActionInput input, UUID replacing) {
        validate(List.of(input), i -> "", replacing);
    }

    /**
     * The rules of each input's type (a 400 naming every bad field, {@code fieldPrefix} telling which
     * item), then its operation's existence, checked for all inputs in one query (a 422 per unknown one), then
     * the earlier action a safeguarding step follows, then the referral each names. {@code replacing}: the action a
     * replace changes.
     */
    private void validate(List<EnforcementActionInput> inputs, IntFunction<String> fieldPrefix, UUID replacing) {
        Instant now = clock.instant();
        List<FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String prefix = fieldPrefix.apply(i);
            ActionRules.check(inputs.get(i), areas, offenceCodes, now).stream()
                    .sorted(Comparator.comparing(FieldViolation::field))
                    .map(error -> new FieldViolation(prefix + error.field(), error.message()))
                    .forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        Set<UUID> known = operations.existing(inputs.stream().map(EnforcementActionInput::getOperationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<FieldViolation> unknown = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            UUID operationId = inputs.get(i).getOperationId();
            if (operationId != null && !known.contains(operationId)) {
                unknown.add(new FieldViolation(fieldPrefix.apply(i) + "operation_id", "No operation has this id."));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.unprocessable(unknown);
        }
        followedActions(inputs, fieldPrefix, replacing);
        for (int i = 0; i < inputs.size(); i++) {
            EnforcementActionInput input = inputs.get(i);
            if (input.getReferralId() != null) {
                referrals.refusesAction(input.getReferralId(), input.getOccurredAt().toInstant(),
                        fieldPrefix.apply(i) + "referral_id").ifPresent(problem -> {
                            throw problem;
                        });
            }
        }
    }

    /**
     * A safeguarding step follows an earlier action that counted its children: it must exist (422), not be the
     * step itself, have occurred no later than the step, and have counted at least as many children (400).
     */
    private void followedActions(List<EnforcementActionInput> inputs, IntFunction<String> fieldPrefix,
            UUID replacing) {
        List<FieldViolation> unknown = new ArrayList<>();
        List<FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            EnforcementActionInput input = inputs.get(i);
            UUID followed = input.getFollowsActionId();
            if (followed == null) {
                continue;
            }
            String field = fieldPrefix.apply(i) + "follows_action_id";
            EnforcementActionEntity earlier = followed.equals(replacing) ? null : actions.findById(followed);
            if (followed.equals(replacing)) {
                errors.add(new FieldViolation(field, "must name an earlier action, not this one"));
            } else if (earlier == null) {
                unknown.add(new FieldViolation(field, "No enforcement action has this id."));
            } else if (earlier.occurredAt.isAfter(input.getOccurredAt().toInstant())) {
                errors.add(new FieldViolation(field, "names an action that occurred after this one ("
                        + earlier.occurredAt + "): a safeguarding step follows the action that counted the children"));
            } else if (earlier.childrenSafeguarded + earlier.childrenFollowedUp < count(input.getChildrenFollowedUp())) {
                errors.add(new FieldViolation(fieldPrefix.apply(i) + "children_followed_up", "must not be more than "
                        + "the " + (earlier.childrenSafeguarded + earlier.childrenFollowedUp)
                        + " children the followed action counted"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.unprocessable(unknown);
        }
    }
}
