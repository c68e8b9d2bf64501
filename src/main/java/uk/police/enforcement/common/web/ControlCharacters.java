package uk.police.enforcement.common.web;
/**
 * The characters no text of this API may hold: the C0 controls but tab, line feed and carriage return (line
 * breaks as any system writes them), and DEL. Request bodies, query parameters and headers are checked alike.
 */
public final class ControlCharacters {

    /** What a refused value is told, beside its field's name. */
    public static final String REFUSED = "must not contain control characters (tab and line breaks are allowed)";

    private ControlCharacters() {
    }

    /** The index of the first refused character in {@code text}, or -1. */
    public static int firstIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return i;
            }
        }
        return -1;
    }
}
