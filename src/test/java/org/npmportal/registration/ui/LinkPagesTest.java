package org.npmportal.registration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.registration.RegistrationService;
import org.npmportal.registration.RegistrationStatus;
import org.npmportal.seminar.SeminarService;
import org.npmportal.support.PortalTest;
import org.npmportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The pages behind the links in participants' mail, followed as the participants would follow them. */
@PortalTest
@WithAnonymousUser
class LinkPagesTest extends SpringBrowserlessTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    SeminarService seminars;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    Visitors visitors;

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        visitors = new Visitors(jdbc, seminars, security, users);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void opening_the_confirmation_link_changes_nothing_and_its_button_gives_the_seat() {
        long seminar = visitors.seminar("Links: confirm", 5);
        String email = visitors.email("aigerim");
        registrations.register(seminar, Visitors.request("Айгерім Сәтбаева", email, false), Visitors.address());

        var view = open(ConfirmRegistrationView.class, visitors.confirmToken(email));

        assertThat(find(H1.class).first().getText()).isEqualTo("Confirm your registration");
        assertThat(view.content.getElement().getTextRecursively()).contains("Links: confirm", "Айгерім Сәтбаева",
                email, "Waiting for e-mail confirmation", "Asia/Almaty");
        assertThat(visitors.status(seminar, email)).isEqualTo(RegistrationStatus.PENDING);
        assertThat(view.getPageTitle()).doesNotContain(visitors.confirmToken(email));

        test(view.confirm).click();

        assertThat(visitors.status(seminar, email)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(view.outcome.getText()).startsWith("Thank you: your address is confirmed and you have a seat.");
        assertThat(view.confirm.isAttached()).isFalse();
        assertThat(visitors.purposesOfMailTo(email)).containsExactly("registration.confirm", "registration.seated");
    }

    @Test
    void the_confirmation_link_opened_again_says_the_registration_is_already_confirmed() {
        long seminar = visitors.seminar("Links: confirm twice", 5);
        String email = visitors.email("timur");
        registrations.register(seminar, Visitors.request("Тимур Бекенов", email, false), Visitors.address());
        String token = visitors.confirmToken(email);
        test(open(ConfirmRegistrationView.class, token).confirm).click();

        var again = open(ConfirmRegistrationView.class, token);

        assertThat(again.outcome.getText()).isEqualTo("This registration is already confirmed.");
        assertThat(again.content.getElement().getTextRecursively()).contains("You have a seat.");
        assertThat(again.confirm.isAttached()).isFalse();
        assertThat(visitors.status(seminar, email)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(visitors.purposesOfMailTo(email)).containsExactly("registration.confirm", "registration.seated");
    }

    @Test
    void a_confirmation_link_opened_too_late_says_it_has_expired_and_offers_to_register_again() {
        long seminar = visitors.seminar("Links: too late", 5);
        String email = visitors.email("late");
        registrations.register(seminar, Visitors.request("Кеш Қалған", email, false), Visitors.address());
        String token = visitors.confirmToken(email);
        clock.advance(Duration.ofHours(49));

        var view = open(ConfirmRegistrationView.class, token);

        assertThat(find(H1.class).first().getText()).isEqualTo("This link has expired");
        assertThat(view.confirm.isAttached()).isFalse();
        assertThat(find(Anchor.class).id("register-again").getHref()).isEqualTo("catalogue/" + seminar + "/register");
    }

    @Test
    void confirming_when_the_seminar_is_full_puts_the_person_on_the_waitlist_with_their_number() {
        long seminar = visitors.seminar("Links: waitlist", 1);
        confirmed(seminar, "first", "Бірінші Қатысушы");
        String email = visitors.email("second");
        registrations.register(seminar, Visitors.request("Екінші Қатысушы", email, false), Visitors.address());

        var view = open(ConfirmRegistrationView.class, visitors.confirmToken(email));
        test(view.confirm).click();

        assertThat(visitors.status(seminar, email)).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(view.outcome.getText()).contains("you are on the waiting list, number 1.");
    }

    @Test
    void cancelling_on_the_own_page_frees_the_seat_for_the_next_on_the_waitlist_who_takes_it_with_the_claim_link() {
        long seminar = visitors.seminar("Links: cancel and claim", 1);
        String seated = confirmed(seminar, "seated", "Сәуле Ахметова");
        String waiting = confirmed(seminar, "waiting", "Ержан Нұрланов");
        assertThat(visitors.status(seminar, waiting)).isEqualTo(RegistrationStatus.WAITLISTED);

        var own = open(ManageRegistrationView.class, visitors.manageToken(seated, "registration.seated"));
        assertThat(find(H1.class).first().getText()).isEqualTo("Your registration");
        assertThat(own.content.getElement().getTextRecursively()).contains("Сәуле Ахметова", "Seat confirmed",
                "You have a seat.", "You can cancel here until");
        assertThat(own.calendarFile.getHref()).isEqualTo("api/seminars/" + seminar + ".ics");
        assertThat(own.certificate.isAttached()).isFalse();
        assertThat(own.meetingLink.isAttached()).isFalse();
        test(own.cancel).click();
        roundTrip();
        assertThat(own.cancelDialog.isOpened()).isTrue();
        test(own.cancelDialog).confirm();

        assertThat(visitors.status(seminar, seated)).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(visitors.status(seminar, waiting)).isEqualTo(RegistrationStatus.OFFERED);
        assertThat(own.outcome.getText()).startsWith("Your registration is cancelled.");
        assertThat(own.content.getElement().getTextRecursively()).contains("Cancelled");
        assertThat(own.cancel.isAttached()).isFalse();
        assertThat(find(Anchor.class).id("register-again").getHref()).isEqualTo("catalogue/" + seminar + "/register");

        var claim = open(ClaimSeatView.class, visitors.claimToken(waiting));
        assertThat(claim.content.getElement().getTextRecursively())
                .contains("is held for you until", "(Asia/Almaty, UTC+05:00)");
        test(claim.claim).click();

        assertThat(visitors.status(seminar, waiting)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(claim.outcome.getText()).startsWith("The seat is yours.");
    }

    @Test
    void a_link_that_is_not_ours_or_is_for_another_page_shows_a_friendly_page_without_a_trace_of_the_token() {
        long seminar = visitors.seminar("Links: invalid", 5);
        String seated = confirmed(seminar, "someone", "Гүлнар Сейітова");
        String manageToken = visitors.manageToken(seated, "registration.seated");

        for (String address : new String[] {"registration/confirm/not-a-token", "registration/claim/" + manageToken,
                "registration/" + "A".repeat(43)}) {
            UI.getCurrent().navigate(address);
            var page = (LinkPage) getCurrentView();
            assertThat(find(H1.class).first().getText()).as(address).isEqualTo("This link does not work");
            assertThat(page.getPageTitle()).doesNotContain(manageToken);
        }
    }

    /** Registers and confirms through the service, as the mail links would; returns the address. */
    private String confirmed(long seminar, String localPart, String name) {
        String email = visitors.email(localPart);
        registrations.register(seminar, Visitors.request(name, email, false), Visitors.address());
        registrations.confirm(visitors.confirmToken(email));
        return email;
    }

    private <T extends LinkPage> T open(Class<T> page, String token) {
        return navigate(page, Map.of(LinkPage.TOKEN, token));
    }
}
