package org.npmportal.base.i18n;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The single way the portal turns message keys into text, for the UI, for mail and for API errors.
 * A missing key shows up as {@code !key!} so that it is seen in review and caught by the tests.
 */
@Component
public class Messages {

    private final MessageSource messageSource;

    Messages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public String get(Locale locale, String key, Object... args) {
        Locale effective = Language.of(locale).locale();
        try {
            return messageSource.getMessage(key, args.length == 0 ? null : args, effective);
        } catch (NoSuchMessageException e) {
            return "!" + key + "!";
        }
    }

    public String get(Language language, String key, Object... args) {
        return get(language.locale(), key, args);
    }
}
