package uk.police.enforcement.device;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
@ApplicationScoped
public class DeviceRepository implements PanacheRepositoryBase<DeviceEntity, UUID> {

    /** Devices matching every filter, in the order they were registered. */
    Page<DeviceEntity> page(DeviceFilter filter, int limit, String cursor) {
        return new KeysetQuery()
                .and("status = :status", "status", filter.status())
                .and("kind = :kind", "kind", filter.kind())
                .and("priority = :priority", "priority", filter.priority())
                .and("actionId = :actionId", "actionId", filter.actionId())
                .page(this::find, "createdAt", d -> d.createdAt, d -> d.id, limit, cursor);
    }

    /** How many devices are registered against the action. */
    long countOfAction(UUID actionId) {
        return count("actionId", actionId);
    }

    Page<DeviceTransitionEntity> transitions(UUID device, int limit, String cursor) {
        List<String> after = Cursor.decode(cursor, 1);
        String query = "deviceId = ?1" + (after == null ? "" : " and id > ?2") + " order by id";
        List<DeviceTransitionEntity> rows = after == null
                ? DeviceTransitionEntity.<DeviceTransitionEntity>find(query, device).page(0, limit + 1).list()
                : DeviceTransitionEntity.<DeviceTransitionEntity>find(query, device,
                        Cursor.parse(after.get(0), Long::valueOf)).page(0, limit + 1).list();
        return Page.fromOverfetch(rows, limit, t -> Cursor.encode(String.valueOf(t.id)));
    }
}
