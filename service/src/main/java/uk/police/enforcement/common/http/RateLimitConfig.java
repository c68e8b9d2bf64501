package uk.police.enforcement.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "enforcement.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Sustained requests per second allowed to one client, per instance. */
    @WithDefault("100")
    double requestsPerSecond();

    /** Requests a client may send at once before the sustained rate applies. */
    @WithDefault("200")
    int burst();
}
