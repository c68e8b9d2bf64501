package uk.police.enforcement.common.web;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
/**
 * RFC 4180 CSV, safe to open in a spreadsheet: fields with commas, quotes or line breaks are quoted,
 * and a field that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is
 * prefixed with a single quote (OWASP CSV injection advice).
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private final StringBuilder out = new StringBuilder();

    /** True when the client prefers CSV to JSON (JSON is the default, also for any wildcard). */
    public static boolean wanted(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }

    /** A 200 answer carrying this CSV. */
    public Response.ResponseBuilder ok() {
        return Response.ok(toString(), MEDIA_TYPE + ";charset=UTF-8");
    }

    public Csv row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
