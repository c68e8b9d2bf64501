package uk.police.enforcement.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jdbc.ReturningWork;

import uk.police.enforcement.common.persistence.JdbcWork;
import uk.police.enforcement.common.persistence.Timestamps;
/**
 * The records under review, read and changed by SQL in the caller's transaction (as the change feed reads
 * them): what a decision needs to know of a record, moving its review date, and erasing it on disposal.
 */
@ApplicationScoped
public class ReviewedRecords {

    /** What a decision needs to know of a record, read under a row lock held to the end of the transaction. */
    record State(long version, OffsetDateTime disposedAt, OffsetDateTime archivedAt, String status, UUID operationId,
            String operationStatus, String operationReference) {
    }

    /** One record due for review. */
    record Due(ReviewedKind kind, UUID id, String retentionGroup, LocalDate reviewDueOn) {
    }

    // The record, then its operation: both locked when deciding, so neither can move under the decision (an
    // outer join cannot lock the operation's side).
    private static final Map<ReviewedKind, String> LOOKUP = Map.of(
            ReviewedKind.OPERATION, "select version, disposed_at, status, null::uuid, archived_at from operation where id = ?",
            ReviewedKind.ENFORCEMENT_ACTION,
            "select version, disposed_at, null, operation_id, archived_at from enforcement_action where id = ?",
            ReviewedKind.PARTNER_NOTICE,
            "select version, disposed_at, status, operation_id, archived_at from partner_notice where id = ?");
    private static final String OPERATION = "select status, reference from operation where id = ?";

    // A disposed record's (lifted) holds stay, with their kinds and dates; their reasons may quote references.
    private static final String ERASE_HOLD_REASONS = """
            update record_hold set reason = '[erased]', version = version + 1,
                   lift_reason = case when lift_reason is null then null else '[erased]' end
             where record_id = ?""";

    // Erasure: every reference and free text goes; the columns that figures are counted from stay as they are.
    // An action's devices (the exhibit register, V32) lose theirs with it.
    // A charge's person references become placeholders, as many as there were, so that its count of people
    // charged without a reference is unchanged (the distinct people charged are kept, hashed, in counted_person).
    private static final Map<ReviewedKind, List<String>> ERASE = Map.of(
            ReviewedKind.OPERATION, List.of("""
                    update operation set reference = null, name = null, description = null,
                           disposed_at = n.now, version = version + 1, updated_at = n.now
                      from (select ?::timestamptz as now) n
                     where id = ? and disposed_at is null""", ERASE_HOLD_REASONS),
            ReviewedKind.ENFORCEMENT_ACTION, List.of("""
                    update enforcement_action
                       set rms_reference = null, subject_reference = null, officer_collar_number = null, notes = null,
                           exhibit_references = null, charge_offence = null,
                           person_references = case when person_references is null then null
                                                    else array_fill('ERASED'::varchar, array[cardinality(person_references)]) end,
                           disposed_at = n.now, version = version + 1, updated_at = n.now
                      from (select ?::timestamptz as now) n
                     where id = ? and disposed_at is null""", ERASE_HOLD_REASONS, """
                    update device set exhibit_reference = null, s59_application_reference = null,
                           fsr_method_reference = null, examiner_reference = null, conclusion_reason = null,
                           version = version + 1
                     where action_id = ?""", """
                    update device_transition set reason = null
                     where device_id in (select id from device where action_id = ?)"""),
            ReviewedKind.PARTNER_NOTICE, List.of("""
                    update partner_notice set subject_reference = null, notes = null,
                           disposed_at = n.now, version = version + 1, updated_at = n.now
                      from (select ?::timestamptz as now) n
                     where id = ? and disposed_at is null""", """
                    update partner_notice_transition set reason = null where notice_id = ?""", ERASE_HOLD_REASONS));


    // The references erasure removes, also from what the audit log quotes (AuditQuotes): read before erasing.
    private static final Map<ReviewedKind, String> REFERENCES = Map.of(
            ReviewedKind.OPERATION, "select array_remove(array[reference]::text[], null) from operation where id = ?",
            ReviewedKind.ENFORCEMENT_ACTION, """
                    select array_remove(array[rms_reference, subject_reference, officer_collar_number]::text[], null)
                           || coalesce(exhibit_references::text[], '{}') || coalesce(person_references::text[], '{}')
                           || coalesce((select array_agg(d.exhibit_reference::text) from device d
                                         where d.action_id = enforcement_action.id and d.exhibit_reference is not null),
                                       '{}')
                      from enforcement_action where id = ?""",
            ReviewedKind.PARTNER_NOTICE, "select array_remove(array[subject_reference]::text[], null) from partner_notice where id = ?");

