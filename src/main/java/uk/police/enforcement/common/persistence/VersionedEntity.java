package uk.police.enforcement.common.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
/**
 * What every API record has: a UUID id, server-owned timestamps and an optimistic-locking version
 * (the ETag).
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Gives a new record its id and timestamps, by the service's one clock. */
    public void stampNew(Clock clock) {
        id = UUID.randomUUID();
        createdAt = Timestamps.at(clock);
        updatedAt = createdAt;
    }
}
