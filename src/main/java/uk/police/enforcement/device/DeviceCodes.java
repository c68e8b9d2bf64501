package uk.police.enforcement.device;

import jakarta.inject.Singleton;

import uk.police.enforcement.common.config.CodeList;
import uk.police.enforcement.common.config.EnforcementConfig;
/**
 * The configured device lists (kinds, priorities) and the default priority, which must be one of them or start-up
 * stops naming the setting. A singleton, not proxied: its lists are read as fields.
 */
@Singleton
public class DeviceCodes {

    final CodeList kinds;
    final CodeList priorities;
    final String defaultPriority;

    public DeviceCodes(EnforcementConfig config) {
        EnforcementConfig.Devices devices = config.devices();
        this.kinds = new CodeList(devices.kinds());
        this.priorities = new CodeList(devices.priorities());
        this.defaultPriority = devices.defaultPriority();
        if (priorities.check("", defaultPriority).isPresent()) {
            throw new IllegalArgumentException("enforcement.devices.default-priority: " + defaultPriority
                    + " is not one of enforcement.devices.priorities " + devices.priorities());
        }
    }
}
