package uk.police.enforcement.publication;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
@ApplicationScoped
public class PublicationRepository implements PanacheRepositoryBase<PublicationEntity, UUID> {

    /** Publications (of one status, when given), in the order they were proposed. */
    public Page<PublicationEntity> list(String status, int limit, String cursor) {
        KeysetQuery query = new KeysetQuery().and("status = :status", "status", status);
        List<String> after = Cursor.decode(cursor, 2);
        if (after != null) {
            query.after("proposedAt", Cursor.parse(after.get(0), Cursor::instant), "id",
                    Cursor.parse(after.get(1), UUID::fromString));
        }
        List<PublicationEntity> rows = query.fetch(this, "proposedAt", "id", limit);
        return Page.fromOverfetch(rows, limit, p -> Cursor.encode(p.proposedAt.toString(), p.id.toString()));
    }

    /** The published ones, for the drift watch. */
    public List<PublicationEntity> published() {
        return list("status", PublicationEntity.PUBLISHED);
    }
}
