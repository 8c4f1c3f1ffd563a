package org.npmportal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.seminar.SeminarService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Seats and the waitlist stay exact when many people act at once: real threads against a real database,
 * H2 in {@link RegistrationConcurrencyTest} and MariaDB in {@link RegistrationConcurrencyMariaDbIT}.
 */
@WithUserDetails("organiser")
abstract class RegistrationConcurrencyContract {

    @Autowired
    RegistrationService service;
    @Autowired
    SeminarService seminars;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    Participants people;

    @BeforeEach
    void participants() {
        people = new Participants(jdbc, security);
    }

    @Test
    void two_hundred_people_confirming_at_once_for_fifty_seats_get_fifty_seats_and_waitlist_places_1_to_150()
            throws Exception {
        long seminar = Participants.seminar(seminars, "Storm " + UUID.randomUUID(), 50, false, 30);
        List<String> emails = registerAtOnce(seminar, 200);
        List<String> tokens = emails.stream().map(people::confirmToken).toList();

        List<LinkResult> results = people.atOnce(tokens.stream()
                .<Callable<LinkResult>>map(token -> () -> service.confirm(token)).toList());

        assertThat(results).extracting(LinkResult::outcome).containsOnly(LinkOutcome.DONE);
        assertThat(people.count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(50);
        assertThat(people.count(seminar, RegistrationStatus.WAITLISTED)).isEqualTo(150);
        assertThat(people.waitlistNumbers(seminar)).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 150).boxed().toList());
        assertThat(people.counters(seminar)).containsExactly(50, 150);
        assertThat(people.mailsAbout(seminar, "registration.seated")).isEqualTo(50);
        assertThat(people.mailsAbout(seminar, "registration.waitlisted")).isEqualTo(150);
    }

    @Test
    void concurrent_cancellations_offer_exactly_as_many_seats_as_were_freed_to_the_head_of_the_waitlist()
            throws Exception {
        long seminar = Participants.seminar(seminars, "Cancellations " + UUID.randomUUID(), 20, false, 30);
        List<String> emails = registerAtOnce(seminar, 40);
        people.atOnce(emails.stream().<Callable<LinkResult>>map(email ->
                () -> service.confirm(people.confirmToken(email))).toList());
        List<String> seated = emails.stream()
                .filter(email -> people.purposesOfMailTo(email).contains("registration.seated")).toList();
        assertThat(seated).hasSize(20);

        List<LinkResult> cancellations = people.atOnce(seated.subList(0, 12).stream()
                .<Callable<LinkResult>>map(email -> () -> service.cancel(
                        people.manageToken(email, "registration.seated"))).toList());

        assertThat(cancellations).extracting(LinkResult::outcome).containsOnly(LinkOutcome.DONE);
        assertThat(people.count(seminar, RegistrationStatus.CANCELLED)).isEqualTo(12);
        assertThat(people.count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(8);
        assertThat(people.count(seminar, RegistrationStatus.OFFERED)).isEqualTo(12);
        assertThat(people.mailsAbout(seminar, "registration.offered")).isEqualTo(12);
        // The offers went to queue places 1–12; 13–20 are still waiting, in order.
        assertThat(people.waitlistNumbers(seminar)).containsExactlyElementsOf(
                IntStream.rangeClosed(13, 20).boxed().toList());
        assertThat(people.counters(seminar)).containsExactly(20, 8);
    }

    @Test
    void the_same_confirmation_link_clicked_eight_times_at_once_has_one_effect() throws Exception {
        long seminar = Participants.seminar(seminars, "Double click " + UUID.randomUUID(), 5, false, 30);
        String email = registerAtOnce(seminar, 1).getFirst();
        String token = people.confirmToken(email);

        List<LinkResult> results = people.atOnce(IntStream.range(0, 8)
                .<Callable<LinkResult>>mapToObj(i -> () -> service.confirm(token)).toList());

        assertThat(results).extracting(LinkResult::outcome).filteredOn(LinkOutcome.DONE::equals).hasSize(1);
        assertThat(results).extracting(LinkResult::outcome).filteredOn(LinkOutcome.ALREADY_DONE::equals).hasSize(7);
        assertThat(results).allSatisfy(result ->
                assertThat(result.registration().orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED));
        assertThat(people.count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(1);
        assertThat(people.mailsAbout(seminar, "registration.seated")).isEqualTo(1);
        assertThat(people.counters(seminar)).containsExactly(1, 0);
    }

    @Test
    void an_offered_seat_claimed_twice_at_once_is_taken_once() throws Exception {
        long seminar = Participants.seminar(seminars, "Claim " + UUID.randomUUID(), 1, false, 30);
        List<String> emails = registerAtOnce(seminar, 2);
        service.confirm(people.confirmToken(emails.get(0)));
        service.confirm(people.confirmToken(emails.get(1)));
        service.cancel(people.manageToken(emails.get(0), "registration.seated"));
        String claim = people.claimToken(emails.get(1));

        List<LinkResult> results = people.atOnce(IntStream.range(0, 6)
                .<Callable<LinkResult>>mapToObj(i -> () -> service.claim(claim)).toList());

        assertThat(results).extracting(LinkResult::outcome).filteredOn(LinkOutcome.DONE::equals).hasSize(1);
        assertThat(people.count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(1);
        assertThat(people.mailsAbout(seminar, "registration.seated")).isEqualTo(2);
        assertThat(people.counters(seminar)).containsExactly(1, 0);
    }

    /** Registers {@code n} people at once, each from their own address; returns their e-mail addresses. */
    private List<String> registerAtOnce(long seminar, int n) throws Exception {
        String domain = UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        List<String> emails = new ArrayList<>();
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String email = "person" + i + "@" + domain;
            String address = "10." + (i / 250) + "." + (i % 250) + ".7";
            emails.add(email);
            var request = Participants.request("Қатысушы Нөмір " + letters(i), email);
            tasks.add(() -> {
                service.register(seminar, request, address);
                return true;
            });
        }
        people.atOnce(tasks);
        return emails;
    }

    /** A name part made of letters only, different for each number. */
    private static String letters(int i) {
        String alphabet = "абвгдежзийклмнопрстуфхцчшэюяәғқңөұүһі";
        StringBuilder text = new StringBuilder();
        do {
            text.append(alphabet.charAt(i % alphabet.length()));
            i /= alphabet.length();
        } while (i > 0);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
