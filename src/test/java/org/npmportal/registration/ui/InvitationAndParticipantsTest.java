package org.npmportal.registration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.registration.RegistrationService;
import org.npmportal.registration.RegistrationStatus;
import org.npmportal.seminar.SeminarService;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** An invited person's personal link, and the public list of who takes part. */
@PortalTest
@WithAnonymousUser
class InvitationAndParticipantsTest extends SpringBrowserlessTest {

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

    Visitors visitors;

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        visitors = new Visitors(jdbc, seminars, security, users);
    }

    @Test
    void an_invitation_link_fills_in_name_address_and_language_and_registers_the_person_as_invited() {
        long seminar = visitors.seminar("Invitation: regional training", 10);
        String email = visitors.email("nurlan");
        String token = visitors.invite(seminar, email, "Нұрлан Серікұлы", Language.KK);

        var view = navigate(InvitationFormView.class, Map.of(InvitationFormView.TOKEN, token));

        assertThat(find(H1.class).first().getText()).isEqualTo("Invitation: regional training");
        assertThat(view.form.fullName.getValue()).isEqualTo("Нұрлан Серікұлы");
        assertThat(view.form.email.getValue()).isEqualTo(email);
        assertThat(view.form.language.getValue()).isEqualTo(Language.KK);
        assertThat(view.getPageTitle()).doesNotContain(token);
        test(view.form.consentProcessing).click();
        test(view.form.submit).click();

        assertThat(view.outcome.getText()).startsWith("Check your inbox: we sent a mail to " + email);
        assertThat(visitors.status(seminar, email)).isEqualTo(RegistrationStatus.PENDING);
        assertThat(visitors.registeredAsInvited(seminar, email)).isTrue();
    }

    @Test
    void an_unknown_invitation_link_shows_a_friendly_page_with_the_way_to_the_catalogue() {
        var view = navigate(InvitationFormView.class, Map.of(InvitationFormView.TOKEN, "B".repeat(43)));

        assertThat(find(H1.class).first().getText()).isEqualTo("This invitation link is not valid any more");
        assertThat(view.form.isAttached()).isFalse();
        assertThat(find(Anchor.class).id("catalogue-link").getHref()).isEqualTo("catalogue");
    }

    @Test
    void the_participant_list_shows_only_people_with_a_seat_who_agreed_to_be_listed() {
        long seminar = visitors.seminar("Listing: who is there", 10);
        register(seminar, "listed", "Әлия Ғабитқызы", true, true);
        register(seminar, "private", "Самат Жақыпов", false, true);
        register(seminar, "unconfirmed", "Бауыржан Оспанов", true, false);

        var view = navigate(ParticipantListView.class, Map.of(ParticipantListView.ID, String.valueOf(seminar)));

        assertThat(find(H1.class).first().getText()).isEqualTo("Participants: Listing: who is there");
        assertThat(find(ListItem.class, view.participants).all()).extracting(ListItem::getText)
                .containsExactly("Әлия Ғабитқызы, Адам құқықтары жөніндегі ҮЕҰ");
    }

    @Test
    void the_participant_list_of_an_unknown_seminar_is_not_found() {
        UI.getCurrent().navigate("catalogue/987654321/participants");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    private void register(long seminar, String localPart, String name, boolean listed, boolean confirm) {
        String email = visitors.email(localPart);
        registrations.register(seminar, Visitors.request(name, email, listed), Visitors.address());
        if (confirm) {
            registrations.confirm(visitors.confirmToken(email));
        }
    }
}
