package uk.police.enforcement.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import uk.police.enforcement.api.model.HoldInput;
import uk.police.enforcement.api.model.HoldKind;
import uk.police.enforcement.audit.AuditedRecords;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.RecordNotFound;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.retention.RetentionPolicy;
import uk.police.enforcement.common.security.Caller;
/**
 * Holds that keep a record whatever its review says: placed on an operation, action or notice, lifted with a
 * reason, and checked by every disposal (a hold on an operation holds the records under it too).
 */
@ApplicationScoped
public class Holds {

    private final HoldRepository holds;
    private final ReviewedRecords records;
    private final Caller caller;
    private final RetentionPolicy retention;
    private final AuditedRecords auditedRecords;

    private final Clock clock;

    public Holds(HoldRepository holds, ReviewedRecords records, Caller caller, RetentionPolicy retention,
            AuditedRecords auditedRecords, Clock clock) {
        this.clock = clock;
        this.holds = holds;
        this.records = records;
        this.caller = caller;
        this.retention = retention;
        this.auditedRecords = auditedRecords;
    }

    @Transactional
    public HoldEntity place(ReviewedKind kind, UUID recordId, HoldInput input) {
        if (input.getReason() == null || input.getReason().isBlank()) {
            throw ApiProblem.invalidField("reason", "must not be blank");
        }
        // Locked like a disposal locks it, so a hold and an approval of the same record cannot pass each other.
        Reviews.current(records.lock(kind, recordId), kind);
        HoldEntity hold = new HoldEntity();
        hold.id = UUID.randomUUID();
        hold.recordType = kind.name();
        hold.recordId = recordId;
        hold.kind = input.getKind().toString();
        hold.reason = input.getReason();
        hold.placedBy = caller.subject();
        hold.placedAt = Timestamps.at(clock);
        hold.version = 1;
        holds.persistAndFlush(hold);
        auditedRecords.concerns(kind.collection, recordId);
        return hold;
    }

    @Transactional
    public HoldEntity lift(UUID holdId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiProblem.invalidField("reason", "must not be blank");
        }
        HoldEntity hold = holds.findById(holdId, LockModeType.PESSIMISTIC_WRITE);
        if (hold == null) {
            throw new RecordNotFound("hold");
        }
        if (!hold.active()) {
            throw ApiProblem.conflict("This hold was already lifted.", List.of());
        }
        hold.liftedBy = caller.subject();
        hold.liftedAt = Timestamps.at(clock);
        hold.liftReason = reason;
        hold.version = 2;
        holds.flush();
        auditedRecords.concerns(ReviewedKind.of(hold.recordType).collection, hold.recordId);
        return hold;
    }

    public HoldEntity get(UUID holdId) {
        HoldEntity hold = holds.findById(holdId);
        if (hold == null) {
            throw new RecordNotFound("hold");
        }
        return hold;
    }

    /** A record's holds; 404 or 410 as reading the record would answer. */
    public Page<HoldEntity> ofRecord(ReviewedKind kind, UUID recordId, int limit, String cursor) {
        Reviews.current(records.read(kind, recordId), kind);
        return holds.ofRecord(recordId, limit, cursor);
    }

    public Page<HoldEntity> list(boolean active, String kind, int limit, String cursor) {
        return holds.list(active, kind, limit, cursor);
    }

    /** Every kind of hold (0 where none is active), with its active count by age, as at {@code today}. */
    public List<HoldRepository.Count> counts(LocalDate today) {
        List<HoldRepository.Count> found = holds.countActive(today);
        List<HoldRepository.Count> all = new ArrayList<>();
        for (HoldKind kind : HoldKind.values()) {
            all.add(found.stream().filter(c -> c.kind().equals(kind.toString())).findFirst()
                    .orElse(new HoldRepository.Count(kind.toString(), 0, 0, 0, 0, null)));
        }
        return all;
    }

    /** The active holds on any of these records (a record and the operation it is under). */
    public List<HoldEntity> activeOn(List<UUID> recordIds) {
        return holds.activeOn(recordIds);
    }

    public LocalDate today() {
        return retention.today();
    }

    /** Refuses (409, naming the hold) to dispose of a record held, or under an operation held. */
    void requireNotHeld(ReviewedKind kind, UUID recordId, ReviewedRecords.State state) {
        List<UUID> held = state.operationId() == null ? List.of(recordId) : List.of(recordId, state.operationId());
        List<HoldEntity> active = holds.activeOn(held);
        if (active.isEmpty()) {
            return;
        }
        HoldEntity first = active.get(0);
        String on = first.recordId.equals(recordId) ? "This " + kind.label
                : "The operation " + state.operationReference() + " that this " + kind.label + " is under";
        throw ApiProblem.conflict(on + " is on hold (" + first.kind + ", hold " + first.id + ", placed "
                + first.placedAt + "): a held record cannot be disposed of until every hold on it is lifted.",
                active.stream().map(h -> new FieldViolation("holds", h.kind + " hold " + h.id)).toList());
    }
}