    private static final String DUE = """
            select kind, id, retention_group, review_due_on from (
              (select 'OPERATION' as kind, id, retention_group, review_due_on from operation
                where disposed_at is null and archived_at is null and review_due_on < ? and (review_due_on, id) > (?, ?)
                order by review_due_on, id limit ?)
              union all
              (select 'ENFORCEMENT_ACTION', id, retention_group, review_due_on from enforcement_action
                where disposed_at is null and archived_at is null and review_due_on < ? and (review_due_on, id) > (?, ?)
                order by review_due_on, id limit ?)
              union all
              (select 'PARTNER_NOTICE', id, retention_group, review_due_on from partner_notice
                where disposed_at is null and archived_at is null and review_due_on < ? and (review_due_on, id) > (?, ?)
                order by review_due_on, id limit ?)
            ) due order by review_due_on, id limit ?""";

    private final JdbcWork jdbc;
    private final Clock clock;

    public ReviewedRecords(JdbcWork jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The record's state, locked for this transaction; null when there is no such record. */
    State lock(ReviewedKind kind, UUID id) {
        return state(kind, id, " for update", " for share");
    }

    /** The record's state, read without a lock (for reads, which hold no transaction). */
    State read(ReviewedKind kind, UUID id) {
        return state(kind, id, "", "");
    }

    private State state(ReviewedKind kind, UUID id, String lockRecord, String lockOperation) {
        return work(connection -> {
            long version;
            OffsetDateTime disposedAt;
            OffsetDateTime archivedAt;
            String status;
            UUID operationId;
            try (PreparedStatement query = connection.prepareStatement(LOOKUP.get(kind) + lockRecord)) {
                query.setObject(1, id);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return null;
                    }
                    version = row.getLong(1);
                    disposedAt = row.getObject(2, OffsetDateTime.class);
                    status = row.getString(3);
                    operationId = row.getObject(4, UUID.class);
                    archivedAt = row.getObject(5, OffsetDateTime.class);
                }
            }
            if (operationId == null) {
                return new State(version, disposedAt, archivedAt, status, null, null, null);
            }
            try (PreparedStatement query = connection.prepareStatement(OPERATION + lockOperation)) {
                query.setObject(1, operationId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return new State(version, disposedAt, archivedAt, status, operationId, row.getString(1),
                            row.getString(2));
                }
            }
        });
    }

    /** Marks the record archived for permanent preservation; its new version. */
    long archive(ReviewedKind kind, UUID id) {
        return work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update " + kind.table
                    + " set archived_at = ?, version = version + 1, updated_at = ? where id = ? returning version")) {
                OffsetDateTime now = Timestamps.utc(Timestamps.at(clock));
                update.setObject(1, now);
                update.setObject(2, now);
                update.setObject(3, id);
                try (ResultSet row = update.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** Moves the record's next review to {@code day}; its new version. */
    long retain(ReviewedKind kind, UUID id, LocalDate day) {
        return work(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update " + kind.table
                    + " set review_due_on = ?, version = version + 1, updated_at = ? where id = ? returning version")) {
                update.setObject(1, day);
                update.setObject(2, Timestamps.utc(Timestamps.at(clock)));
                update.setObject(3, id);
                try (ResultSet row = update.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** The references the record holds (none once erased). */
    List<String> referencesOf(ReviewedKind kind, UUID id) {
        return work(connection -> {
            try (PreparedStatement query = connection.prepareStatement(REFERENCES.get(kind))) {
                query.setObject(1, id);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() && row.getArray(1) != null ? List.of((String[]) row.getArray(1).getArray())
                            : List.<String>of();
                }
            }
        });
    }

    /** Erases the record's references and free text and marks it disposed; false when it already was. */
    boolean erase(ReviewedKind kind, UUID id) {
        return work(connection -> {
            List<String> statements = ERASE.get(kind);
            int erased;
            try (PreparedStatement update = connection.prepareStatement(statements.get(0))) {
                update.setObject(1, Timestamps.utc(Timestamps.at(clock)));
                update.setObject(2, id);
                erased = update.executeUpdate();
            }
            for (String more : statements.subList(1, statements.size())) {
                try (PreparedStatement update = connection.prepareStatement(more)) {
                    update.setObject(1, id);
                    update.executeUpdate();
                }
            }
            return erased == 1;
        });
    }

    /** Records not disposed of whose review is due before {@code before}, after ({@code day}, {@code id}). */
    List<Due> due(LocalDate before, LocalDate afterDay, UUID afterId, int limit) {
        return work(connection -> {
            try (PreparedStatement query = connection.prepareStatement(DUE)) {
                int p = 1;
                for (int branch = 0; branch < 3; branch++) {
                    query.setObject(p++, before);
                    query.setObject(p++, afterDay);
                    query.setObject(p++, afterId);
                    query.setInt(p++, limit);
                }
                query.setInt(p, limit);
                List<Due> due = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        due.add(new Due(ReviewedKind.of(rows.getString(1)), rows.getObject(2, UUID.class),
                                rows.getString(3), rows.getObject(4, LocalDate.class)));
                    }
                }
                return due;
            }
        });
    }

    private <T> T work(ReturningWork<T> work) {
        return jdbc.call(work);
    }
}
