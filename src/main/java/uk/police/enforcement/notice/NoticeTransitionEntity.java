package uk.police.enforcement.notice;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import uk.police.enforcement.api.model.NoticeStatus;
import uk.police.enforcement.common.persistence.TransitionEntity;
/** One step of a notice's life-cycle; never changed once written. */
@Entity
@Immutable
@Table(name = "partner_notice_transition")
public class NoticeTransitionEntity extends TransitionEntity {

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public NoticeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public NoticeStatus toStatus;

    @Column(name = "actor_name")
    public String actorName;

    /** The agency code of a partner user who recorded it; null for the force's own officers. */
    @Column(name = "actor_agency")
    public String actorAgency;
}
