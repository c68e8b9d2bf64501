package uk.police.enforcement.operation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.enforcement.api.model.OperationInput;
import uk.police.enforcement.api.model.OperationStatus;
import uk.police.enforcement.api.model.OperationType;
import uk.police.enforcement.common.persistence.ExpectedVersion;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.VersionedRecords;
import uk.police.enforcement.common.retention.RetentionPolicy;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.web.Range;
/** Business rules and transaction boundaries for operations. */
@ApplicationScoped
public class OperationService {

    private final OperationRepository operations;
    private final OperationBodyRules bodyRules;
    private final RetentionPolicy retention;

    private final Clock clock;

    public OperationService(OperationRepository operations, OperationBodyRules bodyRules, RetentionPolicy retention, Clock clock) {
        this.clock = clock;
        this.retention = retention;
        this.operations = operations;
        this.bodyRules = bodyRules;
    }

    @Transactional
    public OperationEntity create(OperationInput input) {
        OperationEntity entity = new OperationEntity();
        entity.stampNew(clock);
        validate(input, entity.id);
        OperationMapper.apply(input, entity);
        retention.schedule(entity, retention.operationGroup());
        operations.persistAndFlush(entity);
        return entity;
    }

    public OperationEntity get(UUID id) {
        return VersionedRecords.require(operations, id, "operation");
    }

    /** Operations whose dates overlap the range, by start date. */
    public Page<OperationEntity> list(OperationStatus status, OperationType kind, Range<LocalDate> dates, int limit,
            String cursor) {
        return operations.page(status, kind, dates, limit, cursor);
    }

    @Transactional
    public OperationEntity replace(UUID id, ExpectedVersion expected, OperationInput input) {
        return VersionedRecords.replace(operations, get(id), expected, clock, entity -> {
            validate(input, id);
            OperationMapper.apply(input, entity);
        });
    }

    /**
     * Idempotent: deleting an operation that is already gone succeeds. One that actions or notices are
     * recorded against is refused by their foreign keys (409).
     */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        VersionedRecords.deleteIfPresent(operations, id, expected,
                entity -> retention.requireDeletable(entity, "operation"));
    }

    private void validate(OperationInput input, UUID id) {
        List<FieldViolation> errors = bodyRules.check(input);
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        if (operations.referenceTaken(input.getReference(), id)) {
            throw ApiProblem.conflict("Another operation already has this reference.",
                    List.of(new FieldViolation("reference", "already in use")));
        }
    }
}
