package uk.police.enforcement.common.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "enforcement.idempotency")
public interface IdempotencyConfig {

    /** How long a used Idempotency-Key is remembered. */
    @WithDefault("PT24H")
    Duration retention();
}
