package org.npmportal.registration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.registration.RegistrationStatus;
import org.npmportal.seminar.SeminarService;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The registration form as a visitor without an account fills it in. */
@PortalTest
@WithAnonymousUser
class RegistrationFormViewTest extends SpringBrowserlessTest {

    @Autowired
    SeminarService seminars;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UserDetailsService users;

    Visitors visitors;

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        visitors = new Visitors(jdbc, seminars, security, users);
    }

    @Test
    void filling_in_the_form_registers_the_person_mails_the_confirmation_link_and_shows_where_to_look() {
        long seminar = visitors.seminar("Form: monitoring places of detention", 10);
        String email = visitors.email("dana");
        var view = open(seminar);

        assertThat(find(H1.class).first().getText()).isEqualTo("Form: monitoring places of detention");
        assertThat(view.form.language.getValue()).isEqualTo(Language.EN);
        fill(view, "Дана Әбілқызы", email);
        test(view.form.region).selectItem("Shymkent");
        test(view.form.language).selectItem(Language.KK.nativeName());
        test(view.form.needs).setValue("Вегетарианское питание");
        test(view.form.submit).click();

        assertThat(view.outcome.getText())
                .isEqualTo("Check your inbox: we sent a mail to " + email + " with the next step. "
                        + "If it has not arrived in a few minutes, look in your spam folder.");
        assertThat(view.form.isVisible()).isFalse();
        assertThat(visitors.status(seminar, email)).isEqualTo(RegistrationStatus.PENDING);
        assertThat(visitors.purposesOfMailTo(email)).containsExactly("registration.confirm");
        assertThat(jdbc.queryForMap("select full_name, language, needs from registration where email = ?", email))
                .containsEntry("full_name", "Дана Әбілқызы").containsEntry("language", "KK")
                .containsEntry("needs", "Вегетарианское питание");
    }

    @Test
    void registering_the_same_address_again_shows_the_same_message_and_creates_no_second_registration() {
        long seminar = visitors.seminar("Form: twice", 10);
        String email = visitors.email("marat");
        var first = open(seminar);
        fill(first, "Марат Омаров", email);
        test(first.form.submit).click();
        String firstAnswer = first.outcome.getText();

        var second = open(seminar);
        fill(second, "Марат Омаров", email.toUpperCase(Locale.ROOT));
        test(second.form.submit).click();

        assertThat(second.outcome.getText()).isEqualTo(firstAnswer.replace(email, email.toUpperCase(Locale.ROOT)));
        assertThat(visitors.registrations(seminar)).isEqualTo(1);
    }

    @Test
    void in_russian_bad_input_is_shown_in_russian_on_the_fields_that_caused_it_and_nothing_is_stored() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        long seminar = visitors.seminar("Form: bad input", 10);
        var view = open(seminar);
        assertThat(view.form.language.getValue()).isEqualTo(Language.RU);

        test(view.form.fullName).setValue("Иван 2-й");
        test(view.form.email).setValue("ivan@");
        test(view.form.submit).click();

        assertThat(view.form.fullName.isInvalid()).isTrue();
        assertThat(view.form.fullName.getErrorMessage()).isEqualTo("Напишите имя буквами (латиница, кириллица или "
                + "казахские буквы), разделяя их пробелами, дефисами или апострофами.");
        assertThat(view.form.email.getErrorMessage())
                .isEqualTo("Это неверный адрес электронной почты. Он должен выглядеть как name@example.org.");
        assertThat(view.form.consentProcessing.isInvalid()).isTrue();
        assertThat(view.form.consentProcessing.getErrorMessage())
                .isEqualTo("Мы можем зарегистрировать вас только с вашего согласия на обработку данных.");
        assertThat(view.form.organisation.isInvalid()).isFalse();
        assertThat(view.outcome.getText()).isEqualTo("Пожалуйста, исправьте отмеченные поля.");
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.form.submit.isEnabled()).isTrue();
        assertThat(visitors.registrations(seminar)).isZero();
    }

    @Test
    void a_form_with_the_hidden_website_field_filled_in_gets_the_usual_answer_and_stores_nothing() {
        long seminar = visitors.seminar("Form: honeypot", 10);
        String email = visitors.email("robot");
        var view = open(seminar);
        assertThat(view.form.website.getElement().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(view.form.website.getTabIndex()).isEqualTo(-1);

        fill(view, "Robot Robotov", email);
        test(view.form.website).setValue("http://spam.example");
        test(view.form.submit).click();

        assertThat(view.outcome.getText()).startsWith("Check your inbox: we sent a mail to " + email);
        assertThat(visitors.registrations(seminar)).isZero();
        assertThat(visitors.purposesOfMailTo(email)).isEmpty();
    }

    @Test
    void when_registration_is_not_open_the_page_says_so_and_shows_no_form() {
        long seminar = visitors.seminarWithRegistrationClosed("Form: closed");

        var view = open(seminar);

        assertThat(view.outcome.getText()).isEqualTo("Registration for this seminar is not open.");
        assertThat(view.form.isAttached()).isFalse();
    }

    @Test
    void an_unknown_seminar_and_an_id_that_is_not_a_number_show_the_not_found_page() {
        for (String address : List.of("catalogue/987654321/register", "catalogue/abc/register")) {
            UI.getCurrent().navigate(address);
            assertThat(getCurrentView().getClass().getSimpleName()).as(address).isEqualTo("NotFoundView");
        }
    }

    private RegistrationFormView open(long seminar) {
        return navigate(RegistrationFormView.class, Map.of(RegistrationFormView.ID, String.valueOf(seminar)));
    }

    private void fill(RegistrationFormView view, String name, String email) {
        test(view.form.fullName).setValue(name);
        test(view.form.email).setValue(email);
        test(view.form.organisation).setValue("Қазақстан халықаралық адам құқықтары бюросы");
        test(view.form.position).setValue("Юрист");
        test(view.form.consentProcessing).click();
    }
}
