package uk.police.enforcement.common.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
/**
 * One move of a record along its life-cycle (a notice, a referral, a device), as each history table stores it:
 * numbered in the order written, dated by when it happened and when it was recorded, by whom, and why. Each
 * subclass adds its record's id and its status type.
 */
@MappedSuperclass
public abstract class TransitionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The token subject, as in the audit log. */
    @Column(nullable = false)
    public String actor;

    public String reason;
}
