package uk.police.enforcement.review;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
@ApplicationScoped
public class ReviewDecisionRepository implements PanacheRepositoryBase<ReviewDecisionEntity, UUID> {

    /** A record's decisions, oldest first. */
    public Page<ReviewDecisionEntity> history(UUID recordId, int limit, String cursor) {
        return page(new KeysetQuery().and("recordId = :recordId", "recordId", recordId), limit, cursor);
    }

    /** Disposals in one status, oldest first. */
    public Page<ReviewDecisionEntity> disposals(String status, int limit, String cursor) {
        return page(new KeysetQuery().and("decision = :decision", "decision", ReviewDecisionEntity.DISPOSE)
                .and("status = :status", "status", status), limit, cursor);
    }

    public boolean disposalPending(UUID recordId) {
        return count("recordId = ?1 and status = ?2", recordId, ReviewDecisionEntity.PENDING) > 0;
    }

    private Page<ReviewDecisionEntity> page(KeysetQuery query, int limit, String cursor) {
        List<String> after = Cursor.decode(cursor, 2);
        if (after != null) {
            query.after("decidedAt", Cursor.parse(after.get(0), Cursor::instant), "id",
                    Cursor.parse(after.get(1), UUID::fromString));
        }
        List<ReviewDecisionEntity> rows = query.fetch(this, "decidedAt", "id", limit);
        return Page.fromOverfetch(rows, limit, d -> Cursor.encode(d.decidedAt.toString(), d.id.toString()));
    }
}
