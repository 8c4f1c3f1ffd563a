package org.npmportal.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.RateLimitedException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.npmportal.registration.MailText;
import org.npmportal.support.PortalTest;
import org.npmportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Applying through the public form and confirming the address by the link in the mail, as a visitor without an account. */
@PortalTest
@WithAnonymousUser
class CandidateApplicationTest {

    @Autowired
    CandidateService service;
    @Autowired
    CandidateJobs jobs;
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
    @Autowired
    GreenMail embeddedSmtpServer;

    Applicants people;

    @BeforeEach
    void applicants() {
        people = new Applicants(jdbc, security, users);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private long openRound(String title) {
        return people.as("organiser", () -> TestRounds.open(rounds, title));
    }

    private void apply(long round, String name, String email) {
        service.apply(round, people.request(name, email), null, Applicants.address());
    }

    @Test
    void an_application_is_stored_unconfirmed_and_the_link_is_mailed_in_the_applicants_language() {
        long round = openRound("Apply");
        String email = people.email("Aigerim");
        Instant before = clock.instant();

        apply(round, "Айгерім Нұрланқызы", email);

        var stored = people.stored(round, email);
        assertThat(stored).containsEntry("email", email.toLowerCase(Locale.ROOT)).containsEntry("code", "C-001")
                .containsEntry("status", "UNCONFIRMED").containsEntry("source", "APPLICATION")
                .containsEntry("language", "KK").containsEntry("share_contacts", true)
                .containsEntry("confirmed_at", null);
        Instant confirmBy = ((Timestamp) stored.get("confirm_by")).toInstant();
        assertThat(confirmBy).isBetween(before.plus(Duration.ofHours(48)), clock.instant().plus(Duration.ofHours(48)));
        assertThat(people.purposesOfMailTo(email)).containsExactly("selection.application.confirm");
        var mail = jdbc.queryForMap("select subject, body, language from mail_outbox where recipient = ?",
                email.toLowerCase(Locale.ROOT));
        assertThat((String) mail.get("subject")).startsWith("Өтініміңізді растаңыз: Apply ");
        assertThat((String) mail.get("body")).startsWith("Құрметті Айгерім Нұрланқызы!")
                .contains("/apply/confirm/").contains("Asia/Almaty");
        assertThat(stored.get("confirm_token_hash").toString()).hasSize(64)
                .isNotEqualTo(Applicants.token((String) mail.get("body")));
    }

    @Test
    void the_link_confirms_the_application_once_and_a_second_click_says_it_was_done() {
        long round = openRound("Confirm");
        String email = people.email("aigerim");
        apply(round, "Айгерім Нұрланқызы", email);
        String token = people.confirmToken(email);

        assertThat(service.look(token).outcome()).isEqualTo(ApplicationOutcome.DONE);
        assertThat(people.stored(round, email)).as("looking changes nothing").containsEntry("status", "UNCONFIRMED");
        var first = service.confirm(token);
        var second = service.confirm(token);

        assertThat(first.outcome()).isEqualTo(ApplicationOutcome.DONE);
        assertThat(first.fullName()).isEqualTo("Айгерім Нұрланқызы");
        assertThat(first.roundTitle()).startsWith("Confirm ");
        assertThat(second.outcome()).isEqualTo(ApplicationOutcome.ALREADY_DONE);
        assertThat(people.stored(round, email)).containsEntry("status", "ACTIVE")
                .extractingByKey("confirmed_at").isNotNull();
        assertThat(people.purposesOfMailTo(email))
                .containsExactly("selection.application.confirm", "selection.application.confirmed");
        assertThat(people.lastMail(email, "selection.application.confirmed")).contains("C-001");
    }

    @Test
    void a_link_followed_after_48_hours_has_expired_and_confirms_nothing() {
        long round = openRound("Expired");
        String email = people.email("late");
        apply(round, "Late Applicant", email);
        String token = people.confirmToken(email);

        clock.advance(Duration.ofHours(48).plusMinutes(1));

        assertThat(service.look(token).outcome()).isEqualTo(ApplicationOutcome.EXPIRED);
        assertThat(service.confirm(token).outcome()).isEqualTo(ApplicationOutcome.EXPIRED);
        assertThat(people.stored(round, email)).containsEntry("status", "UNCONFIRMED");
        assertThat(service.confirm("x".repeat(43)).outcome()).isEqualTo(ApplicationOutcome.INVALID);
        assertThat(service.confirm("not a token").outcome()).isEqualTo(ApplicationOutcome.INVALID);
    }

    @Test
    void applying_again_after_confirming_changes_nothing_and_mails_where_the_application_stands() {
        long round = openRound("Again");
        String email = people.email("aigerim");
        apply(round, "Айгерім Нұрланқызы", email);
        service.confirm(people.confirmToken(email));

        apply(round, "Someone Else", email.toUpperCase(Locale.ROOT));

        assertThat(people.candidates(round)).isEqualTo(1);
        assertThat(people.stored(round, email)).containsEntry("full_name", "Айгерім Нұрланқызы")
                .containsEntry("status", "ACTIVE");
        assertThat(people.purposesOfMailTo(email)).containsExactly("selection.application.confirm",
                "selection.application.confirmed", "selection.application.status");
        assertThat(people.lastMail(email, "selection.application.status"))
                .startsWith("Құрметті Айгерім Нұрланқызы!").contains("C-001");
    }

    @Test
    void applying_again_before_confirming_replaces_the_application_and_only_the_newest_link_works() {
        long round = openRound("Replace");
        String email = people.email("typo");
        apply(round, "Айгерим Нурланкызы", email);
        String firstLink = people.confirmToken(email);

        apply(round, "Айгерім Нұрланқызы", email);
        String secondLink = people.confirmToken(email);

        assertThat(service.confirm(firstLink).outcome()).isEqualTo(ApplicationOutcome.INVALID);
        assertThat(service.confirm(secondLink).outcome()).isEqualTo(ApplicationOutcome.DONE);
        assertThat(people.candidates(round)).isEqualTo(1);
        assertThat(people.stored(round, email)).containsEntry("full_name", "Айгерім Нұрланқызы")
                .containsEntry("code", "C-001").containsEntry("status", "ACTIVE");
    }

    @Test
    void rounds_outside_their_window_take_no_applications_and_drafts_are_not_found() {
        long past = people.as("organiser", () -> TestRounds.pastItsWindow(rounds, "Past window"));
        long future = people.as("organiser", () -> {
            long id = TestRounds.draft(rounds, "Future window");
            var round = rounds.get(id).orElseThrow();
            round.setApplicationsOpen(LocalDate.now(TestRounds.ALMATY).plusDays(3));
            rounds.save(round);
            rounds.changePhase(id, RoundPhase.APPLICATIONS_OPEN);
            return id;
        });
        long draft = people.as("organiser", () -> TestRounds.draft(rounds, "Draft"));

        assertThat(service.publicRound(past).orElseThrow().applications()).isEqualTo(PublicRound.Applications.CLOSED);
        assertThat(service.publicRound(future).orElseThrow().applications())
                .isEqualTo(PublicRound.Applications.NOT_YET_OPEN);
        assertThat(service.publicRound(draft)).isEmpty();
        assertThat(service.publicRound(999_999_999L)).isEmpty();
        assertThatThrownBy(() -> apply(past, "Айгерім Нұрланқызы", people.email("past")))
                .isInstanceOf(ApplicationsClosedException.class);
        assertThatThrownBy(() -> apply(future, "Айгерім Нұрланқызы", people.email("future")))
                .isInstanceOf(ApplicationsClosedException.class);
        assertThatThrownBy(() -> apply(draft, "Айгерім Нұрланқызы", people.email("draft")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.notFound"));
        assertThat(people.candidates(past) + people.candidates(future) + people.candidates(draft)).isZero();
        assertThat(people.purposesOfMailTo(people.email("past"))).isEmpty();
    }

    @Test
    void a_cv_that_is_not_a_pdf_is_refused_on_its_field_and_a_pdf_is_stored_with_the_application() {
        long round = openRound("CV");
        String email = people.email("cv");
        var fake = new CvUpload("cv.pdf", "PK\u0003\u0004 a zip file".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> service.apply(round, people.request("Айгерім Нұрланқызы", email), fake,
                Applicants.address())).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly(new FieldProblem("cv", "selection.candidate.cv.notPdf")));
        assertThat(people.candidates(round)).isZero();
        assertThat(people.purposesOfMailTo(email)).isEmpty();

        service.apply(round, people.request("Айгерім Нұрланқызы", email),
                new CvUpload("/home/aigerim/Түйіндеме.pdf", Applicants.PDF), Applicants.address());

        long id = ((Number) people.stored(round, email).get("id")).longValue();
        assertThat(jdbc.queryForMap("select file_name, content from selection_cv where candidate_id = ?", id))
                .containsEntry("file_name", "Түйіндеме.pdf")
                .hasEntrySatisfying("content", content -> assertThat((byte[]) content)
                        .isEqualTo(Applicants.PDF));
    }

    @Test
    void without_consent_to_processing_nothing_is_taken_and_every_bad_field_is_named_at_once() {
        long round = openRound("Consent");
        var request = new ApplicationRequest(" ", "aigerim@", "phone", null, null, null, null, null, Language.RU,
                false, true, null);

        assertThatThrownBy(() -> service.apply(round, request, null, Applicants.address()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("fullName", "email", "phone",
                                "regionId", "consentProcessing"));
        assertThat(people.candidates(round)).isZero();
    }

    @Test
    void an_application_with_the_hidden_website_field_filled_in_is_answered_the_same_and_stores_nothing() {
        long round = openRound("Honeypot");
        String email = people.email("robot");
        var robot = new ApplicationRequest("Robot Robotov", email, null, null, Applicants.astana(jdbc), null, null,
                null, Language.EN, true, false, "http://spam.example");

        service.apply(round, robot, null, Applicants.address());

        assertThat(people.candidates(round)).isZero();
        assertThat(people.purposesOfMailTo(email)).isEmpty();
    }

    @Test
    void the_sixth_application_for_one_address_within_an_hour_is_refused_and_changes_nothing() {
        long round = openRound("Rate per address");
        String email = people.email("eager");
        for (int i = 0; i < 5; i++) {
            apply(round, "Eager Applicant", email);
        }

        assertThatThrownBy(() -> apply(round, "Changed Name", email)).isInstanceOf(RateLimitedException.class);

        assertThat(people.stored(round, email)).containsEntry("full_name", "Eager Applicant");
        assertThat(people.purposesOfMailTo(email)).hasSize(5);
    }

    @Test
    void more_than_twenty_applications_from_one_ip_address_within_ten_minutes_are_refused() {
        long round = openRound("Rate per IP");
        String address = Applicants.address();
        for (int i = 0; i < 20; i++) {
            service.apply(round, people.request("Applicant Number", people.email("ip" + i)), null, address);
        }

        assertThatThrownBy(() -> service.apply(round, people.request("Applicant Number", people.email("ip20")),
                null, address)).isInstanceOf(RateLimitedException.class);

        assertThat(people.candidates(round)).isEqualTo(20);
        assertThat(people.stored(round, people.email("ip20"))).isNull();
    }

    @Test
    void applications_never_confirmed_are_deleted_with_their_cv_thirty_days_after_their_link_expired() {
        long round = openRound("Lapsed");
        service.apply(round, people.request("Never Confirmed", people.email("never")),
                new CvUpload("cv.pdf", Applicants.PDF), Applicants.address());
        long lapsedId = ((Number) people.stored(round, people.email("never")).get("id")).longValue();
        apply(round, "Confirmed Applicant", people.email("confirmed"));
        service.confirm(people.confirmToken(people.email("confirmed")));
        clock.advance(Duration.ofDays(3));
        apply(round, "Recent Applicant", people.email("recent"));

        clock.advance(Duration.ofDays(29).plusHours(1));
        jobs.runOnce();

        assertThat(people.stored(round, people.email("never"))).isNull();
        assertThat(jdbc.queryForObject("select count(*) from selection_cv where candidate_id = ?", Integer.class,
                lapsedId)).isZero();
        assertThat(people.stored(round, people.email("confirmed"))).containsEntry("status", "ACTIVE");
        assertThat(people.stored(round, people.email("recent"))).containsEntry("status", "UNCONFIRMED");
        assertThat(jdbc.queryForList("select details from audit_event where action = 'APPLICATIONS_DELETED' "
                + "and entity_id = ?", String.class, round)).containsExactly("1 application(s) never confirmed");
    }

    @Test
    void an_applicant_confirms_with_nothing_but_the_mail_the_smtp_server_received() throws Exception {
        long round = openRound("Inbox");
        String email = people.email("inbox");

        apply(round, "Айгерім Нұрланқызы", email);
        MimeMessage confirmMail = awaitMail(1).getFirst();
        assertThat(confirmMail.getSubject()).startsWith("Өтініміңізді растаңыз: Inbox ");
        String link = MailText.of(confirmMail).lines().filter(line -> line.contains("/apply/confirm/"))
                .findFirst().orElseThrow().strip();
        assertThat(link).startsWith("http://localhost:");

        assertThat(service.confirm(link.substring(link.lastIndexOf('/') + 1)).outcome())
                .isEqualTo(ApplicationOutcome.DONE);

        MimeMessage confirmedMail = awaitMail(2).get(1);
        assertThat(confirmedMail.getSubject()).startsWith("Өтінім қабылданды: Inbox ");
        assertThat(MailText.of(confirmedMail)).contains("Құрметті Айгерім Нұрланқызы!", "C-001");
        assertThat(people.stored(round, email)).containsEntry("status", "ACTIVE");
    }

    /** The mail the embedded SMTP server received for this test's domain, oldest first, once there are {@code n}. */
    private List<MimeMessage> awaitMail(int n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] received = embeddedSmtpServer.getReceivedMessagesForDomain(people.domain);
            if (received.length >= n) {
                return Arrays.stream(received).toList();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + n + " mails arrived for " + people.domain);
    }
}
