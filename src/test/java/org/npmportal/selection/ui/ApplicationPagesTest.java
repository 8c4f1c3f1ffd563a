package org.npmportal.selection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.selection.Applicants;
import org.npmportal.selection.CandidateService;
import org.npmportal.selection.SelectionService;
import org.npmportal.selection.TestRounds;
import org.npmportal.support.PortalTest;
import org.npmportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The public application form and the confirmation link, as a visitor without an account uses them. */
@PortalTest
@WithAnonymousUser
class ApplicationPagesTest extends SpringBrowserlessTest {

    @Autowired
    CandidateService candidates;
    @Autowired
    SelectionService rounds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    Applicants people;

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        people = new Applicants(jdbc, security, users);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void filling_in_the_form_with_a_cv_stores_the_application_mails_the_link_and_says_where_to_look() {
        long round = openRound("Form");
        String email = people.email("dana");
        var view = open(round);
        assertThat(find(H1.class).first().getText()).startsWith("Form ");
        assertThat(view.form.language.getValue()).isEqualTo(Language.EN);
        assertThat(view.form.cv.getMaxFileSize()).isEqualTo(CandidateService.CV_MAX_BYTES);
        assertThat(view.form.cv.getElement().getParent().getTextRecursively())
                .contains("A PDF file of at most 5 MB.");

        fill(view, "Дана Әбілқызы", email);
        test(view.form.phone).setValue("+7 701 555 12 34");
        test(view.form.experience).setValue("Visits to pre-trial detention in Shymkent, 2014");
        test(view.form.motivation).setValue("Prevention of torture");
        test(view.form.language).selectItem(Language.KK.nativeName());
        test(view.form.shareContacts).click();
        test(view.form.cv).upload("Түйіндеме.pdf", "application/pdf", Applicants.PDF);
        test(view.form.submit).click();

        assertThat(view.outcome.getText()).isEqualTo("Thank you. Check your inbox: we sent a mail to " + email
                + " with the next step. If it has not arrived in a few minutes, look in your spam folder.");
        assertThat(view.form.isVisible()).isFalse();
        assertThat(people.stored(round, email)).containsEntry("full_name", "Дана Әбілқызы")
                .containsEntry("status", "UNCONFIRMED").containsEntry("language", "KK")
                .containsEntry("share_contacts", true).containsEntry("phone", "+7 701 555 12 34")
                .containsEntry("region_id", Applicants.region(jdbc, "SHYMKENT"));
        assertThat(jdbc.queryForObject("select count(*) from selection_cv v join selection_candidate c "
                + "on c.id = v.candidate_id where c.email = ?", Integer.class, email)).isEqualTo(1);
        assertThat(people.purposesOfMailTo(email)).containsExactly("selection.application.confirm");
    }

    @Test
    void in_russian_bad_input_and_a_cv_that_is_no_pdf_are_shown_on_their_fields_and_nothing_is_stored() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        long round = openRound("Bad form");
        var view = open(round);
        assertThat(view.form.language.getValue()).isEqualTo(Language.RU);

        test(view.form.email).setValue("ivan@");
        test(view.form.cv).upload("cv.pdf", "application/pdf", "<html>".getBytes(StandardCharsets.US_ASCII));
        test(view.form.submit).click();

