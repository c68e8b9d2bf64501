package uk.police.enforcement.common.persistence;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
/** The lookup, conditional replace and idempotent delete that every resource's service performs. */
public final class VersionedRecords {

    private VersionedRecords() {
    }

    /** The record with this id; {@link RecordNotFound} naming {@code kind} when there is none. */
    public static <E extends VersionedEntity> E require(PanacheRepositoryBase<E, UUID> repository, UUID id,
            String kind) {
        E entity = repository.findByIdOptional(id).orElseThrow(() -> new RecordNotFound(kind));
        requireNotDisposed(entity, kind);
        return entity;
    }

    /** {@link RecordDisposed} (410) for a record disposed of under review. */
    public static void requireNotDisposed(VersionedEntity entity, String kind) {
        if (entity instanceof ReviewableEntity reviewable && reviewable.disposedAt != null) {
            throw new RecordDisposed(kind, reviewable.disposedAt);
        }
    }

    /**
     * Applies a change to a record the client read at {@code expected} ({@link VersionMismatch} when it
     * has moved on) and flushes, so that the version, and with it the response's ETag, is already the
     * new one. Call in a transaction.
     */
    public static <E extends VersionedEntity> E replace(PanacheRepositoryBase<E, UUID> repository, E entity,
            ExpectedVersion expected, Clock clock, Consumer<E> change) {
        requireVersion(entity, expected);
        change.accept(entity);
        entity.updatedAt = Timestamps.at(clock);
        repository.flush();
        return entity;
    }

    /**
     * Deletes the record if it exists and {@code expected} is current; a record already gone is success,
     * so a retried DELETE answers 204 again. A record still referred to by others is refused by its
     * foreign keys. Call in a transaction.
     */
    public static <E extends VersionedEntity> void deleteIfPresent(PanacheRepositoryBase<E, UUID> repository, UUID id,
            ExpectedVersion expected) {
        deleteIfPresent(repository, id, expected, entity -> {
        });
    }

    /** The same, once {@code rule} has accepted the record (it throws the problem when it refuses). */
    public static <E extends VersionedEntity> void deleteIfPresent(PanacheRepositoryBase<E, UUID> repository, UUID id,
            ExpectedVersion expected, Consumer<E> rule) {
        E entity = repository.findById(id);
        if (entity == null) {
            return;
        }
        requireNotDisposed(entity, "record");
        requireVersion(entity, expected);
        rule.accept(entity);
        repository.delete(entity);
        repository.flush();
    }

    private static void requireVersion(VersionedEntity entity, ExpectedVersion expected) {
        if (!expected.matches(entity.version)) {
            throw new VersionMismatch(entity.version);
        }
    }
}
