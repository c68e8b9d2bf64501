package uk.police.enforcement.common.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
/**
 * A record under the review schedule (operations, actions, notices): its retention group, when it is
 * next due for review, and when it was disposed of (its references erased; it then answers 410).
 */
@MappedSuperclass
public abstract class ReviewableEntity extends VersionedEntity {

    @Column(name = "retention_group", nullable = false)
    public String retentionGroup;

    @Column(name = "review_due_on", nullable = false)
    public LocalDate reviewDueOn;

    /** Written by the disposal's SQL only: never through the entity. */
    @Column(name = "disposed_at", insertable = false, updatable = false)
    public Instant disposedAt;

    /** When a review archived it for permanent preservation; written by the review's SQL only. */
    @Column(name = "archived_at", insertable = false, updatable = false)
    public Instant archivedAt;
}
