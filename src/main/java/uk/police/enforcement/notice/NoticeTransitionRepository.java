package uk.police.enforcement.notice;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
@ApplicationScoped
public class NoticeTransitionRepository implements PanacheRepositoryBase<NoticeTransitionEntity, Long> {

    /** A notice's transitions, oldest first (ids grow with time). */
    public Page<NoticeTransitionEntity> page(UUID noticeId, int limit, String cursor) {
        return new KeysetQuery().and("noticeId = :noticeId", "noticeId", noticeId).pageById(this::find, limit, cursor);
    }
}
