package org.npmportal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.security.AppUserRepository;
import org.npmportal.security.Role;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The user administration view, driven as an administrator who works in Russian would drive it. */
@PortalTest
@WithUserDetails("admin")
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    AppUserRepository users;

    private UserAdminView view;

    @BeforeEach
    void openInRussian() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        view = navigate(UserAdminView.class);
    }

    @Test
    void an_admin_adds_a_user_through_the_form_and_finds_it_in_the_list() {
        test(view.addUser).click();
        roundTrip();
        fill("dina.s", "dina.s@example.kz", "Дина Сейтқали", "lantern-tulip-river-93");
        test(view.form.save).click();

        var stored = users.findByUsername("dina.s").orElseThrow();
        assertThat(stored.getFullName()).isEqualTo("Дина Сейтқали");
        assertThat(stored.getRoles()).containsExactly(Role.ORGANISER);
        assertThat(view.dialog.isOpened()).isFalse();

        test(view.filter).setValue("Сейтқали");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).username()).isEqualTo("dina.s");
    }

    @Test
    void a_taken_username_and_a_weak_password_are_shown_on_their_fields_in_russian_and_nothing_is_saved() {
        long before = users.count();
        test(view.addUser).click();
        roundTrip();
        fill("organiser", "someone.else@example.kz", "Кто-то Другой", "password1234");
        test(view.form.save).click();

        assertThat(view.form.username.isInvalid()).isTrue();
        assertThat(view.form.username.getErrorMessage()).isEqualTo("Это имя пользователя уже занято.");
        assertThat(view.form.password.isInvalid()).isTrue();
        assertThat(view.form.password.getErrorMessage())
                .isEqualTo("Этот пароль слишком распространённый или простой. Выберите другой.");
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void an_invalid_email_is_refused_by_the_form_before_it_reaches_the_service() {
        long before = users.count();
        test(view.addUser).click();
        roundTrip();
        fill("timur.b", "not an email", "Тимур Б.", "lantern-tulip-river-93");
        test(view.form.save).click();

        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(users.count()).isEqualTo(before);
    }

    private void fill(String username, String email, String fullName, String password) {
        test(view.form.username).setValue(username);
        test(view.form.email).setValue(email);
        test(view.form.fullName).setValue(fullName);
        test(view.form.preferredLanguage).selectItem(Language.RU.nativeName());
        view.form.roles.setValue(Set.of(Role.ORGANISER));
        test(view.form.password).setValue(password);
    }
}
