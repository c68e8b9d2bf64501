package uk.police.enforcement.referral;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import uk.police.enforcement.api.model.ReferralStatus;
import uk.police.enforcement.common.persistence.TransitionEntity;
/** One move of a referral along its life-cycle (V31). */
@Entity
@Table(name = "referral_transition")
public class ReferralTransitionEntity extends TransitionEntity {

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ReferralStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ReferralStatus toStatus;

    @Column(name = "closure_reason")
    public String closureReason;
}
