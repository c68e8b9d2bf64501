package uk.police.enforcement.common.persistence;

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
        return repository.findByIdOptional(id).orElseThrow(() -> new RecordNotFound(kind));
    }

    /**
     * Applies a change to a record the client read at {@code expected} ({@link VersionMismatch} when it
     * has moved on) and flushes, so that the version, and with it the response's ETag, is already the
     * new one. Call in a transaction.
     */
    public static <E extends VersionedEntity> E replace(PanacheRepositoryBase<E, UUID> repository, E entity,
            ExpectedVersion expected, Consumer<E> change) {
        requireVersion(entity, expected);
        change.accept(entity);
        entity.updatedAt = Timestamps.now();
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
        E entity = repository.findById(id);
        if (entity == null) {
            return;
        }
        requireVersion(entity, expected);
        repository.delete(entity);
        repository.flush();
    }

    private static void requireVersion(VersionedEntity entity, ExpectedVersion expected) {
        if (!expected.matches(entity.version)) {
            throw new VersionMismatch(entity.version);
        }
    }
}
