package uk.police.enforcement.device;

import static uk.police.enforcement.api.model.DeviceStatus.AWAITING_EXAMINATION;
import static uk.police.enforcement.api.model.DeviceStatus.DESTROYED;
import static uk.police.enforcement.api.model.DeviceStatus.EXAMINED;
import static uk.police.enforcement.api.model.DeviceStatus.IN_EXAMINATION;
import static uk.police.enforcement.api.model.DeviceStatus.RETAINED;
import static uk.police.enforcement.api.model.DeviceStatus.RETURNED;
import static uk.police.enforcement.api.model.DeviceStatus.SEIZED;
import static uk.police.enforcement.api.model.DeviceStatus.TRIAGED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import uk.police.enforcement.api.model.DeviceStatus;
import uk.police.enforcement.api.model.TriageRoute;
/**
 * A device's journey, in one place (the contract's DeviceStatus describes the same): SEIZED -> TRIAGED ->
 * AWAITING_EXAMINATION -> IN_EXAMINATION -> EXAMINED -> RETURNED, RETAINED or DESTROYED; a device triaged as
 * needing no examination goes from TRIAGED to its conclusion; RETAINED -> RETURNED or DESTROYED.
 */
final class DeviceLifecycle {

    private static final Set<DeviceStatus> CONCLUSIONS = EnumSet.of(RETURNED, RETAINED, DESTROYED);
    private static final Map<DeviceStatus, Set<DeviceStatus>> NEXT = new EnumMap<>(DeviceStatus.class);

    static {
        NEXT.put(SEIZED, EnumSet.of(TRIAGED));
        NEXT.put(TRIAGED, EnumSet.of(AWAITING_EXAMINATION, RETURNED, RETAINED, DESTROYED));
        NEXT.put(AWAITING_EXAMINATION, EnumSet.of(IN_EXAMINATION));
        NEXT.put(IN_EXAMINATION, EnumSet.of(EXAMINED));
        NEXT.put(EXAMINED, EnumSet.of(RETURNED, RETAINED, DESTROYED));
        NEXT.put(RETAINED, EnumSet.of(RETURNED, DESTROYED));
        NEXT.put(RETURNED, EnumSet.noneOf(DeviceStatus.class));
        NEXT.put(DESTROYED, EnumSet.noneOf(DeviceStatus.class));
    }

    private DeviceLifecycle() {
    }

    /** Where a device may go next; from TRIAGED, the queue if it needs an examination, its conclusion if not. */
    static Set<DeviceStatus> allowedFrom(DeviceStatus status, TriageRoute route) {
        if (status == TRIAGED) {
            return route == TriageRoute.NOT_REQUIRED ? CONCLUSIONS : EnumSet.of(AWAITING_EXAMINATION);
        }
        return NEXT.get(status);
    }

    static boolean concludes(DeviceStatus status) {
        return CONCLUSIONS.contains(status);
    }
}
