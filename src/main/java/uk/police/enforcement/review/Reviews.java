package uk.police.enforcement.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.enforcement.api.model.ReviewDecisionInput;
import uk.police.enforcement.audit.AuditQuotes;
import uk.police.enforcement.audit.AuditedRecords;
import uk.police.enforcement.api.model.ReviewDecisionKind;
import uk.police.enforcement.common.idempotency.IdempotentRequests;
import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.ExpectedVersion;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.RecordDisposed;
import uk.police.enforcement.common.persistence.RecordNotFound;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.persistence.VersionMismatch;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.retention.RetentionPolicy;
import uk.police.enforcement.common.security.Caller;
/**
 * Review (Police information and records management Code of Practice, 2023): decisions to retain (with a reason and the next review) or to dispose (on the disposal list
 * until a second supervisor approves), and the disposal itself, which erases the record's references in the
 * transaction that approves it (with its audit entry and its change feed entry) and keeps every figure.
 */
@ApplicationScoped
public class Reviews {

    private static final UUID NO_ID = new UUID(0, 0);
    /** A notice's life-cycle has ended in these (NoticeLifecycle.FINAL, by name: review uses no other feature). */
    private static final java.util.Set<String> FINAL_NOTICE_STATUSES = java.util.Set.of("CLOSED", "ESCALATED", "WITHDRAWN");

    /** A decision made, and the record's version after it (its ETag). */
    record Decided(ReviewDecisionEntity decision, long recordVersion) {
    }

    private final ReviewedRecords records;
    private final ReviewDecisionRepository decisions;
    private final RetentionPolicy retention;
    private final Caller caller;
    private final AuditedRecords auditedRecords;
    private final IdempotentRequests idempotentRequests;
    private final AuditQuotes auditQuotes;
    private final Holds holds;

    private final Clock clock;

    public Reviews(ReviewedRecords records, ReviewDecisionRepository decisions, RetentionPolicy retention,
            Caller caller, AuditedRecords auditedRecords, IdempotentRequests idempotentRequests, AuditQuotes auditQuotes,
            Holds holds, Clock clock) {
        this.clock = clock;
        this.holds = holds;
        this.auditQuotes = auditQuotes;
        this.idempotentRequests = idempotentRequests;
        this.auditedRecords = auditedRecords;
        this.records = records;
        this.decisions = decisions;
        this.retention = retention;
        this.caller = caller;
    }

    @Transactional
    public Decided decide(ReviewedKind kind, UUID id, ExpectedVersion expected, ReviewDecisionInput input) {
        boolean retain = input.getDecision() == ReviewDecisionKind.RETAIN;
        boolean archive = input.getDecision() == ReviewDecisionKind.ARCHIVE;
        if (retain && (input.getNextReviewOn() == null || !input.getNextReviewOn().isAfter(retention.today()))) {
            throw ApiProblem.invalidField("next_review_on", "is required to RETAIN and must be after today");
        }
        if (!retain && input.getNextReviewOn() != null) {
            throw ApiProblem.invalidField("next_review_on", "is set by a RETAIN decision only");
        }
        if (input.getReason() == null || input.getReason().isBlank()) {
            throw ApiProblem.invalidField("reason", "must not be blank");
        }
        ReviewedRecords.State state = lockCurrent(kind, id);
        if (!expected.matches(state.version())) {
            throw new VersionMismatch(state.version());
        }
        if (state.archivedAt() != null) {
            throw ApiProblem.conflict("This " + kind.label + " was archived for permanent preservation on "
                    + state.archivedAt().toInstant() + ": it takes no further review decisions.", List.of());
        }
        ReviewDecisionEntity decision = new ReviewDecisionEntity();
        decision.id = UUID.randomUUID();
        decision.recordType = kind.name();
        decision.recordId = id;
        decision.decision = retain ? ReviewDecisionEntity.RETAIN
                : archive ? ReviewDecisionEntity.ARCHIVE : ReviewDecisionEntity.DISPOSE;
        decision.reason = input.getReason();
        decision.decidedBy = caller.subject();
        decision.decidedAt = Timestamps.at(clock);
        long version = state.version();
        if (retain && decisions.disposalPending(id)) {
            throw ApiProblem.conflict("A disposal of this " + kind.label + " is on the disposal list: reject it before"
                    + " retaining the " + kind.label + ".", List.of());
        }
        if (retain) {
            decision.nextReviewOn = input.getNextReviewOn();
            decision.status = ReviewDecisionEntity.RECORDED;
            version = records.retain(kind, id, input.getNextReviewOn());
        } else if (archive) {
            // Transfer for permanent preservation ends the review, once the matter is closed, as a disposal would.
            requireDisposable(kind, state);
            if (decisions.disposalPending(id)) {
                throw ApiProblem.conflict("A disposal of this " + kind.label + " is on the disposal list: reject it"
                        + " before archiving the " + kind.label + ".", List.of());
            }
            decision.status = ReviewDecisionEntity.RECORDED;
            version = records.archive(kind, id);
        } else {
            requireDisposable(kind, state);
            holds.requireNotHeld(kind, id, state);
            if (decisions.disposalPending(id)) {
                throw ApiProblem.conflict("A disposal of this " + kind.label + " is already on the disposal list.",
                        List.of());
            }
            decision.status = ReviewDecisionEntity.PENDING;
        }
        decisions.persistAndFlush(decision);
        return new Decided(decision, version);
    }

