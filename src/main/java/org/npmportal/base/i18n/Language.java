package org.npmportal.base.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The portal's working languages: English for donors, Russian and Kazakh for everyone in Kazakhstan. */
public enum Language {
    EN("en", "English"),
    RU("ru", "Русский"),
    KK("kk", "Қазақша");

    private final Locale locale;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.locale = Locale.forLanguageTag(tag);
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.getLanguage();
    }

    /** The language's name in itself, so that anyone can find their own language in a switch. */
    public String nativeName() {
        return nativeName;
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.tag().equalsIgnoreCase(tag.trim())).findFirst();
    }

    /** The closest supported language for a locale; English when none matches. */
    public static Language of(Locale locale) {
        return locale == null ? EN : fromTag(locale.getLanguage()).orElse(EN);
    }
}
