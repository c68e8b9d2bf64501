package uk.police.enforcement.common.problem;
/** How error messages name things, so that every message reads the same way. */
public final class Wording {

    private Wording() {
    }

    /** A code with its indefinite article, as it is read aloud: "an ARREST", "a CHARGE", "an OTHER". */
    public static String withArticle(Object code) {
        String text = String.valueOf(code);
        return (!text.isEmpty() && "AEIOU".indexOf(Character.toUpperCase(text.charAt(0))) >= 0 ? "an " : "a ") + text;
    }
}
