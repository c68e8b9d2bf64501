package uk.police.enforcement.device;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import uk.police.enforcement.api.model.DeviceStatus;
import uk.police.enforcement.api.model.TriageRoute;
import uk.police.enforcement.common.persistence.TransitionEntity;
/** One move of a device along its journey (V32). */
@Entity
@Table(name = "device_transition")
public class DeviceTransitionEntity extends TransitionEntity {

    @Column(name = "device_id", nullable = false)
    public UUID deviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public DeviceStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public DeviceStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "triage_route")
    public TriageRoute triageRoute;
}
