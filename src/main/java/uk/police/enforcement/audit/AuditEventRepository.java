package uk.police.enforcement.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.api.model.AuditAction;
import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.web.Range;
@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEventEntity, Long> {

    /**
     * When a record came into the service, whichever kind it is: every kind stamps it by the service's clock as it
     * is created, before any entry about it is written. A record in none of these tables (erased since, or an id
     * that names no record) has none.
     */
    private static final String CREATED_AT = """
            select min(created_at) from (
                          select created_at from enforcement_action where id = :id
                union all select created_at from partner_notice where id = :id
                union all select created_at from operation where id = :id
                union all select created_at from partner_agency where id = :id
                union all select created_at from referral where id = :id
                union all select created_at from crime where id = :id
                union all select created_at from device where id = :id
                union all select created_at from webhook_subscription where id = :id) made""";
    /** The instances' clocks may differ from each other: a day covers more than any running service would see. */
    static final Duration CLOCKS_MAY_DIFFER_BY = Duration.ofDays(1);

    public Page<AuditEventEntity> page(String actor, String resourceType, UUID resourceId, AuditAction action,
            Range<Instant> occurred, int limit, String cursor) {
        List<String> after = Cursor.decode(cursor, 2);
        KeysetQuery query = new KeysetQuery()
                .and("actor = :actor", "actor", actor)
                .and("resourceType = :resourceType", "resourceType", resourceType)
                .and("resourceId = :resourceId", "resourceId", resourceId)
                .and("action = :action", "action", action == null ? null : action.name())
                .and("occurredAt >= :from", "from", from(resourceId, occurred.from()))
                .and("occurredAt < :before", "before", occurred.to());
        if (after != null) {
            query.after("occurredAt", Cursor.parse(after.get(0), Cursor::instant), "id",
                    Cursor.parse(after.get(1), Long::valueOf));
        }
        List<AuditEventEntity> rows = query.fetch(this, "occurredAt", "id", limit);
        return Page.fromOverfetch(rows, limit, e -> Cursor.encode(e.occurredAt.toString(), e.id.toString()));
    }

    /**
     * The lower bound of a query: the one asked for, or for one record's history the record's creation (less what
     * the clocks may differ by) when that is later. The log is one table a month (V37), and a history with no lower
     * bound searches every month's index, for ever more months; with it, only the months since the record was
     * created (bench/results/2026-12-07.md).
     */
    private Instant from(UUID resourceId, Instant asked) {
        if (resourceId == null) {
            return asked;
        }
        Instant created = Timestamps.instant(getEntityManager().createNativeQuery(CREATED_AT)
                .setParameter("id", resourceId).getSingleResult());
        if (created == null) {
            return asked;
        }
        Instant since = created.minus(CLOCKS_MAY_DIFFER_BY);
        return asked == null || asked.isBefore(since) ? since : asked;
    }
}
