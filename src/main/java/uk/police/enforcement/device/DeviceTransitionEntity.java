package uk.police.enforcement.device;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import uk.police.enforcement.api.model.DeviceStatus;
import uk.police.enforcement.api.model.TriageRoute;
/** One move of a device along its journey (V32). */
@Entity
@Table(name = "device_transition")
public class DeviceTransitionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "device_id", nullable = false)
    public UUID deviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public DeviceStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public DeviceStatus toStatus;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "triage_route")
    public TriageRoute triageRoute;

    public String reason;
}
