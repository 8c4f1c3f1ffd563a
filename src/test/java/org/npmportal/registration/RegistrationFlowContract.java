package org.npmportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.i18n.Language;
import org.npmportal.seminar.SeminarService;
import org.npmportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A participant's way through registration, as they live it through their inbox, against a real
 * database: H2 in {@link RegistrationFlowTest} and MariaDB in {@link RegistrationFlowMariaDbIT}.
 */
@WithUserDetails("organiser")
abstract class RegistrationFlowContract {

    @Autowired
    RegistrationService service;
    @Autowired
    RegistrationJobs jobs;
    @Autowired
    SeminarService seminars;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    TestClock clock;

    Participants people;
    String domain;

    @BeforeEach
    void participants() {
        people = new Participants(jdbc, security);
        domain = UUID.randomUUID().toString().substring(0, 8) + ".example.kz";
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_person_gets_from_the_form_to_a_confirmed_seat_with_only_the_links_in_their_mail() {
        long seminar = seminar(10, false);
        String email = "Әсел.Қасымова@" + domain.toUpperCase();
        service.register(seminar, Participants.request("Әсел Қасымова", "asel@" + domain), "10.0.0.1");

        String confirmMail = people.lastMail("asel@" + domain, "registration.confirm");
        assertThat(confirmMail).contains("Құрметті Әсел Қасымова!", "/registration/confirm/", "Семинар: Flow ");
        assertThat(people.count(seminar, RegistrationStatus.PENDING)).isEqualTo(1);

        LinkResult confirmed = service.confirm(people.confirmToken("asel@" + domain));

        assertThat(confirmed.outcome()).isEqualTo(LinkOutcome.DONE);
        assertThat(confirmed.registration().orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(people.count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(1);
        assertThat(people.counters(seminar)).containsExactly(1, 0);
        assertThat(attachmentsOf("asel@" + domain, "registration.seated")).containsExactly("seminar-" + seminar + ".ics");
        LinkResult managed = service.look(people.manageToken("asel@" + domain, "registration.seated"));
        assertThat(managed.purpose()).isEqualTo(TokenPurpose.MANAGE);
        assertThat(managed.registration().orElseThrow().canCancel()).isTrue();
        assertThat(email).isNotBlank();
    }

    @Test
    void registering_again_with_the_same_address_creates_nothing_new_and_mails_the_current_status() {
        long seminar = seminar(10, false);
        service.register(seminar, Participants.request("Марат Омаров", "marat@" + domain), "10.0.0.2");
        service.confirm(people.confirmToken("marat@" + domain));

        service.register(seminar, Participants.request("Someone Else", "MARAT@" + domain), "10.0.0.3");

        assertThat(jdbc.queryForObject("select count(*) from registration where seminar_id = ?", Integer.class, seminar))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select full_name from registration where seminar_id = ?", String.class, seminar))
                .isEqualTo("Марат Омаров");
        assertThat(people.purposesOfMailTo("marat@" + domain)).containsExactly("registration.confirm",
                "registration.seated", "registration.status");
        assertThat(people.lastMail("marat@" + domain, "registration.status")).contains("Сізге орын берілді.");
    }

    @Test
    void bad_input_is_reported_for_each_field_and_nothing_is_stored() {
        long seminar = seminar(10, false);
        var bad = new RegistrationRequest("R2-D2 <script>", "not-an-address@", "ҮЕҰ \u202Efdp.exe", null, "NOWHERE",
                Language.RU,
                "needs\u0007", false, false, null, null);

        assertThatThrownBy(() -> service.register(seminar, bad, "10.0.0.4"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).contains(
                        new FieldProblem("fullName", "registration.fullName.invalid"),
                        new FieldProblem("email", "registration.email.invalid"),
                        new FieldProblem("needs", "registration.text.controlCharacters"),
                        new FieldProblem("organisation", "registration.text.controlCharacters"),
                        new FieldProblem("regionCode", "registration.region.unknown"),
                        new FieldProblem("consentProcessing", "registration.consentProcessing.required")));
        assertThat(jdbc.queryForObject("select count(*) from registration where seminar_id = ?", Integer.class, seminar))
                .isZero();
    }

    @Test
    void kazakh_names_typed_with_combining_marks_are_stored_as_single_letters_and_the_address_in_lower_case() {
        long seminar = seminar(10, false);
        String decomposed = java.text.Normalizer.normalize("Әлия Ғабитқызы-Үмбетова", java.text.Normalizer.Form.NFD);

        service.register(seminar, Participants.request("  " + decomposed + " ", "Aliya@" + domain.toUpperCase()),
                "10.0.0.5");

        assertThat(jdbc.queryForObject("select full_name from registration where seminar_id = ?", String.class, seminar))
                .isEqualTo("Әлия Ғабитқызы-Үмбетова");
        assertThat(jdbc.queryForObject("select email from registration where seminar_id = ?", String.class, seminar))
                .isEqualTo("aliya@" + domain);
    }

    @Test
    void a_form_with_the_hidden_honeypot_filled_in_is_answered_as_usual_and_stores_nothing() {
        long seminar = seminar(10, false);
        var robot = new RegistrationRequest("Robot Robotov", "robot@" + domain, null, null, null, Language.EN, null,
                true, false, "http://spam.example", null);

        service.register(seminar, robot, "10.0.0.6");

        assertThat(jdbc.queryForObject("select count(*) from registration where seminar_id = ?", Integer.class, seminar))
                .isZero();
        assertThat(people.purposesOfMailTo("robot@" + domain)).isEmpty();
    }

    @Test
    void an_unconfirmed_registration_expires_after_48_hours_and_registering_again_starts_afresh() {
        long seminar = seminar(10, false);
        service.register(seminar, Participants.request("Дина Серікова", "dina@" + domain), "10.0.0.7");
        String oldLink = people.confirmToken("dina@" + domain);

        clock.advance(Duration.ofHours(49));
        jobs.runOnce();

        assertThat(people.count(seminar, RegistrationStatus.EXPIRED)).isEqualTo(1);
        assertThat(service.confirm(oldLink).outcome()).isEqualTo(LinkOutcome.EXPIRED);
        service.register(seminar, Participants.request("Дина Серікова", "dina@" + domain), "10.0.0.7");
        assertThat(service.confirm(people.confirmToken("dina@" + domain)).outcome()).isEqualTo(LinkOutcome.DONE);
        assertThat(people.count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(1);
        assertThat(people.counters(seminar)).containsExactly(1, 0);
    }

    @Test
    void an_offer_not_claimed_in_time_goes_to_the_next_person_on_the_waitlist() {
        long seminar = seminar(1, false);
        String[] names = {"first", "second", "third"};
        for (String name : names) {
            service.register(seminar, Participants.request("Person " + name.substring(0, 1).toUpperCase() + name.substring(1),
                    name + "@" + domain), "10.0.1." + name.length());
            service.confirm(people.confirmToken(name + "@" + domain));
        }
        service.cancel(people.manageToken("first@" + domain, "registration.seated"));
        String secondsClaim = people.claimToken("second@" + domain);

        clock.advance(Duration.ofHours(49));
        jobs.runOnce();

        assertThat(service.claim(secondsClaim).outcome()).isEqualTo(LinkOutcome.EXPIRED);
        assertThat(people.purposesOfMailTo("second@" + domain)).endsWith("registration.offerExpired");
        assertThat(service.claim(people.claimToken("third@" + domain)).outcome()).isEqualTo(LinkOutcome.DONE);
        assertThat(people.count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(1);
        assertThat(people.counters(seminar)).containsExactly(1, 0);
    }

    @Test
    void raising_the_capacity_offers_the_new_seats_to_the_waitlist_at_once() {
        long seminar = seminar(1, false);
        for (int i = 0; i < 3; i++) {
            service.register(seminar, Participants.request("Person Number", "p" + i + "@" + domain), "10.0.2." + i);
            service.confirm(people.confirmToken("p" + i + "@" + domain));
        }
        var edited = seminars.get(seminar).orElseThrow();
        edited.setCapacity(3);

        seminars.save(edited);

        assertThat(people.count(seminar, RegistrationStatus.OFFERED)).isEqualTo(2);
        assertThat(people.purposesOfMailTo("p1@" + domain)).endsWith("registration.offered");
        assertThat(people.counters(seminar)).containsExactly(3, 0);
    }

    @Test
    void with_approval_a_confirmed_address_waits_for_the_organiser_and_takes_no_seat() {
        long seminar = seminar(5, true);
        service.register(seminar, Participants.request("Ерлан Ахметов", "erlan@" + domain), "10.0.0.9");

        service.confirm(people.confirmToken("erlan@" + domain));

        assertThat(people.count(seminar, RegistrationStatus.AWAITING_APPROVAL)).isEqualTo(1);
        assertThat(people.counters(seminar)).containsExactly(0, 0);
        assertThat(people.purposesOfMailTo("erlan@" + domain)).endsWith("registration.awaitingApproval");
    }

    @Test
    void participants_cannot_cancel_through_their_link_after_the_cut_off_before_the_start() {
        long seminar = seminar(5, false);
        service.register(seminar, Participants.request("Нұрлан Бекұлы", "nurlan@" + domain), "10.0.0.10");
        service.confirm(people.confirmToken("nurlan@" + domain));
        String manage = people.manageToken("nurlan@" + domain, "registration.seated");

        clock.advance(Duration.ofDays(29).plusHours(12));

        assertThat(service.cancel(manage).outcome()).isEqualTo(LinkOutcome.SEMINAR_UNAVAILABLE);
        assertThat(people.count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(1);
    }

    @Test
    void each_reminder_is_sent_once_to_those_with_a_seat_and_a_late_one_replaces_the_earlier() {
        long seminar = seminar(5, false);
        service.register(seminar, Participants.request("Гаухар Сейітова", "gaukhar@" + domain), "10.0.0.11");
        service.confirm(people.confirmToken("gaukhar@" + domain));

        // Relative to the stored start: the seminar starts at 10:00 in Almaty on a date taken from the wall clock,
        // so a fixed number of days from now would miss the week-before reminder late in the UTC day.
        var startsAt = jdbc.queryForObject("select starts_at_utc from seminar where id = ?",
                java.time.LocalDateTime.class, seminar).toInstant(java.time.ZoneOffset.UTC);
        clock.advance(Duration.between(clock.instant(), startsAt.minus(Duration.ofDays(7)).plusSeconds(3600)));
        jobs.runOnce();
        jobs.runOnce();
        clock.advance(Duration.ofDays(6));
        jobs.runOnce();
        jobs.runOnce();

        assertThat(people.purposesOfMailTo("gaukhar@" + domain)).filteredOn("registration.reminder"::equals).hasSize(2);
        assertThat(attachmentsOf("gaukhar@" + domain, "registration.reminder")).contains("seminar-" + seminar + ".ics");
    }

    @Test
    void cancelling_a_seminar_tells_everyone_still_registered_with_the_organisers_reason() {
        long seminar = seminar(1, false);
        for (String name : new String[] {"seated", "waiting", "unconfirmed", "gone"}) {
            service.register(seminar, Participants.request("Person Named", name + "@" + domain), "10.0.3.1");
        }
        service.confirm(people.confirmToken("seated@" + domain));
        service.confirm(people.confirmToken("waiting@" + domain));
        service.confirm(people.confirmToken("gone@" + domain));
        service.cancel(people.manageToken("gone@" + domain, "registration.waitlisted"));

        seminars.cancel(seminar, "Зал жабылды / the venue closed");

        for (String name : new String[] {"seated", "waiting", "unconfirmed"}) {
            assertThat(people.lastMail(name + "@" + domain, "registration.seminarCancelled"))
                    .contains("Зал жабылды / the venue closed");
        }
        assertThat(people.purposesOfMailTo("gone@" + domain)).doesNotContain("registration.seminarCancelled");
        assertThat(people.count(seminar, RegistrationStatus.CANCELLED)).isEqualTo(4);
        assertThat(people.counters(seminar)).containsExactly(0, 0);
    }

    @Test
    void links_expired_for_a_month_are_forgotten_and_then_open_nothing() {
        long seminar = seminar(10, false);
        service.register(seminar, Participants.request("Арман Сәкен", "arman@" + domain), "10.0.4.1");
        String link = people.confirmToken("arman@" + domain);

        clock.advance(Duration.ofDays(20));
        jobs.runOnce();
        assertThat(service.confirm(link).outcome()).as("expired, still known").isEqualTo(LinkOutcome.EXPIRED);
        clock.advance(Duration.ofDays(15));
        jobs.runOnce();

        assertThat(service.confirm(link).outcome()).isEqualTo(LinkOutcome.INVALID);
    }

    @Test
    void links_that_the_portal_never_sent_open_nothing() {
        assertThat(service.look("not-a-token").outcome()).isEqualTo(LinkOutcome.INVALID);
        assertThat(service.confirm("A".repeat(43)).outcome()).isEqualTo(LinkOutcome.INVALID);
        assertThat(service.cancel(null).outcome()).isEqualTo(LinkOutcome.INVALID);
    }

    private long seminar(int capacity, boolean approval) {
        return Participants.seminar(seminars, "Flow " + UUID.randomUUID(), capacity, approval, 30);
    }

    private java.util.List<String> attachmentsOf(String recipient, String purpose) {
        return jdbc.queryForList("select a.filename from mail_attachment a join mail_outbox m on m.id = a.mail_id "
                + "where m.recipient = ? and m.purpose = ? order by a.id", String.class, recipient, purpose);
    }
}
