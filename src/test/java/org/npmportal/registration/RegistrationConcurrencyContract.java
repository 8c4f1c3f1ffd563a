package org.npmportal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.LinkTokens;
import org.npmportal.base.StoredTime;
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
    @Autowired
    SeatQueue queue;

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
        // Each answer tells its own place in the queue: nobody cancelled, so the places told are exactly 1–150.
        assertThat(results).map(result -> result.registration().orElseThrow())
                .filteredOn(view -> view.status() == RegistrationStatus.WAITLISTED)
                .map(ParticipantView::placeInQueue).containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 150).boxed().toList());
    }

    @Test
    void confirmations_and_cancellations_at_once_keep_seats_waitlist_and_counters_exact() throws Exception {
        long seminar = Participants.seminar(seminars, "Mixed " + UUID.randomUUID(), 30, false, 30);
        List<String> emails = registerAtOnce(seminar, 100);
        List<String> first = emails.subList(0, 50);
        people.atOnce(first.stream().<Callable<LinkResult>>map(email ->
                () -> service.confirm(people.confirmToken(email))).toList());
        List<String> seated = first.stream()
                .filter(email -> people.purposesOfMailTo(email).contains("registration.seated")).toList();
        List<String> waiting = first.stream()
                .filter(email -> people.purposesOfMailTo(email).contains("registration.waitlisted")).toList();
        assertThat(seated).hasSize(30);
        assertThat(waiting).hasSize(20);

        // In the same crowd: 50 newcomers confirm, 10 seated and 5 waitlisted people cancel.
        List<Callable<LinkResult>> crowd = new ArrayList<>();
        emails.subList(50, 100).forEach(email -> crowd.add(() -> service.confirm(people.confirmToken(email))));
        seated.subList(0, 10).forEach(email -> crowd.add(() -> service.cancel(
                people.manageToken(email, "registration.seated"))));
        waiting.subList(0, 5).forEach(email -> crowd.add(() -> service.cancel(
                people.manageToken(email, "registration.waitlisted"))));
        List<LinkResult> results = people.atOnce(crowd);

        assertThat(results).extracting(LinkResult::outcome).containsOnly(LinkOutcome.DONE);
        int confirmed = people.count(seminar, RegistrationStatus.CONFIRMED);
        int offered = people.count(seminar, RegistrationStatus.OFFERED);
        int waitlisted = people.count(seminar, RegistrationStatus.WAITLISTED);
        // More people want a seat than there are: every seat is held or offered, nobody holds one beyond them.
        assertThat(confirmed + offered).isEqualTo(30);
        assertThat(people.count(seminar, RegistrationStatus.CANCELLED)).isEqualTo(15);
        assertThat(confirmed + offered + waitlisted).isEqualTo(100 - 15);
        assertThat(people.counters(seminar)).containsExactly(30, waitlisted);
        List<Integer> numbers = people.waitlistNumbers(seminar);
        assertThat(numbers).doesNotHaveDuplicates().hasSize(waitlisted);
        // Freed seats are offered to those already waiting, so every newcomer was told a place in the queue.
        List<ParticipantView> told = results.subList(0, 50).stream()
                .map(result -> result.registration().orElseThrow()).toList();
        assertThat(told).extracting(ParticipantView::status).containsOnly(RegistrationStatus.WAITLISTED);
        assertThat(told).filteredOn(view -> view.status() == RegistrationStatus.WAITLISTED)
                .allSatisfy(view -> assertThat(view.placeInQueue()).isBetween(1, 100));
        assertThat(people.mailsAbout(seminar, "registration.seated") + people.mailsAbout(seminar,
                "registration.waitlisted")).isEqualTo(100);
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
    void one_batch_mixing_cancellations_and_confirmations_tells_each_newcomer_its_exact_place() throws Exception {
        long seminar = Participants.seminar(seminars, "One batch " + UUID.randomUUID(), 2, false, 30);
        List<String> emails = registerAtOnce(seminar, 6);
        for (String email : emails.subList(0, 4)) {
            service.confirm(people.confirmToken(email)); // two seats, then waitlist places 1 and 2
        }
        String seatedA = emails.get(0);
        String waiting1 = emails.get(2);

        // Queued behind a running batch, these four run in this order in the next batch (one transaction).
        List<LinkResult> results = OneBatch.run(queue, seminar, List.<Callable<LinkResult>>of(
                () -> service.cancel(people.manageToken(waiting1, "registration.waitlisted")),
                () -> service.confirm(people.confirmToken(emails.get(4))),
                () -> service.cancel(people.manageToken(seatedA, "registration.seated")),
                () -> service.confirm(people.confirmToken(emails.get(5)))).stream().map(people::asVisitor).toList());

        assertThat(results).extracting(LinkResult::outcome).containsOnly(LinkOutcome.DONE);
        // The first newcomer queues behind the one person still waiting; the seat A freed goes to that person,
        // so the second newcomer queues behind the first.
        assertThat(results.get(1).registration().orElseThrow().placeInQueue()).isEqualTo(2);
        assertThat(results.get(3).registration().orElseThrow().placeInQueue()).isEqualTo(2);
        assertThat(people.count(seminar, RegistrationStatus.OFFERED)).isEqualTo(1);
        assertThat(people.count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(1);
        assertThat(people.waitlistNumbers(seminar)).containsExactly(3, 4);
        assertThat(people.counters(seminar)).containsExactly(2, 2);
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
    void a_batch_stores_the_links_it_used_and_the_links_it_mailed_at_its_commit() throws Exception {
        long seminar = Participants.seminar(seminars, "Links at commit " + UUID.randomUUID(), 1, false, 30);
        List<String> emails = registerAtOnce(seminar, 2);
        String first = people.confirmToken(emails.get(0));
        String second = people.confirmToken(emails.get(1));

        // One transaction: the first link twice, then the second link.
        List<LinkResult> results = OneBatch.run(queue, seminar, List.<Callable<LinkResult>>of(
                () -> service.confirm(first), () -> service.confirm(first), () -> service.confirm(second))
                .stream().map(people::asVisitor).toList());

        assertThat(results).extracting(LinkResult::outcome)
                .containsExactly(LinkOutcome.DONE, LinkOutcome.ALREADY_DONE, LinkOutcome.DONE);
        assertThat(usedAt(first)).isNotNull();
        assertThat(usedAt(second)).isNotNull();
        assertThat(people.counters(seminar)).containsExactly(1, 1);
        // The management links in the seat and waitlist mails were written and work: each cancels its registration.
        assertThat(service.cancel(people.manageToken(emails.get(1), "registration.waitlisted")).outcome())
                .isEqualTo(LinkOutcome.DONE);
        assertThat(service.cancel(people.manageToken(emails.get(0), "registration.seated")).outcome())
                .isEqualTo(LinkOutcome.DONE);
        assertThat(people.counters(seminar)).containsExactly(0, 0);
    }

    @Test
    void a_link_used_elsewhere_while_its_batch_ran_is_not_used_again_and_the_batch_leaves_nothing_behind()
            throws Exception {
        long seminar = Participants.seminar(seminars, "Used meanwhile " + UUID.randomUUID(), 5, false, 30);
        List<String> emails = registerAtOnce(seminar, 2);
        String raced = people.confirmToken(emails.get(0));
        String other = people.confirmToken(emails.get(1));
        int mailsBefore = jdbc.queryForObject("select count(*) from mail_outbox", Integer.class);
        int linksBefore = jdbc.queryForObject("select count(*) from registration_token", Integer.class);

        // After the batch has read the raced link and decided to use it, another transaction uses it without the
        // seminar's lock (no code of the portal does; the database's check at the commit must catch it anyway).
        List<LinkResult> results = OneBatch.run(queue, seminar, List.<Callable<LinkResult>>of(
                () -> service.confirm(raced),
                () -> queue.run(seminar, null, null, s -> useElsewhere(raced)),
                () -> service.confirm(other)).stream().map(people::asVisitor).toList());

        // The batch failed at its commit and ran again one action at a time: the raced link had been used.
        assertThat(results.get(0).outcome()).isEqualTo(LinkOutcome.ALREADY_DONE);
        assertThat(results.get(0).registration().orElseThrow().status()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(results.get(2).outcome()).isEqualTo(LinkOutcome.DONE);
        assertThat(people.count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(1);
        assertThat(people.counters(seminar)).containsExactly(1, 0);
        // Only the second person's seat mail and its management link: nothing of the failed batch was written.
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class)).isEqualTo(mailsBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from registration_token", Integer.class))
                .isEqualTo(linksBefore + 1);
    }

    /** Marks the link used in a transaction of its own, on another thread, and waits for its commit. */
    private LinkResult useElsewhere(String token) {
        try (var thread = java.util.concurrent.Executors.newSingleThreadExecutor()) {
            thread.submit(() -> jdbc.update("update registration_token set used_at = ? "
                    + "where token_hash = ? and used_at is null", StoredTime.of(Instant.now()), LinkTokens.hash(token)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    private java.sql.Timestamp usedAt(String token) {
        return jdbc.queryForObject("select used_at from registration_token where token_hash = ?",
                java.sql.Timestamp.class, LinkTokens.hash(token));
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
