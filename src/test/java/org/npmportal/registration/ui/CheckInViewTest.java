package org.npmportal.registration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.registration.RegistrationService;
import org.npmportal.registration.TestRegistrations;
import org.npmportal.seminar.SeminarService;
import org.npmportal.support.PortalTest;
import org.npmportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The check-in screen at the door, driven as an organiser with a tablet would drive it. */
@PortalTest
@WithUserDetails("organiser")
class CheckInViewTest extends SpringBrowserlessTest {

    @Autowired
    RegistrationService registration;
    @Autowired
    SeminarService seminars;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    private TestRegistrations people;

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        people = new TestRegistrations(registration, jdbc);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void only_people_with_a_seat_are_listed_and_a_tap_marks_and_unmarks_them_for_the_chosen_day() {
        long seminar = TestRegistrations.seminar(seminars, "Door", 2, false);
        String aya = people.confirmed(seminar, "Ая Бекова", "aya");
        people.confirmed(seminar, "Бота Жұмабаева", "bota");
        people.confirmed(seminar, "Вера Ким", "vera");
        var view = open(seminar);

        var list = test(view.people);
        assertThat(list.size()).as("the waitlisted Вера is not listed").isEqualTo(2);
        assertThat(view.present.getText()).isEqualTo("Present: 0 of 2");
        LocalDate firstDay = view.day.getValue();

        test(toggle(view, 0)).click();

        assertThat(view.present.getText()).isEqualTo("Present: 1 of 2");
        assertThat(toggle(view, 0).getText()).isEqualTo("Present");
        assertThat(jdbc.queryForList("select attended_on from attendance where registration_id = ?", LocalDate.class,
                people.idOf(seminar, aya))).containsExactly(firstDay);

        test(view.day).selectItem(test(view.day).getSuggestions().get(1));
        assertThat(view.present.getText()).isEqualTo("Present: 0 of 2");
        assertThat(toggle(view, 0).getText()).isEqualTo("Mark present");

        test(view.day).selectItem(test(view.day).getSuggestions().get(0));
        test(toggle(view, 0)).click();
        assertThat(view.present.getText()).isEqualTo("Present: 0 of 2");
        assertThat(jdbc.queryForObject("select count(*) from attendance where registration_id = ?", Integer.class,
                people.idOf(seminar, aya))).isZero();
    }

    @Test
    void the_search_finds_people_by_part_of_their_name() {
        long seminar = TestRegistrations.seminar(seminars, "Search", 5, false);
        people.confirmed(seminar, "Ая Бекова", "aya");
        people.confirmed(seminar, "Бота Жұмабаева", "bota");
        var view = open(seminar);

        test(view.search).setValue("жұма");

        var list = test(view.people);
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.getRow(0).fullName()).isEqualTo("Бота Жұмабаева");
    }

    @Test
    void on_the_second_seminar_day_that_day_is_chosen_at_first() {
        long seminar = TestRegistrations.seminar(seminars, "Second day", 5, false);
        var days = seminars.get(seminar).orElseThrow();
        LocalDate second = days.getStartsAt().toLocalDate().plusDays(1);
        clock.advance(Duration.between(clock.instant(), second.atTime(12, 0).atZone(ZoneId.of("Asia/Almaty"))));

        var view = open(seminar);

        assertThat(view.day.getValue()).isEqualTo(second);
        assertThat(view.getPageTitle()).startsWith("Check-in: Second day ");
    }

    private CheckInView open(long seminar) {
        navigate("", Component.class);
        return navigate("seminars/" + seminar + "/check-in", CheckInView.class);
    }

    private Button toggle(CheckInView view, int row) {
        return (Button) test(view.people).getCellComponent(row, "present");
    }
}
