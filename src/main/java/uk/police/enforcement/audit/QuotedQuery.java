package uk.police.enforcement.audit;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
/**
 * A request's query as the s.62 log keeps it: the values of the parameters that look records up by the
 * references other systems hold go to the quotes ({@link AuditQuotes}), which a disposal can erase; the
 * query keeps every other parameter as sent, and the looked-up ones with empty values, in their places.
 */
final class QuotedQuery {

    /** The parameters whose values are references to people and exhibits: a disposal erases them. */
    static final Set<String> LOOKUPS = Set.of("rms_reference", "subject_reference", "exhibit_reference");

    /** The query as stored, and the looked-up values in the order it names them. */
    record Split(String stored, List<String> lookedUp) {
    }

    private QuotedQuery() {
    }

    static Split split(String raw) {
        if (raw == null) {
            return new Split(null, List.of());
        }
        List<String> stored = new ArrayList<>();
        List<String> lookedUp = new ArrayList<>();
        for (String part : raw.split("&", -1)) {
            int equals = part.indexOf('=');
            if (equals > 0 && LOOKUPS.contains(decode(part.substring(0, equals)))) {
                lookedUp.add(decode(part.substring(equals + 1)));
                stored.add(part.substring(0, equals + 1));
            } else {
                stored.add(part);
            }
        }
        return new Split(String.join("&", stored), lookedUp);
    }

    /** The query as sent, but for erased values: {@code quotes} are the entry's, {@code texts} their texts. */
    static String restore(String stored, Long[] quotes, Map<Long, String> texts) {
        if (stored == null || quotes == null || quotes.length == 0) {
            return stored;
        }
        List<String> parts = new ArrayList<>();
        int next = 0;
        for (String part : stored.split("&", -1)) {
            int equals = part.indexOf('=');
            if (equals == part.length() - 1 && equals > 0 && next < quotes.length
                    && LOOKUPS.contains(decode(part.substring(0, equals)))) {
                String text = texts.get(quotes[next++]);
                parts.add(part + (text == null ? AuditQuotes.ERASED : encode(text)));
            } else {
                parts.add(part);
            }
        }
        return String.join("&", parts);
    }

    /** Encoded as a query value, but for the erasure marker, which reads as it is. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%5Berased%5D", AuditQuotes.ERASED);
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return encoded; // logged as sent
        }
    }
}
