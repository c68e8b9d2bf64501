package uk.police.enforcement.device;

import java.util.UUID;

import uk.police.enforcement.api.model.DeviceStatus;
/** The list's filters, each optional. */
record DeviceFilter(DeviceStatus status, String kind, String priority, UUID actionId) {
}
