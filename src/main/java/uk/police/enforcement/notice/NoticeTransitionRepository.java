package uk.police.enforcement.notice;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
@ApplicationScoped
public class NoticeTransitionRepository implements PanacheRepositoryBase<NoticeTransitionEntity, Long> {

    /** A notice's transitions, oldest first (ids grow with time). */
    public Page<NoticeTransitionEntity> page(UUID noticeId, int limit, String cursor) {
        List<String> after = Cursor.decode(cursor, 1);
        KeysetQuery query = new KeysetQuery().and("noticeId = :noticeId", "noticeId", noticeId);
        if (after != null) {
            query.and("id > :afterId", "afterId", Cursor.parse(after.get(0), Long::valueOf));
        }
        List<NoticeTransitionEntity> rows = query.fetch(this, "id", "id", limit);
        return Page.fromOverfetch(rows, limit, t -> Cursor.encode(t.id.toString()));
    }
}
