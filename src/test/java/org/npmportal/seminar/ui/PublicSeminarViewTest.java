package org.npmportal.seminar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.seminar.SeminarRepository;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.SeminarStatus;
import org.npmportal.seminar.api.TestSeminars;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** A seminar's public page as a visitor without an account sees it. */
@PortalTest
@WithAnonymousUser
class PublicSeminarViewTest extends SpringBrowserlessTest {

    private static final String REPORTING = "Reporting after preventive visits";

    @Autowired
    SeminarService seminars;

    @Autowired
    SeminarRepository repository;

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void the_page_of_an_upcoming_seminar_shows_when_where_who_the_agenda_by_day_and_the_register_link() {
        long id = idOf(REPORTING);

        var view = open(id);

        String text = view.getElement().getTextRecursively();
        assertThat(find(H1.class).first().getText()).isEqualTo(REPORTING);
        assertThat(text).contains("Asia/Almaty", "PRI Central Asia office, Dostyk Ave 85, Almaty", "Hybrid",
                "Seats left: 30 of 60", "Registration is open", "Aliya Demo-Nurlanova",
                "Penal Reform International — Organiser", "Delegation of the European Union to Kazakhstan — Funder",
                "The meeting link is sent to registered participants.")
                .doesNotContain("meet.example.org");
        List<H3> days = find(H3.class, view.agenda).all();
        assertThat(days).hasSize(2);
        assertThat(view.agenda.getElement().getTextRecursively())
                .contains("Introduction and first module", "Module 2", "Practical exercises");
        assertThat(view.register.isAttached()).isTrue();
        assertThat(view.register.getHref()).isEqualTo("catalogue/" + id + "/register");
        assertThat(view.register.getText()).isEqualTo("Register");
        assertThat(view.calendarFile.getHref()).isEqualTo("api/seminars/" + id + ".ics");
        assertThat(view.calendarFile.isRouterIgnore()).isTrue();
        assertThat(view.participants.getHref()).isEqualTo("catalogue/" + id + "/participants");
        assertThat(view.participants.getText()).isEqualTo("Who is taking part");
        assertThat(view.getPageTitle()).startsWith(REPORTING);
    }

    @Test
    void an_unknown_id_and_an_id_that_is_not_a_number_show_the_not_found_page() {
        for (String address : List.of("catalogue/987654321", "catalogue/abc")) {
            UI.getCurrent().navigate(address);
            assertThat(getCurrentView().getClass().getSimpleName()).as(address).isEqualTo("NotFoundView");
        }
    }

    @Test
    void a_completed_seminar_shows_the_not_found_page() {
        long completed = repository.findAll().stream().filter(s -> s.getStatus() == SeminarStatus.COMPLETED)
                .findFirst().orElseThrow().getId();

        UI.getCurrent().navigate("catalogue/" + completed);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    @Test
    @WithUserDetails("organiser")
    void when_registration_has_closed_the_page_says_so_and_offers_no_register_link() {
        String title = TestSeminars.kazakhTitle();
        long id = TestSeminars.publishedWithRegistrationClosed(seminars, title);

        var view = open(id);

        assertThat(find(H1.class).first().getText()).isEqualTo(title);
        assertThat(view.getElement().getTextRecursively()).contains("Registration is not open", "Шымкент",
                "Кіріспе: ҰАТ мандаты", "Room: 2-зал", "Russian, Kazakh");
        assertThat(view.register.isAttached()).isFalse();
    }

    @Test
    void in_russian_the_page_shows_russian_labels() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));

        var view = open(idOf(REPORTING));

        assertThat(view.getElement().getTextRecursively()).contains("Программа", "Регистрация открыта",
                "Свободных мест: 30 из 60", "Смешанный", "Тренеры и докладчики", "часовой пояс Asia/Almaty");
        assertThat(view.agenda.getElement().getTextRecursively()).contains("09:30–12:30", "13:30–17:00");
        assertThat(view.register.getText()).isEqualTo("Зарегистрироваться");
    }

    private PublicSeminarView open(long id) {
        return navigate(PublicSeminarView.class, Map.of(PublicSeminarView.ID, String.valueOf(id)));
    }

    private long idOf(String title) {
        return seminars.upcoming(null, null, null).stream().filter(s -> s.title().equals(title)).findFirst()
                .orElseThrow().id();
    }
}
