package uk.police.enforcement.device;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.enforcement.api.DevicesApi;
import uk.police.enforcement.api.model.DeviceInput;
import uk.police.enforcement.api.model.DeviceStatus;
import uk.police.enforcement.api.model.DeviceTransitionInput;
import uk.police.enforcement.audit.Audited;
import uk.police.enforcement.audit.AuditedRecords;
import uk.police.enforcement.common.idempotency.IdempotentAnswer;
import uk.police.enforcement.common.idempotency.IdempotentRequests;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.EntityTags;
import uk.police.enforcement.common.web.MergePatches;
import uk.police.enforcement.common.web.Representations;
/** HTTP face of the exhibit register: maps between the contract and {@link Devices}, nothing more. */
@Audited
public class DeviceResource implements DevicesApi {

    private final Devices devices;
    private final IdempotentRequests idempotentRequests;
    private final MergePatches mergePatches;
    private final AuditedRecords auditedRecords;

    @Context
    UriInfo uriInfo;

    public DeviceResource(Devices devices, IdempotentRequests idempotentRequests, MergePatches mergePatches,
            AuditedRecords auditedRecords) {
        this.devices = devices;
        this.idempotentRequests = idempotentRequests;
        this.mergePatches = mergePatches;
        this.auditedRecords = auditedRecords;
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response createDevice(DeviceInput input, String idempotencyKey, String xRequestId, String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/devices", input, () -> {
            DeviceEntity created = devices.create(input);
            return Representations.created(uriInfo, created, DeviceMapper.toApi(created));
        });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response getDevice(UUID deviceId, String xRequestId, String justification) {
        DeviceEntity device = devices.get(deviceId);
        return Representations.ok(device, DeviceMapper.toApi(device));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response listDevices(Integer limit, String cursor, DeviceStatus status, String kind, String priority,
            UUID actionId, String xRequestId, String justification) {
        Page<DeviceEntity> page = devices.list(new DeviceFilter(status, kind, priority, actionId), limit, cursor);
        auditedRecords.listed(page.items().stream().map(device -> device.id).toList());
        return Representations.page(page, DeviceMapper::toApi);
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response patchDevice(UUID deviceId, String ifMatch, ObjectNode patch, String xRequestId,
            String justification) {
        DeviceInput input = mergePatches.apply(DeviceMapper.toInput(devices.get(deviceId)), patch, DeviceInput.class);
        DeviceEntity replaced = devices.replace(deviceId, EntityTags.expected(ifMatch), input);
        return Representations.ok(replaced, DeviceMapper.toApi(replaced));
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response transitionDevice(UUID deviceId, String ifMatch, DeviceTransitionInput input,
            String idempotencyKey, String xRequestId, String justification) {
        // Safe to retry: the same key and move replays the first answer instead of a 409 or 412.
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/devices/" + deviceId + "/transitions", input,
                () -> {
                    DeviceEntity moved = devices.transition(deviceId, EntityTags.expected(ifMatch), input);
                    return IdempotentAnswer.ok(EntityTags.of(moved.version), DeviceMapper.toApi(moved));
                });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response listDeviceTransitions(UUID deviceId, Integer limit, String cursor, String xRequestId,
            String justification) {
        return Representations.page(devices.history(deviceId, limit, cursor), DeviceMapper::toApi);
    }
}
