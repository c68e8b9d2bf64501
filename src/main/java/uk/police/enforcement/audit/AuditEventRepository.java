package uk.police.enforcement.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.api.model.AuditAction;
import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.web.Range;
@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEventEntity, Long> {

    public Page<AuditEventEntity> page(String actor, String resourceType, UUID resourceId, AuditAction action,
            Range<Instant> occurred, int limit, String cursor) {
        List<String> after = Cursor.decode(cursor, 2);
        KeysetQuery query = new KeysetQuery()
                .and("actor = :actor", "actor", actor)
                .and("resourceType = :resourceType", "resourceType", resourceType)
                .and("resourceId = :resourceId", "resourceId", resourceId)
                .and("action = :action", "action", action == null ? null : action.name())
                .and("occurredAt >= :from", "from", occurred.from())
                .and("occurredAt < :before", "before", occurred.to());
        if (after != null) {
            query.after("occurredAt", Cursor.parse(after.get(0), Cursor::instant), "id",
                    Cursor.parse(after.get(1), Long::valueOf));
        }
        List<AuditEventEntity> rows = query.fetch(this, "occurredAt", "id", limit);
        return Page.fromOverfetch(rows, limit, e -> Cursor.encode(e.occurredAt.toString(), e.id.toString()));
    }
}
