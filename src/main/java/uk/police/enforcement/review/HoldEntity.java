package uk.police.enforcement.review;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
/** One hold on a record (V25): placed with a kind and a reason, lifted once with a reason. */
@Entity
@Table(name = "record_hold")
public class HoldEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String reason;

    @Column(name = "placed_by", nullable = false)
    public String placedBy;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    @Column(name = "lifted_by")
    public String liftedBy;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "lift_reason")
    public String liftReason;

    /** 1 when placed, 2 once lifted (the change feed states it). */
    @Column(nullable = false)
    public long version;

    boolean active() {
        return liftedAt == null;
    }
}
