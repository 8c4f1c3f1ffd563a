package org.npmportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the property tests of the public forms share: typing as a browser (or a forged request) would, and
 * the check that a message is written for people in their language.
 */
@ExtendWith(Fuzz.SeedInFailures.class)
public abstract class PublicFormFuzz extends SpringBrowserlessTest {

    protected static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("kk"));

    /** As a browser sends it: through the field's tester, or past its length limit as a forged request would. */
    protected void type(TextField field, String value) {
        if (value.length() <= field.getMaxLength()) {
            test(field).setValue(value);
        } else {
            field.setValue(value);
        }
    }

    protected void type(TextArea field, String value) {
        if (value.length() <= field.getMaxLength()) {
            test(field).setValue(value);
        } else {
            field.setValue(value);
        }
    }

    /** The form is still there with at least one field marked, each in the visitor's language. */
    protected static void assertRefusedOnFields(Component form, String outcome, List<HasValidation> invalid,
            Locale locale, String what) {
        assertThat(form.isVisible()).as(what + ": " + outcome).isTrue();
        assertThat(invalid).as(what + ": some field is marked").isNotEmpty();
        invalid.forEach(field -> assertTranslated(field.getErrorMessage(), locale, what));
    }

    /** A message for people, in their language: not a message key, and in Cyrillic for Russian and Kazakh. */
    private static void assertTranslated(String message, Locale locale, String what) {
        assertThat(message).as(what).isNotBlank().doesNotMatch("[a-zA-Z]+(\\.[a-zA-Z]+)+").doesNotContain("{");
        if (!locale.getLanguage().equals("en")) {
            assertThat(message).as(what + " in " + locale).containsPattern("\\p{IsCyrillic}");
        }
    }
}
