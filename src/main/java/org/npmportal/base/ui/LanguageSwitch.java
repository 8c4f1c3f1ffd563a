package org.npmportal.base.ui;

import com.vaadin.flow.component.select.Select;
import java.util.function.Consumer;
import org.npmportal.base.i18n.Language;

/** A select of the three working languages, each named in itself. */
public class LanguageSwitch extends Select<Language> {

    /**
     * @param onChosen called with the new language before the page reloads, for example to store it
     *                 as the signed-in user's preference
     */
    public LanguageSwitch(Consumer<Language> onChosen) {
        setItems(Language.values());
        setItemLabelGenerator(Language::nativeName);
        setValue(LanguagePreference.current());
        setAriaLabel(getTranslation("language.switch"));
        setTooltipText(getTranslation("language.switch"));
        addClassName("language-switch");
        setId("language-switch");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                onChosen.accept(event.getValue());
                LanguagePreference.choose(event.getValue());
            }
        });
    }
}
