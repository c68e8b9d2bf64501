package uk.police.enforcement.operation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.api.model.OperationStatus;
import uk.police.enforcement.api.model.OperationType;
import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.web.Range;
@ApplicationScoped
public class OperationRepository implements PanacheRepositoryBase<OperationEntity, UUID> {

    /**
     * Which of these ids name an operation, in one query. A disposed operation still counts: its id keeps
     * grouping its records and their figures, though the operation itself answers 410.
     */
    public Set<UUID> existing(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager()
                .createQuery("select o.id from OperationEntity o where o.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
    }

    public boolean referenceTaken(String reference, UUID exceptId) {
        return count("reference = ?1 and id <> ?2", reference, exceptId) > 0;
    }

    /** Operations whose dates overlap the range, ordered by start date then id. */
    public Page<OperationEntity> page(OperationStatus status, OperationType kind, Range<LocalDate> dates, int limit,
            String cursor) {
        List<String> after = Cursor.decode(cursor, 2);
        KeysetQuery query = new KeysetQuery()
                .and("disposedAt is null", Map.of())
                .and("status = :status", "status", status)
                .and("kind = :kind", "kind", kind)
                .and("(endDate is null or endDate >= :from)", "from", dates.from())
                .and("startDate <= :to", "to", dates.to());
        if (after != null) {
            query.after("startDate", Cursor.parse(after.get(0), Cursor::day), "id",
                    Cursor.parse(after.get(1), UUID::fromString));
        }
        List<OperationEntity> rows = query.fetch(this, "startDate", "id", limit);
        return Page.fromOverfetch(rows, limit, o -> Cursor.encode(o.startDate.toString(), o.id.toString()));
    }
}
