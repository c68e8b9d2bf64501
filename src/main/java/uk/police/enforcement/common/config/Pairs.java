package uk.police.enforcement.common.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
/** Settings written as NAME=VALUE pairs (e.g. {@code 86/2=IIOC_MAKING,86/10=IIOC_POSSESSION}), in their order. */
public final class Pairs {

    private Pairs() {
    }

    /** The pairs; one that does not parse stops start-up with the setting's name. */
    public static Map<String, String> parse(List<String> entries, String setting) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String entry : entries) {
            String[] parts = entry.trim().split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException(setting + ": " + entry + " is not a NAME=VALUE pair");
            }
            pairs.put(parts[0].trim(), parts[1].trim());
        }
        return pairs;
    }
}