    /** The second supervisor's approval: the record is erased now, in this transaction. */
    @Transactional
    public ReviewDecisionEntity approve(UUID disposalId) {
        ReviewDecisionEntity disposal = pendingDisposal(disposalId);
        if (disposal.decidedBy.equals(caller.subject())) {
            throw new ApiProblem(403, "about:blank", "Forbidden",
                    "A disposal must be approved by a supervisor other than the one who proposed it.", null, null);
        }
        ReviewedKind kind = ReviewedKind.of(disposal.recordType);
        ReviewedRecords.State state = records.lock(kind, disposal.recordId);
        if (state == null || state.disposedAt() != null) {
            throw ApiProblem.conflict("The " + kind.label + " is no longer there to dispose of.", List.of());
        }
        requireDisposable(kind, state);
        holds.requireNotHeld(kind, disposal.recordId, state);
        List<String> references = records.referencesOf(kind, disposal.recordId);
        records.erase(kind, disposal.recordId);
        // The stored answers of earlier requests that quote the record go with it, and the s.62 log no longer
        // shows its references where it quotes a caller's lookup or justification (its entries stay).
        idempotentRequests.forgetAnswersQuoting(disposal.recordId);
        auditQuotes.eraseQuoting(references);
        // The audit entry names the record erased (the request's path names only the disposal).
        auditedRecords.concerns(kind.collection, disposal.recordId);
        resolve(disposal, ReviewDecisionEntity.APPROVED, null);
        return disposal;
    }

    /** Either supervisor may take a disposal off the list; the record stays as it was. */
    @Transactional
    public ReviewDecisionEntity reject(UUID disposalId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiProblem.invalidField("reason", "must not be blank");
        }
        ReviewDecisionEntity disposal = pendingDisposal(disposalId);
        resolve(disposal, ReviewDecisionEntity.REJECTED, reason);
        return disposal;
    }

    /** A record's decisions; 404 or 410 as reading the record would answer. */
    public Page<ReviewDecisionEntity> history(ReviewedKind kind, UUID id, int limit, String cursor) {
        current(records.read(kind, id), kind);
        return decisions.history(id, limit, cursor);
    }

    public Page<ReviewDecisionEntity> disposals(String status, int limit, String cursor) {
        return decisions.disposals(status, limit, cursor);
    }

    @Transactional
    public Page<ReviewedRecords.Due> due(LocalDate before, int limit, String cursor) {
        List<String> after = Cursor.decode(cursor, 2);
        LocalDate afterDay = after == null ? LocalDate.of(1, 1, 1) : Cursor.parse(after.get(0), Cursor::day);
        UUID afterId = after == null ? NO_ID : Cursor.parse(after.get(1), UUID::fromString);
        List<ReviewedRecords.Due> rows = records.due(before, afterDay, afterId, limit + 1);
        return Page.fromOverfetch(rows, limit, d -> Cursor.encode(d.reviewDueOn().toString(), d.id().toString()));
    }

    private ReviewedRecords.State lockCurrent(ReviewedKind kind, UUID id) {
        return current(records.lock(kind, id), kind);
    }

    /** The record's state; 404 when there is none, 410 when it was disposed of. */
    static ReviewedRecords.State current(ReviewedRecords.State state, ReviewedKind kind) {
        if (state == null) {
            throw new RecordNotFound(kind.label);
        }
        if (state.disposedAt() != null) {
            throw new RecordDisposed(kind.label, state.disposedAt().toInstant());
        }
        return state;
    }

    /** MoPI: nothing is disposed of while the matter is open (409 naming why). */
    private static void requireDisposable(ReviewedKind kind, ReviewedRecords.State state) {
        if (kind == ReviewedKind.OPERATION && !"CLOSED".equals(state.status())) {
            throw ApiProblem.conflict("This operation is " + state.status()
                    + ": an operation is disposed of only once it is CLOSED.", List.of());
        }
        if (kind == ReviewedKind.PARTNER_NOTICE && !FINAL_NOTICE_STATUSES.contains(state.status())) {
            throw ApiProblem.conflict("This partner notice is " + state.status()
                    + ": a notice is disposed of only in a final status (CLOSED, ESCALATED or WITHDRAWN).", List.of());
        }
        if (state.operationStatus() != null && !"CLOSED".equals(state.operationStatus())) {
            throw ApiProblem.conflict("This " + kind.label + " is under operation " + state.operationReference()
                    + ", which is " + state.operationStatus()
                    + ": a record under an open operation cannot be disposed of.", List.of());
        }
    }

    private ReviewDecisionEntity pendingDisposal(UUID disposalId) {
        ReviewDecisionEntity disposal = decisions.findById(disposalId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (disposal == null || !ReviewDecisionEntity.DISPOSE.equals(disposal.decision)) {
            throw new RecordNotFound("disposal");
        }
        if (!ReviewDecisionEntity.PENDING.equals(disposal.status)) {
            throw ApiProblem.conflict("This disposal was already " + disposal.status.toLowerCase() + ".", List.of());
        }
        return disposal;
    }

    private void resolve(ReviewDecisionEntity disposal, String status, String rejectionReason) {
        disposal.status = status;
        disposal.resolvedBy = caller.subject();
        disposal.resolvedAt = Timestamps.at(clock);
        disposal.rejectionReason = rejectionReason;
        decisions.flush();
    }
}
