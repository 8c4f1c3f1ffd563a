package org.npmportal.registration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.registration.ParticipantRow;
import org.npmportal.registration.RegistrationService;
import org.npmportal.registration.TestRegistrations;
import org.npmportal.seminar.SeminarService;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** A seminar's participant screen, driven as an organiser drives it. */
@PortalTest
@WithUserDetails("organiser")
class ParticipantsViewTest extends SpringBrowserlessTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    RegistrationService registration;
    @Autowired
    SeminarService seminars;
    @Autowired
    JdbcTemplate jdbc;

    private TestRegistrations people;

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        people = new TestRegistrations(registration, jdbc);
    }

    @Test
    void the_header_shows_title_dates_and_counts_and_the_grid_lists_everyone_with_their_waitlist_place() {
        long seminar = TestRegistrations.seminar(seminars, "Header", 2, false);
        people.confirmed(seminar, "Ая Бекова", "aya");
        people.confirmed(seminar, "Бота Жұмабаева", "bota");
        people.confirmed(seminar, "Вера Ким", "vera");
        people.register(seminar, "Гани Оспан", "gani", null, "ASTANA");

        var view = open(seminar);

        assertThat(view.title.getText()).startsWith("Header ");
        assertThat(view.getPageTitle()).startsWith("Participants: Header ");
        assertThat(view.dates.getText()).endsWith("(Asia/Almaty)");
        assertThat(counts(view)).contains("Confirmed: 2 / 2", "Waitlist: 1", "Address not confirmed: 1",
                "Awaiting approval: 0");
        assertThat(view.approve.isVisible()).as("no approval needed").isFalse();
        assertThat(names(view)).containsExactly("Ая Бекова", "Бота Жұмабаева", "Вера Ким", "Гани Оспан");
        var grid = test(view.grid);
        assertThat(grid.getCellText(2, grid.getColumnPosition("status"))).isEqualTo("On the waitlist (no. 1)");
        assertThat(grid.getCellText(3, grid.getColumnPosition("region"))).isEqualTo("Astana");
        assertThat(view.checkInLink.getHref()).isEqualTo("seminars/" + seminar + "/check-in");
    }

    @Test
    void the_filters_narrow_the_list_by_status_and_by_text() {
        long seminar = TestRegistrations.seminar(seminars, "Filters", 1, false);
        people.confirmed(seminar, "Ая Бекова", "aya", "Ombudsman Office", null);
        people.confirmed(seminar, "Бота Жұмабаева", "bota", "Коалиция НПО", null);
        var view = open(seminar);

        test(view.statuses).selectItem("On the waitlist");
        assertThat(names(view)).containsExactly("Бота Жұмабаева");

        view.statuses.clear();
        test(view.search).setValue("ombudsman");
        assertThat(names(view)).containsExactly("Ая Бекова");
    }

    @Test
    void approving_the_chosen_requests_seats_them_and_updates_the_counts() {
        long seminar = TestRegistrations.seminar(seminars, "Approve", 1, true);
        String first = people.confirmed(seminar, "Ая Бекова", "aya");
        String second = people.confirmed(seminar, "Бота Жұмабаева", "bota");
        var view = open(seminar);
        assertThat(view.approve.isVisible()).isTrue();
        assertThat(view.approve.isEnabled()).as("nothing chosen yet").isFalse();

        test(view.grid).select(0);
        test(view.grid).select(1);
        assertThat(view.selection.getText()).isEqualTo("2 people chosen");
        test(view.approve).click();

        assertThat(people.statusOf(seminar, first)).isEqualTo("CONFIRMED");
        assertThat(people.statusOf(seminar, second)).isEqualTo("WAITLISTED");
        assertThat(lastNotification()).isEqualTo("Approved: 1 with a seat, 1 on the waitlist.");
        assertThat(counts(view)).contains("Confirmed: 1 / 1", "Waitlist: 1", "Awaiting approval: 0");
        assertThat(view.grid.getSelectedItems()).isEmpty();
    }

    @Test
    void a_rejection_message_with_control_characters_is_shown_on_the_field_in_russian_and_a_good_one_is_mailed() {
        UI.getCurrent().setLocale(RUSSIAN);
        long seminar = TestRegistrations.seminar(seminars, "Reject", 5, true);
        String email = people.confirmed(seminar, "Ая Бекова", "aya");
        var view = open(seminar);
        test(view.grid).select(0);

        test(view.reject).click();
        roundTrip();
        assertThat(view.rejectDialog.isOpened()).isTrue();
        test(view.rejectDialog.message).setValue("Звонок\u0007");
        test(view.rejectDialog.confirm).click();

        assertThat(view.rejectDialog.message.isInvalid()).isTrue();
        assertThat(view.rejectDialog.message.getErrorMessage())
                .isEqualTo("Уберите из текста специальные (управляющие) символы.");
        assertThat(people.statusOf(seminar, email)).isEqualTo("AWAITING_APPROVAL");

        test(view.rejectDialog.message).setValue("Мест для вашего региона нет.");
        test(view.rejectDialog.confirm).click();

        assertThat(view.rejectDialog.isOpened()).isFalse();
        assertThat(people.statusOf(seminar, email)).isEqualTo("REJECTED");
        assertThat(people.lastMail(email, "registration.rejected")).contains("Мест для вашего региона нет.");
        assertThat(lastNotification()).isEqualTo("Отклонена одна заявка.");
    }

    @Test
    void cancelling_a_chosen_seat_offers_it_to_the_waitlist() {
        long seminar = TestRegistrations.seminar(seminars, "Cancel", 1, false);
        String seated = people.confirmed(seminar, "Ая Бекова", "aya");
        String waiting = people.confirmed(seminar, "Бота Жұмабаева", "bota");
        var view = open(seminar);
        test(view.grid).select(0);

        test(view.cancel).click();
        roundTrip();
        test(view.cancelDialog.confirm).click();

        assertThat(people.statusOf(seminar, seated)).isEqualTo("CANCELLED");
        assertThat(people.statusOf(seminar, waiting)).isEqualTo("OFFERED");
        assertThat(counts(view)).contains("Seat offered: 1", "Waitlist: 0");
    }

    @Test
    void writing_to_a_group_mails_each_person_in_it_and_a_missing_subject_is_shown_on_its_field() {
        long seminar = TestRegistrations.seminar(seminars, "Write", 1, false);
        String seated = people.confirmed(seminar, "Ая Бекова", "aya");
        String waiting = people.confirmed(seminar, "Бота Жұмабаева", "bota");
        var view = open(seminar);

        test(view.write).click();
        roundTrip();
        var dialog = view.messageDialog;
        test(dialog.groups).selectItem("Seat confirmed (1)");
        test(dialog.body).setValue("Please bring your ID.");
        test(dialog.send).click();
        assertThat(dialog.subject.isInvalid()).isTrue();
        assertThat(dialog.subject.getErrorMessage()).isEqualTo("Enter a subject.");

        test(dialog.subject).setValue("Entrance");
        test(dialog.send).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(people.lastMail(seated, "registration.organiserMessage")).startsWith("Please bring your ID.");
        assertThat(people.purposesOfMailTo(waiting)).doesNotContain("registration.organiserMessage");
        assertThat(lastNotification()).isEqualTo("1 mail was written and will be sent shortly.");
    }

    @Test
    void a_pasted_list_with_a_bad_line_shows_that_line_and_a_good_list_and_an_uploaded_file_invite_people() {
        long seminar = TestRegistrations.seminar(seminars, "Invite", 10, false);
        var view = open(seminar);
        test(view.invite).click();
        roundTrip();
        var dialog = view.inviteDialog;

        test(dialog.list).setValue("Name,Email\nDana White," + people.email("dana") + "\nBad Address,nobody");
        test(dialog.send).click();
        assertThat(dialog.problems.isVisible()).isTrue();
        assertThat(dialog.problems.getElement().getTextRecursively())
                .contains("Line 3: This is not a valid e-mail address.");
        assertThat(test(dialog.invitations).size()).isZero();

        test(dialog.list).setValue("Dana White," + people.email("dana") + ",en");
        test(dialog.send).click();
        assertThat(dialog.problems.isVisible()).isFalse();
        assertThat(lastNotification()).isEqualTo("1 invitation was written and will be sent shortly.");

        byte[] file = ("\uFEFFName;Email;Language\r\nӘлия Ғабитқызы;" + people.email("aliya") + ";kk\r\n")
                .getBytes(StandardCharsets.UTF_8);
        test(dialog.upload).upload("people.csv", "text/csv", file);
        test(dialog.upload).upload("photo.csv", "text/csv", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1});
        assertThat(dialog.problems.getElement().getTextRecursively())
                .contains("This file is not a text file in UTF-8.");

        var invited = test(dialog.invitations);
        assertThat(invited.size()).isEqualTo(2);
        assertThat(invited.getCellText(0, invited.getColumnPosition("fullName"))).isEqualTo("Dana White");
        assertThat(invited.getCellText(1, invited.getColumnPosition("fullName"))).isEqualTo("Әлия Ғабитқызы");
        assertThat(invited.getCellText(0, invited.getColumnPosition("status"))).isEqualTo("Not registered");
        assertThat(people.purposesOfMailTo(people.email("aliya"))).containsExactly("registration.invitation");
    }

    @Test
    void the_csv_download_holds_exactly_the_filtered_registrations() throws Exception {
        long seminar = TestRegistrations.seminar(seminars, "Export", 1, false);
        people.confirmed(seminar, "Ая Бекова", "aya");
        people.confirmed(seminar, "Бота Жұмабаева", "bota");
        var view = open(seminar);
        test(view.statuses).selectItem("On the waitlist");

        var csv = new ByteArrayOutputStream();
        test(view.exportCsv).download(csv);

        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFFull name,E-mail,Organisation");
        assertThat(text.split("\r\n")).hasSize(2);
        assertThat(text).contains("Бота Жұмабаева," + people.email("bota"));
    }

    @Test
    void a_completed_seminar_offers_to_send_certificates_and_nobody_gets_a_second_one() {
        long astana = jdbc.queryForObject("select id from seminar where city = 'Astana' and status = 'COMPLETED'",
                Long.class);
        long upcoming = TestRegistrations.seminar(seminars, "No certificates yet", 2, false);
        assertThat(open(upcoming).certificates.isVisible()).isFalse();

        var view = open(astana);
        assertThat(view.certificates.isVisible()).isTrue();
        test(view.certificates).click();

        // The demo data already certified everyone present on both days.
        assertThat(lastNotification()).startsWith("No new certificates");
    }

    @Test
    void an_address_without_such_a_seminar_shows_not_found() {
        UI.getCurrent().navigate("seminars/999999999/participants");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    private ParticipantsView open(long seminar) {
        navigate("", Component.class);
        return navigate("seminars/" + seminar + "/participants", ParticipantsView.class);
    }

    private List<String> names(ParticipantsView view) {
        var grid = test(view.grid);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            names.add(((ParticipantRow) grid.getRow(i)).fullName());
        }
        return names;
    }

    private static List<String> counts(ParticipantsView view) {
        return view.counts.getChildren().map(child -> ((Span) child).getText()).toList();
    }

    private String lastNotification() {
        var shown = find(Notification.class).all().stream().filter(Notification::isOpened).toList();
        assertThat(shown).as("open notifications").isNotEmpty();
        return test(shown.getLast()).getText();
    }
}
