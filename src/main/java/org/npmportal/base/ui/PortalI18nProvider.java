package org.npmportal.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.i18n.Messages;
import org.springframework.stereotype.Component;

/** Vaadin's {@code getTranslation} reads the same message bundles as mail and the API. */
@Component
class PortalI18nProvider implements I18NProvider {

    private final Messages messages;

    PortalI18nProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(locale, key, params);
    }
}
