package uk.police.enforcement.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import uk.police.enforcement.api.model.RiskGrade;
/** One risk assessment of a referral (V31); the latest decides its grade and target. */
@Entity
@Table(name = "referral_assessment")
public class RiskAssessmentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(nullable = false)
    public String tool;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskGrade grade;

    @Column(name = "assessed_at", nullable = false)
    public Instant assessedAt;

    @Column(name = "assessed_by", nullable = false)
    public String assessedBy;

    /** A target of this referral's own, in seconds; null: its grade's. */
    @Column(name = "target_seconds")
    public Long targetSeconds;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
