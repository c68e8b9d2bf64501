package uk.police.enforcement.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
/** A referral's first enforcement action, kept by the actions' own statements (R__07_referral_clock.sql): read only. */
@Entity
@Immutable
@Table(name = "referral_first_action")
public class ReferralFirstActionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "first_action_at", nullable = false)
    public Instant firstActionAt;
}
