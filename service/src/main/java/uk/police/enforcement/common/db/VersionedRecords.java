package uk.police.enforcement.common.db;

import java.util.UUID;
import java.util.function.Consumer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.police.enforcement.common.http.EntityTags;

/** The conditional replace and idempotent delete that every resource's service performs. */
public final class VersionedRecords {

    private VersionedRecords() {
    }

    /**
     * Applies a change to a record the client read at {@code ifMatch} (412 when stale) and flushes, so
     * that the version, and with it the response's ETag, is already the new one. Call in a transaction.
     */
    public static <E extends VersionedEntity> E replace(PanacheRepositoryBase<E, UUID> repository, E entity,
            String ifMatch, Consumer<E> change) {
        EntityTags.requireMatch(ifMatch, entity.version);
        change.accept(entity);
        entity.updatedAt = Timestamps.now();
        repository.flush();
        return entity;
    }

    public static <E extends VersionedEntity> void deleteIfPresent(PanacheRepositoryBase<E, UUID> repository, UUID id,
            String ifMatch) {
        deleteIfPresent(repository, id, ifMatch, entity -> {
        });
    }

    /**
     * Deletes the record if it exists and {@code ifMatch} is current; a record already gone is success,
     * so a retried DELETE answers 204 again. {@code guard} may refuse (e.g. 409 while others refer to it).
     * Call in a transaction.
     */
    public static <E extends VersionedEntity> void deleteIfPresent(PanacheRepositoryBase<E, UUID> repository, UUID id,
            String ifMatch, Consumer<E> guard) {
        E entity = repository.findById(id);
        if (entity == null) {
            return;
        }
        EntityTags.requireMatch(ifMatch, entity.version);
        guard.accept(entity);
        repository.delete(entity);
        repository.flush();
    }
}
