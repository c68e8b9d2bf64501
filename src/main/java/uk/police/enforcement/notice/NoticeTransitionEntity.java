package uk.police.enforcement.notice;

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

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import uk.police.enforcement.api.model.NoticeStatus;
/** One step of a notice's life-cycle; never changed once written. */
@Entity
@Immutable
@Table(name = "partner_notice_transition")
public class NoticeTransitionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public NoticeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public NoticeStatus toStatus;

    public String reason;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The token subject, as in the audit log. */
    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_name")
    public String actorName;

    /** The agency code of a partner user who recorded it; null for the force's own officers. */
    @Column(name = "actor_agency")
    public String actorAgency;
}
