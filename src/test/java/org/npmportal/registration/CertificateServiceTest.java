package org.npmportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.UserFacingException;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.api.TestSeminars;
import org.npmportal.support.PortalTest;
import org.npmportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;

@PortalTest
@WithUserDetails("organiser")
class CertificateServiceTest {

    @Autowired
    RegistrationService registration;
    @Autowired
    CertificateService certificates;
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
    void completing_a_seminar_mails_a_certificate_to_everyone_present_on_every_day_and_to_nobody_else() {
        long seminar = Participants.seminar(seminars, "Certificates " + UUID.randomUUID(), 10, false, 30);
        for (String name : List.of("full", "half")) {
            registration.register(seminar, Participants.request("Person Present", name + "@" + domain), "10.8.0.1");
            registration.confirm(people.confirmToken(name + "@" + domain));
        }
        LocalDate firstDay = LocalDate.now(TestSeminars.ALMATY).plusDays(30);
        present("full@" + domain, seminar, firstDay, firstDay.plusDays(1));
        present("half@" + domain, seminar, firstDay);

        clock.advance(Duration.ofDays(33));
        seminars.complete(seminar);

        assertThat(people.purposesOfMailTo("full@" + domain)).endsWith("registration.certificate");
        assertThat(people.purposesOfMailTo("half@" + domain)).doesNotContain("registration.certificate");
        String number = jdbc.queryForObject("select certificate_number from registration where email = ?",
                String.class, "full@" + domain);
        assertThat(number).matches("NPM-\\d{4}-\\d{4}-\\d{6}");
        var file = certificates.download(people.manageToken("full@" + domain, "registration.certificate"))
                .orElseThrow();
        assertThat(file.filename()).isEqualTo("certificate-" + number + ".pdf");
        assertThat(new String(file.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(certificates.download(people.manageToken("half@" + domain, "registration.seated"))).isEmpty();
        assertThat(certificates.issue(seminar)).as("nobody gets a second certificate").isZero();
    }

    @Test
    void certificates_wait_until_the_seminar_is_completed() {
        long seminar = Participants.seminar(seminars, "Not yet " + UUID.randomUUID(), 10, false, 30);

        assertThatThrownBy(() -> certificates.issue(seminar)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("certificate.notCompleted"));
    }

    @Test
    void the_hours_on_a_certificate_are_the_length_of_the_agenda() {
        var seminar = TestSeminars.draft("Hours", 10);
        assertThat(CertificateService.hours(seminar)).isEqualByComparingTo(new BigDecimal("4"));
        seminar.getSessions().clear();
        assertThat(CertificateService.hours(seminar)).isEqualByComparingTo(new BigDecimal("12"));
    }

    private void present(String email, long seminar, LocalDate... days) {
        long id = jdbc.queryForObject("select id from registration where seminar_id = ? and email = ?", Long.class,
                seminar, email);
        for (LocalDate day : days) {
            jdbc.update("insert into attendance (registration_id, attended_on, marked_at, marked_by) "
                    + "values (?, ?, current_timestamp, 'organiser')", id, day);
        }
    }
}
