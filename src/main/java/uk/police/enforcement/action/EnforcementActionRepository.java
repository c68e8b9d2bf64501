package uk.police.enforcement.action;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
@ApplicationScoped
public class EnforcementActionRepository implements PanacheRepositoryBase<EnforcementActionEntity, UUID> {

    /** Actions matching every filter, ordered by occurred_at then id. */
    public Page<EnforcementActionEntity> page(ActionFilter filter, int limit, String cursor) {
        List<String> after = Cursor.decode(cursor, 2);
        KeysetQuery query = new KeysetQuery()
                .and("disposedAt is null", Map.of())
                .and("operationId = :operationId", "operationId", filter.operationId())
                .and("actionType = :actionType", "actionType", filter.actionType())
                .and("offenceCategory = :offenceCategory", "offenceCategory", filter.offenceCategory())
                .and("area = :area", "area", filter.area())
                .and("warrantResult = :warrantResult", "warrantResult", filter.warrantResult())
                .and("occurredAt >= :from", "from", filter.occurred().from())
                .and("occurredAt < :before", "before", filter.occurred().to())
                .and("rmsReference = :rmsReference", "rmsReference", filter.rmsReference())
                .and("subjectReference = :subjectReference", "subjectReference", filter.subjectReference())
                .and("id in (select e.key.actionId from ActionExhibitEntity e "
                        + "where e.key.exhibitReference = :exhibitReference)", "exhibitReference", filter.exhibitReference());
        if (after != null) {
            query.after("occurredAt", Cursor.parse(after.get(0), Cursor::instant), "id",
                    Cursor.parse(after.get(1), UUID::fromString));
        }
        List<EnforcementActionEntity> rows = query.fetch(this, "occurredAt", "id", limit);
        return Page.fromOverfetch(rows, limit, a -> Cursor.encode(a.occurredAt.toString(), a.id.toString()));
    }
}
