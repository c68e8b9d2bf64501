package uk.police.enforcement.operation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.enforcement.action.EnforcementActionRepository;
import uk.police.enforcement.api.model.OperationInput;
import uk.police.enforcement.api.model.OperationKind;
import uk.police.enforcement.api.model.OperationStatus;
import uk.police.enforcement.common.db.VersionedRecords;
import uk.police.enforcement.notice.PartnerNoticeRepository;
import uk.police.enforcement.common.paging.Page;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;

/** Business rules and transaction boundaries for operations. */
@ApplicationScoped
public class OperationService {

    private final OperationRepository operations;
    private final EnforcementActionRepository actions;
    private final PartnerNoticeRepository notices;

    public OperationService(OperationRepository operations, EnforcementActionRepository actions,
            PartnerNoticeRepository notices) {
        this.operations = operations;
        this.actions = actions;
        this.notices = notices;
    }

    @Transactional
    public OperationEntity create(OperationInput input) {
        OperationEntity entity = new OperationEntity();
        entity.stampNew();
        validate(input, entity.id);
        OperationMapper.apply(input, entity);
        operations.persistAndFlush(entity);
        return entity;
    }

    public OperationEntity get(UUID id) {
        return operations.findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("No operation has that id."));
    }

    public Page<OperationEntity> list(OperationStatus status, OperationKind kind, LocalDate from, LocalDate to,
            int limit, String cursor) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiProblem.invalidField("to", "must not be before from");
        }
        return operations.page(status, kind, from, to, limit, cursor);
    }

    @Transactional
    public OperationEntity replace(UUID id, String ifMatch, OperationInput input) {
        return VersionedRecords.replace(operations, get(id), ifMatch, entity -> {
            validate(input, id);
            OperationMapper.apply(input, entity);
        });
    }

    /** Idempotent: deleting an operation that is already gone succeeds. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        VersionedRecords.deleteIfPresent(operations, id, ifMatch, entity -> {
            if (actions.anyForOperation(id) || notices.anyForOperation(id)) {
                throw ApiProblem.conflict("Enforcement actions or partner notices are recorded against this "
                        + "operation; delete or move them first.", List.of());
            }
        });
    }

    private void validate(OperationInput input, UUID id) {
        List<FieldViolation> errors = new ArrayList<>();
        if (input.getEndDate() != null && input.getStartDate() != null
                && input.getEndDate().isBefore(input.getStartDate())) {
            errors.add(new FieldViolation("end_date", "must not be before start_date"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        if (operations.referenceTaken(input.getReference(), id)) {
            throw ApiProblem.conflict("Another operation already has this reference.",
                    List.of(new FieldViolation("reference", "already in use")));
        }
    }
}
