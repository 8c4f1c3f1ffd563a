package org.npmportal.base;

import java.util.Locale;

/** Small rules for user-typed text that services share: trimming and "contains" searches. */
public final class Texts {

    /** The escape character of every LIKE pattern built by {@link #likeContains}. */
    public static final char LIKE_ESCAPE = '!';

    private Texts() {
    }

    /** The text without surrounding white space, or null when nothing is left. */
    public static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * A lower-case LIKE pattern that finds {@code text} anywhere, with {@code %} and {@code _} taken
     * literally (escaped with {@link #LIKE_ESCAPE}). Callers check for blank text first.
     */
    public static String likeContains(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
