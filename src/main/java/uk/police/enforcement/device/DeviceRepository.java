package uk.police.enforcement.device;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

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
        return new KeysetQuery().and("deviceId = :device", "device", device)
                .pageById((where, sort, parameters) -> DeviceTransitionEntity.find(where, sort, parameters), limit, cursor);
    }
}
