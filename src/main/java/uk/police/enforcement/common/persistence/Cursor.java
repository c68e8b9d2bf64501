package uk.police.enforcement.common.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
/**
 * An opaque keyset cursor: the sort values of the last row of a page, base64url-encoded. Clients
 * pass it back unchanged; anything else is an {@link InvalidCursor}.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(String... sortValues) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, sortValues).getBytes(StandardCharsets.UTF_8));
    }

    /** The sort values in the cursor, or null for a first page. */
    public static List<String> decode(String cursor, int expectedValues) {
        return decode(cursor, expectedValues, "cursor");
    }

    /** The same, for a cursor sent in the named query parameter (which an invalid cursor's problem names). */
    public static List<String> decode(String cursor, int expectedValues, String parameter) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = List.of(decoded.split(SEPARATOR, -1));
            if (values.size() != expectedValues) {
                throw new InvalidCursor(parameter);
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw new InvalidCursor(parameter);
        }
    }

    /** Parses one value of a decoded cursor; a value that does not parse makes the cursor invalid. */
    public static <T> T parse(String value, Function<String, T> parser) {
        return parse(value, parser, "cursor");
    }

    /** The same, for a cursor sent in the named query parameter. */
    public static <T> T parse(String value, Function<String, T> parser, String parameter) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new InvalidCursor(parameter);
        }
    }

    /** A day in a cursor; one outside the years PostgreSQL stores is refused like any altered cursor. */
    public static java.time.LocalDate day(String value) {
        java.time.LocalDate day = java.time.LocalDate.parse(value);
        if (day.getYear() < 1 || day.getYear() > 9999) {
            throw new IllegalArgumentException("out of range");
        }
        return day;
    }

    /** An instant in a cursor, within the years PostgreSQL stores. */
    public static java.time.Instant instant(String value) {
        java.time.Instant instant = java.time.Instant.parse(value);
        int year = instant.atZone(java.time.ZoneOffset.UTC).getYear();
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("out of range");
        }
        return instant;
    }
}