        assertThat(view.form.fullName.getErrorMessage()).isEqualTo("Введите полное имя.");
        assertThat(view.form.email.getErrorMessage())
                .isEqualTo("Это неверный адрес электронной почты. Он должен выглядеть как name@example.org.");
        assertThat(view.form.region.getErrorMessage()).isEqualTo("Выберите регион.");
        assertThat(view.form.consentProcessing.getErrorMessage())
                .isEqualTo("Мы можем принять заявку только с вашего согласия на обработку данных для отбора.");
        assertThat(view.form.cvProblem.getText()).isEqualTo("Резюме должно быть файлом PDF.");
        assertThat(view.form.organisation.isInvalid()).isFalse();
        assertThat(view.outcome.getText()).isEqualTo("Пожалуйста, исправьте отмеченные поля.");
        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.form.submit.isEnabled()).isTrue();
        assertThat(people.candidates(round)).isZero();
    }

    @Test
    void applying_twice_with_one_address_reads_the_same_and_keeps_one_application() {
        long round = openRound("Twice");
        String email = people.email("marat");
        var first = open(round);
        fill(first, "Марат Омаров", email);
        test(first.form.submit).click();
        String firstAnswer = first.outcome.getText();

        var second = open(round);
        fill(second, "Марат Омаров", email);
        test(second.form.submit).click();

        assertThat(second.outcome.getText()).isEqualTo(firstAnswer);
        assertThat(people.candidates(round)).isEqualTo(1);
    }

    @Test
    void the_hidden_website_field_is_out_of_sight_and_a_robot_that_fills_it_gets_the_usual_answer() {
        long round = openRound("Honeypot");
        String email = people.email("robot");
        var view = open(round);
        assertThat(view.form.website.getElement().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(view.form.website.getTabIndex()).isEqualTo(-1);

        fill(view, "Robot Robotov", email);
        test(view.form.website).setValue("http://spam.example");
        test(view.form.submit).click();

        assertThat(view.outcome.getText()).startsWith("Thank you. Check your inbox: we sent a mail to " + email);
        assertThat(people.candidates(round)).isZero();
    }

    @Test
    void a_round_past_its_window_says_applications_are_closed_and_shows_no_form() {
        long round = people.as("organiser", () -> TestRounds.pastItsWindow(rounds, "Closed"));

        var view = open(round);

        assertThat(view.outcome.getText()).isEqualTo("Applications for this round are closed.");
        assertThat(view.form.isAttached()).isFalse();
    }

    @Test
    void draft_and_unknown_rounds_are_not_found() {
        long draft = people.as("organiser", () -> TestRounds.draft(rounds, "Hidden draft"));

        UI.getCurrent().navigate("apply/" + draft);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        UI.getCurrent().navigate("apply/999999999");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        UI.getCurrent().navigate("apply/not-a-number");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    void opening_the_link_only_shows_a_button_and_the_button_confirms_the_application() {
        long round = openRound("Confirm page");
        String email = people.email("aigerim");
        candidates.apply(round, people.request("Айгерім Нұрланқызы", email), null, Applicants.address());
        String token = people.confirmToken(email);

        var view = confirmPage(token);

        assertThat(find(H1.class).first().getText()).isEqualTo("Confirm your application");
        assertThat(view.getElement().getTextRecursively()).contains("Айгерім Нұрланқызы", email);
        assertThat(view.getPageTitle()).doesNotContain(token);
        assertThat(people.stored(round, email)).as("a mail scanner opening the link confirms nothing")
                .containsEntry("status", "UNCONFIRMED");

        test(view.confirm).click();

        assertThat(view.outcome.getText()).startsWith("Thank you: your e-mail address is confirmed");
        assertThat(view.confirm.isAttached()).isFalse();
        assertThat(people.stored(round, email)).containsEntry("status", "ACTIVE");
        assertThat(confirmPage(token).outcome.getText()).isEqualTo("This application is confirmed already.");
    }

    @Test
    void an_expired_link_says_so_and_leads_back_to_the_form_and_an_unknown_link_does_not_work() {
        long round = openRound("Expired page");
        String email = people.email("late");
        candidates.apply(round, people.request("Late Applicant", email), null, Applicants.address());
        String token = people.confirmToken(email);
        clock.advance(Duration.ofHours(49));

        var view = confirmPage(token);

        assertThat(view.outcome.getText()).startsWith("This link has expired");
        assertThat(find(Anchor.class).id("apply-again").getHref()).isEqualTo("apply/" + round);
        assertThat(view.confirm.isAttached()).isFalse();

        confirmPage("B".repeat(43));
        assertThat(find(H1.class).first().getText()).isEqualTo("This link does not work");
    }

    private long openRound(String title) {
        return people.as("organiser", () -> TestRounds.open(rounds, title));
    }

    private ApplicationFormView open(long round) {
        return navigate(ApplicationFormView.class, Map.of(ApplicationFormView.ROUND_ID, String.valueOf(round)));
    }

    private ConfirmApplicationView confirmPage(String token) {
        return navigate(ConfirmApplicationView.class, Map.of(ConfirmApplicationView.TOKEN, token));
    }

    private void fill(ApplicationFormView view, String name, String email) {
        test(view.form.fullName).setValue(name);
        test(view.form.email).setValue(email);
        test(view.form.region).selectItem("Shymkent");
        test(view.form.consentProcessing).click();
    }
}
