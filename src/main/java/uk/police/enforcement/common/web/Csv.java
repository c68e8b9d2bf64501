package uk.police.enforcement.common.web;

import java.util.List;

import jakarta.ws.rs.core.Response;

import uk.police.enforcement.api.model.SecurityMarking;
/**
 * RFC 4180 CSV, safe to open in a spreadsheet: fields with commas, quotes or line breaks are quoted,
 * and a field that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is
 * prefixed with a single quote (OWASP CSV injection advice). Every export states its security marking
 * (the highest of the records it draws on) in its first column, on every row, so that a row copied out
 * of the file keeps it.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    static final String MARKING_COLUMN = "security_marking";

    private final StringBuilder out = new StringBuilder();
    private final SecurityMarking marking;

    private Csv(SecurityMarking marking) {
        this.marking = marking;
    }

    /** An export of records whose highest marking is {@code marking}. */
    public static Csv marked(SecurityMarking marking) {
        return new Csv(marking);
    }

    /** A 200 answer carrying this CSV. */
    public Response.ResponseBuilder ok() {
        return Response.ok(toString(), MEDIA_TYPE + ";charset=UTF-8");
    }

    /** The header row: {@code security_marking}, then these column names. */
    public Csv header(List<String> columns) {
        return line(MARKING_COLUMN, columns);
    }

    /** A data row: the export's marking, then these fields. */
    public Csv row(List<?> fields) {
        return line(marking, fields);
    }

    private Csv line(Object first, List<?> fields) {
        List<Object> cells = new java.util.ArrayList<>(fields.size() + 1);
        cells.add(first);
        cells.addAll(fields);
        out.append(line(cells));
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** One row of {@code cells}, each made safe, ending in CRLF (for exports written as they are read). */
    static String line(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(cells.get(i)));
        }
        return line.append("\r\n").toString();
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
