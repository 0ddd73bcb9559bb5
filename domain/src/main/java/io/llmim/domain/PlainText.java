package io.llmim.domain;

/**
 * The text an incident may hold: Unicode without U+0000 and without unpaired UTF-16 surrogates.
 * PostgreSQL text cannot store U+0000 and UTF-8 cannot encode a lone surrogate, so such text would
 * fail (or be altered) on one store and not another; refusing it up front gives one answer on all.
 */
public final class PlainText {

    /** Why text was refused, for a field's error message. */
    public static final String RULE = "must not contain U+0000 or unpaired UTF-16 surrogates";

    private PlainText() {
    }

    public static boolean isPlain(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** The text itself, or {@link InvalidIncidentDataException} naming the field. */
    public static String require(String field, String text) {
        if (text != null && !isPlain(text)) {
            throw new InvalidIncidentDataException(field, RULE);
        }
        return text;
    }

    /** Optional free text: null when blank, else stripped, at most {@code maxLength} long and plain. */
    public static String optional(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new InvalidIncidentDataException(field, "must be at most " + maxLength + " characters");
        }
        return require(field, text.strip());
    }
}
