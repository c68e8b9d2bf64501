package uk.police.enforcement.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscriptionEntity, UUID> {

    public Page<WebhookSubscriptionEntity> page(int limit, String cursor) {
        List<String> after = Cursor.decode(cursor, 2);
        KeysetQuery query = new KeysetQuery();
        if (after != null) {
            query.after("createdAt", Cursor.parse(after.get(0), Cursor::instant), "id",
                    Cursor.parse(after.get(1), UUID::fromString));
        }
        List<WebhookSubscriptionEntity> rows = query.fetch(this, "createdAt", "id", limit);
        return Page.fromOverfetch(rows, limit, s -> Cursor.encode(s.createdAt.toString(), s.id.toString()));
    }
}
