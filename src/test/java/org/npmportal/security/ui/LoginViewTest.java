package org.npmportal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.npmportal.support.PortalTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** What the sign-in page says after a refused attempt, in the visitor's language. */
@PortalTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void a_paused_sign_in_says_how_many_minutes_to_wait_in_russian_and_kazakh() {
        UI.getCurrent().setLocale(Locale.of("ru"));
        var view = open("blocked", "3");

        assertThat(view.form.isError()).isTrue();
        assertThat(sent(view)).contains("Слишком много попыток входа", "Попробуйте снова через 3 мин.");

        UI.getCurrent().setLocale(Locale.of("kk"));
        view = open("blocked", "1");
        assertThat(sent(view)).contains("1 минуттан кейін қайталап көріңіз.");
    }

    @Test
    void in_english_the_minutes_are_counted_and_a_wrong_password_keeps_its_own_message() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var paused = open("blocked", "1");
        assertThat(sent(paused)).contains("Try again in 1 minute.");
        paused = open("blocked", "15");
        assertThat(sent(paused)).contains("Try again in 15 minutes.");

        var wrong = open("error", "");
        assertThat(wrong.form.isError()).isTrue();
        assertThat(sent(wrong)).contains("Wrong username or password").doesNotContain("Too many");
    }

    @Test
    void a_made_up_wait_is_ignored() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        for (String address : new String[] {"abc", "-5", "99999999"}) {
            var view = open("blocked", address);
            assertThat(view.form.isError()).as(address).isFalse();
            assertThat(sent(view)).as(address).doesNotContain("Too many");
        }
    }

    private LoginView open(String parameter, String value) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(parameter, value)));
        return (LoginView) getCurrentView();
    }

    /** The texts of the form as they go to the browser. */
    private static String sent(LoginView view) {
        return String.valueOf(view.form.getElement().getPropertyRaw("i18n"));
    }
}
