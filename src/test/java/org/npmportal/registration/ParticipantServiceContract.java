package org.npmportal.registration;

import org.npmportal.support.AtOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.DashboardFigure;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.npmportal.seminar.SeminarService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What organisers do with participants, checked on the stored state and the mail written, against a
 * real database: H2 in {@link ParticipantServiceTest} and MariaDB in {@link ParticipantServiceMariaDbIT}.
 */
@WithUserDetails("organiser")
abstract class ParticipantServiceContract {

    private static final Pattern INVITATION = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})");
    private static final Pattern MANAGE = Pattern.compile("/registration/([A-Za-z0-9_-]{43})");

    @Autowired
    ParticipantService participants;
    @Autowired
    ParticipantExport export;
    @Autowired
    RegistrationService registration;
    @Autowired
    SeminarService seminars;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    TestRegistrations people;

    @BeforeEach
    void people() {
        people = new TestRegistrations(registration, jdbc);
    }

    // ---- decisions ----

    @Test
    void approving_five_requests_for_three_seats_seats_the_first_three_confirmed_and_waitlists_two() {
        long seminar = TestRegistrations.seminar(seminars, "Approval", 3, true);
        List<String> emails = IntStream.range(0, 5)
                .mapToObj(i -> people.confirmed(seminar, "Адам Нөмір " + letter(i), "p" + i)).toList();
        assertThat(count(seminar, RegistrationStatus.AWAITING_APPROVAL)).isEqualTo(5);
        List<Long> ids = emails.stream().map(email -> people.idOf(seminar, email)).toList();

        ApprovalResult result = participants.approve(seminar, ids.reversed());

        assertThat(result).isEqualTo(new ApprovalResult(3, 2, 0));
        assertThat(emails.subList(0, 3)).allSatisfy(email ->
                assertThat(people.statusOf(seminar, email)).isEqualTo("CONFIRMED"));
        assertThat(emails.subList(3, 5)).allSatisfy(email ->
                assertThat(people.statusOf(seminar, email)).isEqualTo("WAITLISTED"));
        assertThat(waitlistNumbers(seminar)).containsExactly(1, 2);
        assertThat(counters(seminar)).containsExactly(3, 2);
        assertThat(mailsAbout(seminar, "registration.seated")).isEqualTo(3);
        assertThat(mailsAbout(seminar, "registration.waitlisted")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REGISTRATION_APPROVED' "
                + "and entity_type = 'registration' and entity_id in (" + join(ids) + ")", Integer.class)).isEqualTo(5);
        assertThat(participants.counts(seminar).of(RegistrationStatus.CONFIRMED)).isEqualTo(3);

        assertThat(participants.approve(seminar, ids)).isEqualTo(new ApprovalResult(0, 0, 5));
        assertThat(counters(seminar)).containsExactly(3, 2);
    }

    @Test
    void rejecting_with_a_message_ends_the_request_and_mails_the_message_to_that_person_only() {
        long seminar = TestRegistrations.seminar(seminars, "Rejection", 5, true);
        String rejected = people.confirmed(seminar, "Бауыржан Сәтбаев", "baurzhan");
        String kept = people.confirmed(seminar, "Сәуле Нұрова", "saule");

        int done = participants.reject(seminar, List.of(people.idOf(seminar, rejected)),
                "  Бұл семинар тек өңірлік топтарға арналған.\r\nКелесі семинарға тіркеліңіз.  ");

        assertThat(done).isEqualTo(1);
        assertThat(jdbc.queryForMap("select status, ended_by, decision_message from registration where email = ?",
                rejected)).containsEntry("status", "REJECTED").containsEntry("ended_by", "ORGANISER")
                .containsEntry("decision_message",
                        "Бұл семинар тек өңірлік топтарға арналған.\nКелесі семинарға тіркеліңіз.");
        assertThat(people.lastMail(rejected, "registration.rejected"))
                .contains("Бұл семинар тек өңірлік топтарға арналған.");
        assertThat(people.statusOf(seminar, kept)).isEqualTo("AWAITING_APPROVAL");
        assertThat(people.purposesOfMailTo(kept)).doesNotContain("registration.rejected");
    }

    @Test
    void a_message_longer_than_allowed_is_refused_and_nothing_changes() {
        long seminar = TestRegistrations.seminar(seminars, "Long message", 5, true);
        String email = people.confirmed(seminar, "Ержан Қали", "erzhan");
        long id = people.idOf(seminar, email);

        String tooLong = "ы".repeat(RegistrationService.MESSAGE_MAX + 1);
        assertThatThrownBy(() -> participants.reject(seminar, List.of(id), tooLong))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("message", "participants.message.size")));
        assertThatThrownBy(() -> participants.cancel(seminar, List.of(id), "bell\u0007"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(people.statusOf(seminar, email)).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void an_organiser_cancelling_a_seat_offers_it_to_the_first_on_the_waitlist_at_once() {
        long seminar = TestRegistrations.seminar(seminars, "Organiser cancels", 1, false);
        String seated = people.confirmed(seminar, "Алия Омарова", "aliya");
        String first = people.confirmed(seminar, "Болат Жанұзақов", "bolat");
        String second = people.confirmed(seminar, "Гүлмира Әли", "gulmira");

        int cancelled = participants.cancel(seminar, List.of(people.idOf(seminar, seated)), "Орын қайталанған.");

        assertThat(cancelled).isEqualTo(1);
        assertThat(jdbc.queryForMap("select status, ended_by, decision_message from registration where email = ?",
                seated)).containsEntry("status", "CANCELLED").containsEntry("ended_by", "ORGANISER")
                .containsEntry("decision_message", "Орын қайталанған.");
        assertThat(people.lastMail(seated, "registration.cancelledByOrganiser")).contains("Орын қайталанған.");
        assertThat(people.statusOf(seminar, first)).isEqualTo("OFFERED");
        assertThat(people.purposesOfMailTo(first)).endsWith("registration.offered");
        assertThat(people.statusOf(seminar, second)).isEqualTo("WAITLISTED");
        assertThat(counters(seminar)).containsExactly(1, 1);
    }

    @Test
    void cancelling_a_seat_and_the_head_of_the_waitlist_together_offers_the_seat_to_the_next_person() {
        long seminar = TestRegistrations.seminar(seminars, "Bulk cancel", 1, false);
        String seated = people.confirmed(seminar, "Алия Омарова", "aliya");
        String first = people.confirmed(seminar, "Болат Жанұзақов", "bolat");
        String second = people.confirmed(seminar, "Гүлмира Әли", "gulmira");

        int cancelled = participants.cancel(seminar,
                List.of(people.idOf(seminar, seated), people.idOf(seminar, first)), null);

        assertThat(cancelled).isEqualTo(2);
        assertThat(people.purposesOfMailTo(first)).doesNotContain("registration.offered");
        assertThat(people.statusOf(seminar, second)).isEqualTo("OFFERED");
        assertThat(counters(seminar)).containsExactly(1, 0);
    }

    @Test
    void the_list_tells_each_waiting_person_their_place_on_any_page_after_people_left_the_queue() {
        long seminar = TestRegistrations.seminar(seminars, "Queue places", 1, false);
        List<String> emails = IntStream.range(0, 8)
                .mapToObj(i -> people.confirmed(seminar, "Қатысушы " + letter(i), "q" + i)).toList();
        // One seat, waitlist numbers 1–7; numbers 2 and 5 leave the queue, so 1, 3, 4, 6, 7 wait in that order.
        participants.cancel(seminar, List.of(people.idOf(seminar, emails.get(2)), people.idOf(seminar, emails.get(5))),
                null);
        var waiting = new ParticipantFilter(Set.of(RegistrationStatus.WAITLISTED), null, null);

        // Newest first, two to a page: each row on every page has the place its number has in the queue.
        Sort newestFirst = Sort.by(Sort.Direction.DESC, "createdAt");
        List<ParticipantRow> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(participants.list(seminar, waiting, PageRequest.of(page, 2, newestFirst)));
        }
        assertThat(paged).extracting(ParticipantRow::waitlistNumber, ParticipantRow::placeInQueue)
                .containsExactlyInAnyOrder(tuple(1, 1L), tuple(3, 2L), tuple(4, 3L), tuple(6, 4L), tuple(7, 5L));
        // Everyone on one page, and those not waiting have no place.
        assertThat(participants.list(seminar, ParticipantFilter.all(), PageRequest.of(0, 20)))
                .filteredOn(row -> row.status() != RegistrationStatus.WAITLISTED)
                .extracting(ParticipantRow::placeInQueue).containsOnly(0L);
        assertThat(participants.list(seminar, waiting, PageRequest.of(0, 20, Sort.by("createdAt"))))
                .extracting(ParticipantRow::placeInQueue).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void two_organisers_approving_forty_times_at_once_give_exactly_the_ten_seats_and_a_gapless_waitlist()
            throws Exception {
        long seminar = TestRegistrations.seminar(seminars, "Approval storm", 10, true);
        List<Long> ids = IntStream.range(0, 30)
                .mapToObj(i -> people.idOf(seminar, people.confirmed(seminar, "Қатысушы " + letter(i), "s" + i)))
                .toList();
        Authentication organiser = security.getContext().getAuthentication();
        Authentication admin = new UsernamePasswordAuthenticationToken("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
        List<Callable<ApprovalResult>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long mine = ids.get(i);
            long theirs = ids.get(i + 10);
            tasks.add(as(organiser, () -> participants.approve(seminar, List.of(mine))));
            tasks.add(as(admin, () -> participants.approve(seminar, List.of(theirs))));
        }

        List<ApprovalResult> results = atOnce(tasks);

        assertThat(results.stream().mapToInt(ApprovalResult::seated).sum()).isEqualTo(10);
        assertThat(results.stream().mapToInt(ApprovalResult::waitlisted).sum()).isEqualTo(20);
        assertThat(results.stream().mapToInt(ApprovalResult::skipped).sum()).isEqualTo(10);
        assertThat(count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(10);
        assertThat(count(seminar, RegistrationStatus.WAITLISTED)).isEqualTo(20);
        assertThat(waitlistNumbers(seminar)).containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(counters(seminar)).containsExactly(10, 20);
        assertThat(mailsAbout(seminar, "registration.seated")).isEqualTo(10);
        assertThat(mailsAbout(seminar, "registration.waitlisted")).isEqualTo(20);
    }

    @Test
    void decisions_on_a_seminar_that_is_no_longer_public_are_refused() {
        long seminar = TestRegistrations.seminar(seminars, "Cancelled seminar", 5, true);
        String email = people.confirmed(seminar, "Ержан Қали", "erzhan");
        seminars.cancel(seminar, "Қаражат жоқ");

        assertThatThrownBy(() -> participants.approve(seminar, List.of(people.idOf(seminar, email))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("participants.seminarNotOpen"));
        // Cancelling the seminar ended the request; approving cannot bring it back.
        assertThat(people.statusOf(seminar, email)).isEqualTo("CANCELLED");
    }

    // ---- writing to participants ----

    @Test
    void a_message_to_chosen_groups_writes_one_mail_to_each_person_in_them_with_their_own_link() {
        long seminar = TestRegistrations.seminar(seminars, "Message", 1, false);
        String seated = people.confirmed(seminar, "Алия Омарова", "aliya");
        String waiting = people.confirmed(seminar, "Болат Жанұзақов", "bolat");
        String pending = people.register(seminar, "Гүлмира Әли", "gulmira", null, null);

        int written = participants.write(seminar, Set.of(RegistrationStatus.CONFIRMED, RegistrationStatus.PENDING),
                "  Залға кіру  ", "Құрметті қатысушылар!\r\nЖеке куәлігіңізді алыңыз.");

        assertThat(written).isEqualTo(2);
        String mail = people.lastMail(seated, "registration.organiserMessage");
        assertThat(mail).startsWith("Құрметті қатысушылар!\nЖеке куәлігіңізді алыңыз.");
        assertThat(jdbc.queryForObject("select subject from mail_outbox where recipient = ? and purpose = ?",
                String.class, seated, "registration.organiserMessage")).isEqualTo("Залға кіру");
        assertThat(registration.look(TestRegistrations.token(MANAGE, mail)).registration().orElseThrow().email())
                .isEqualTo(seated);
        assertThat(people.purposesOfMailTo(pending)).contains("registration.organiserMessage");
        assertThat(people.purposesOfMailTo(waiting)).doesNotContain("registration.organiserMessage");
    }

    @Test
    void a_message_without_groups_subject_or_with_control_characters_is_refused_per_field() {
        long seminar = TestRegistrations.seminar(seminars, "Bad message", 5, false);
        String seated = people.confirmed(seminar, "Алия Омарова", "aliya");

        assertThatThrownBy(() -> participants.write(seminar, Set.of(), " ", "Text\u0000"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("groups", "participants.write.groups.required"),
                        new FieldProblem("subject", "participants.write.subject.required"),
                        new FieldProblem("body", "participants.text.controlCharacters")));
        assertThatThrownBy(() -> participants.write(seminar, Set.of(RegistrationStatus.CANCELLED), "S", "B"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(people.purposesOfMailTo(seated)).doesNotContain("registration.organiserMessage");
    }

    // ---- invitations ----

    @Test
    void an_invitation_list_with_one_bad_line_invites_nobody_and_names_that_line() {
        long seminar = TestRegistrations.seminar(seminars, "Bad invitations", 20, false);
        String text = "Name;Email;Language\n"
                + "Асель Қасымова;" + people.email("asel") + ";kk\n"
                + "\n"
                + "Marat Omarov;marat-at-example.kz;ru\n"
                + "Dana White;" + people.email("dana") + ";de\n"
                + "Асель Қасымова;" + people.email("ASEL") + ";kk\n";

        assertThatThrownBy(() -> participants.invite(seminar, text, Language.EN))
                .isInstanceOfSatisfying(InvalidInvitationsException.class, e -> assertThat(e.lines()).containsExactly(
                        new InvitationProblem(4, "registration.email.invalid"),
                        new InvitationProblem(5, "participants.invite.language.unknown"),
                        new InvitationProblem(6, "participants.invite.duplicate")));
        assertThat(jdbc.queryForObject("select count(*) from invitation where seminar_id = ?", Integer.class, seminar))
                .isZero();
        assertThat(people.purposesOfMailTo(people.email("asel"))).isEmpty();
    }

    @Test
    void good_invitations_mail_each_person_a_link_in_their_language_and_sending_again_renews_the_link() {
        long seminar = TestRegistrations.seminar(seminars, "Invitations", 20, false);
        String registered = people.confirmed(seminar, "Ерлан Ахметов", "erlan");
        String text = "\uFEFF\"Асель Қасымова\",\"" + people.email("Asel") + "\",\"KK\"\r\n"
                + "Марат Омаров\t" + people.email("marat") + "\tru\r\n"
                + "Dana White;" + people.email("dana") + "\r\n"
                + "Ерлан Ахметов," + registered + ",kk\r\n";

        InvitationResult result = participants.invite(seminar, text, Language.EN);

        assertThat(result).isEqualTo(new InvitationResult(3, 0, 1));
        assertThat(jdbc.queryForList("select language from invitation where seminar_id = ? order by email",
                String.class, seminar)).containsExactly("KK", "EN", "RU");
        String kazakh = people.lastMail(people.email("asel"), "registration.invitation");
        assertThat(kazakh).contains("Асель Қасымова", "Семинар: Invitations");
        String english = people.lastMail(people.email("dana"), "registration.invitation");
        assertThat(english).contains("Dana White");
        String token = TestRegistrations.token(INVITATION, kazakh);
        assertThat(registration.invitation(token).orElseThrow().fullName()).isEqualTo("Асель Қасымова");
        assertThat(people.purposesOfMailTo(registered)).doesNotContain("registration.invitation");

        assertThat(participants.invite(seminar, "Асель Қасымова, " + people.email("asel") + ", ru", Language.EN))
                .isEqualTo(new InvitationResult(0, 1, 0));
        assertThat(registration.invitation(token)).isEmpty();
        String renewed = TestRegistrations.token(INVITATION, people.lastMail(people.email("asel"),
                "registration.invitation"));
        assertThat(registration.invitation(renewed).orElseThrow().language()).isEqualTo(Language.RU);
        assertThat(participants.invitations(seminar, PageRequest.of(0, 10))).extracting(InvitationRow::email)
                .containsExactly(people.email("dana"), people.email("asel"), people.email("marat"));
        assertThat(participants.countInvitations(seminar)).isEqualTo(3);
    }

    @Test
    void an_invited_person_who_registers_shows_their_status_in_the_invitation_list() {
        long seminar = TestRegistrations.seminar(seminars, "Invited registers", 20, false);
        participants.invite(seminar, "Дина Серікова;" + people.email("dina"), Language.KK);

        people.confirmed(seminar, "Дина Серікова", "dina");

        assertThat(participants.invitations(seminar, PageRequest.of(0, 10))).singleElement()
                .satisfies(row -> assertThat(row.registrationStatus()).isEqualTo(RegistrationStatus.CONFIRMED));
    }

    @Test
    void an_uploaded_list_is_read_as_utf8_text_and_anything_else_is_refused_whatever_its_name() {
        long seminar = TestRegistrations.seminar(seminars, "Upload", 20, false);
        byte[] csv = ("\uFEFFФИО;Email;Язык\r\nӘлия Ғабитқызы;" + people.email("aliya") + ";kk\r\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(participants.inviteFile(seminar, csv, Language.EN)).isEqualTo(new InvitationResult(1, 0, 0));

        byte[] utf16 = ("Name,Email\r\nDana White," + people.email("dana")).getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> participants.inviteFile(seminar, utf16, Language.EN))
                .isInstanceOfSatisfying(InvalidInvitationsException.class, e -> assertThat(e.lines())
                        .containsExactly(new InvitationProblem(0, "participants.invite.file.notText")));
        byte[] latin1 = "Zoë Brontë,zoe@example.org".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> participants.inviteFile(seminar, latin1, Language.EN))
                .isInstanceOf(InvalidInvitationsException.class);
        assertThatThrownBy(() -> participants.inviteFile(seminar, new byte[ParticipantService.UPLOAD_MAX_BYTES + 1],
                Language.EN)).isInstanceOfSatisfying(InvalidInvitationsException.class, e -> assertThat(e.lines())
                        .containsExactly(new InvitationProblem(0, "participants.invite.file.tooLarge")));
        assertThat(jdbc.queryForObject("select count(*) from invitation where seminar_id = ?", Integer.class, seminar))
                .isEqualTo(1);
    }

    @Test
    void a_list_of_more_than_five_hundred_people_is_refused() {
        long seminar = TestRegistrations.seminar(seminars, "Too many", 20, false);
        String text = String.join("\n", IntStream.range(0, 501)
                .mapToObj(i -> "Person Number," + people.email("n" + i)).toList());

        assertThatThrownBy(() -> participants.invite(seminar, text, Language.EN))
                .isInstanceOfSatisfying(InvalidInvitationsException.class, e -> assertThat(e.lines())
                        .containsExactly(new InvitationProblem(501, "participants.invite.tooMany")));
    }

    // ---- check-in ----

    @Test
    void check_in_marks_and_unmarks_a_participant_on_each_seminar_day() {
        long seminar = TestRegistrations.seminar(seminars, "Check-in", 1, false);
        String seated = people.confirmed(seminar, "Алия Омарова", "aliya");
        String waiting = people.confirmed(seminar, "Болат Жанұзақов", "bolat");
        long id = people.idOf(seminar, seated);
        List<LocalDate> days = participants.seminar(seminar).orElseThrow().days();
        assertThat(days).hasSize(2);

        assertThat(participants.markPresent(seminar, id, days.get(0))).isTrue();
        assertThat(participants.markPresent(seminar, id, days.get(0))).isFalse();
        assertThat(participants.markPresent(seminar, id, days.get(1))).isTrue();
        assertThat(participants.markAbsent(seminar, id, days.get(1))).isTrue();
        assertThat(participants.markAbsent(seminar, id, days.get(1))).isFalse();

        assertThat(jdbc.queryForList("select attended_on from attendance where registration_id = ?", LocalDate.class,
                id)).containsExactly(days.get(0));
        assertThat(jdbc.queryForObject("select marked_by from attendance where registration_id = ?", String.class, id))
                .isEqualTo("organiser");
        assertThat(participants.presentPerDay(seminar)).containsExactly(
                java.util.Map.entry(days.get(0), 1L), java.util.Map.entry(days.get(1), 0L));
        assertThat(participants.checkInList(seminar, days.get(0), "алия", PageRequest.of(0, 10)))
                .containsExactly(new CheckInRow(id, "Алия Омарова", "Адам құқықтары бюросы", seated, true));
        assertThat(participants.checkInList(seminar, days.get(1), null, PageRequest.of(0, 10)))
                .extracting(CheckInRow::present).containsExactly(false);
        assertThat(participants.checkInCount(seminar, "болат")).isZero();
        assertThat(participants.list(seminar, ParticipantFilter.all(), PageRequest.of(0, 10)))
                .filteredOn(row -> row.id() == id).singleElement()
                .satisfies(row -> assertThat(row.attendedDays()).isEqualTo(1));

        long waitingId = people.idOf(seminar, waiting);
        assertThatThrownBy(() -> participants.markPresent(seminar, waitingId, days.get(0)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("participants.checkIn.notConfirmed"));
        assertThatThrownBy(() -> participants.markPresent(seminar, id, days.get(1).plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("day", "participants.checkIn.day.invalid")));
    }

    @Test
    void the_same_person_marked_present_from_two_tablets_at_once_is_stored_once() throws Exception {
        long seminar = TestRegistrations.seminar(seminars, "Two tablets", 5, false);
        long id = people.idOf(seminar, people.confirmed(seminar, "Алия Омарова", "aliya"));
        LocalDate day = participants.seminar(seminar).orElseThrow().days().getFirst();
        Authentication organiser = security.getContext().getAuthentication();

        List<Boolean> results = atOnce(IntStream.range(0, 8)
                .mapToObj(i -> as(organiser, () -> participants.markPresent(seminar, id, day))).toList());

        assertThat(results).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from attendance where registration_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    // ---- the list and exports ----

    @Test
    void the_list_filters_by_status_text_and_region_sorts_and_pages_without_overlap() {
        long seminar = TestRegistrations.seminar(seminars, "List", 2, false);
        people.confirmed(seminar, "Ая Бекова", "aya", "Ombudsman Office", "ASTANA");
        people.confirmed(seminar, "Бота Жұмабаева", "bota", "Қоғамдық бірлестік «Құқық»", "ALMATY_CITY");
        people.confirmed(seminar, "Вера Ким", "vera", "PRI 100%_office", "ASTANA");
        people.confirmed(seminar, "Гани Оспан", "gani", null, null);
        people.register(seminar, "Дана Ли", "dana", "Ombudsman Office", "ASTANA");
        long astana = jdbc.queryForObject("select id from region where code = 'ASTANA'", Long.class);

        assertThat(names(seminar, ParticipantFilter.all(), PageRequest.of(0, 2, Sort.by("fullName"))))
                .containsExactly("Ая Бекова", "Бота Жұмабаева");
        assertThat(names(seminar, ParticipantFilter.all(), PageRequest.of(1, 2, Sort.by("fullName"))))
                .containsExactly("Вера Ким", "Гани Оспан");
        assertThat(names(seminar, ParticipantFilter.all(), PageRequest.of(2, 2, Sort.by("fullName"))))
                .containsExactly("Дана Ли");
        assertThat(names(seminar, new ParticipantFilter(Set.of(RegistrationStatus.WAITLISTED), null, null),
                PageRequest.of(0, 10))).containsExactly("Вера Ким", "Гани Оспан");
        assertThat(names(seminar, new ParticipantFilter(Set.of(), "OMBUDSMAN", astana), PageRequest.of(0, 10)))
                .containsExactly("Ая Бекова", "Дана Ли");
        assertThat(names(seminar, new ParticipantFilter(Set.of(), "құқық", null), PageRequest.of(0, 10)))
                .containsExactly("Бота Жұмабаева");
        assertThat(names(seminar, new ParticipantFilter(Set.of(), "100%_", null), PageRequest.of(0, 10)))
                .containsExactly("Вера Ким");
        assertThat(names(seminar, new ParticipantFilter(Set.of(), "%", null), PageRequest.of(0, 10)))
                .as("% and _ are taken literally").containsExactly("Вера Ким");
        assertThat(names(seminar, new ParticipantFilter(Set.of(), "vera@", null), PageRequest.of(0, 10)))
                .containsExactly("Вера Ким");
        assertThat(participants.count(seminar, new ParticipantFilter(Set.of(), null, astana))).isEqualTo(3);
        assertThat(names(seminar, ParticipantFilter.all(), PageRequest.of(0, 10, Sort.by("status", "fullName"))))
                .containsExactly("Дана Ли", "Ая Бекова", "Бота Жұмабаева", "Вера Ким", "Гани Оспан");

        List<ParticipantRow> waiting = participants.list(seminar,
                new ParticipantFilter(Set.of(RegistrationStatus.WAITLISTED), null, null), PageRequest.of(0, 10));
        assertThat(waiting).extracting(ParticipantRow::placeInQueue).containsExactly(1L, 2L);
        assertThat(waiting.getFirst().regionName(Locale.forLanguageTag("ru"))).isEqualTo("Астана");
        assertThat(waiting.getFirst().emailConfirmedAt()).isNotNull();
        var counts = participants.counts(seminar);
        assertThat(counts.capacity()).isEqualTo(2);
        assertThat(counts.seatsTaken()).isEqualTo(2);
        assertThat(counts.of(RegistrationStatus.WAITLISTED)).isEqualTo(2);
        assertThat(counts.of(RegistrationStatus.PENDING)).isEqualTo(1);
    }

    @Test
    void the_csv_export_starts_with_a_byte_order_mark_has_russian_headers_and_neutralises_formulas() throws Exception {
        long seminar = TestRegistrations.seminar(seminars, "CSV", 5, false);
        people.confirmed(seminar, "Ая Бекова", "aya", "=HYPERLINK(\"http://evil.example\",\"x\")", "ASTANA");
        people.confirmed(seminar, "Бота Жұмабаева", "bota", "+77001234567", null);
        var zone = participants.seminar(seminar).orElseThrow().zone();
        var out = new ByteArrayOutputStream();

        export.writeCsv(participants.all(seminar, ParticipantFilter.all()), zone, Locale.forLanguageTag("ru"), out);

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("ФИО,Эл. почта,Организация");
        assertThat(lines[1])
                .startsWith("Ая Бекова," + people.email("aya") + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
                .contains(",Астана,Қазақша,Место подтверждено,");
        assertThat(lines[2]).contains(",'+77001234567,");
    }

    @Test
    void the_excel_export_reads_back_with_a_header_and_one_row_per_participant() throws Exception {
        long seminar = TestRegistrations.seminar(seminars, "XLSX", 5, false);
        people.confirmed(seminar, "Ая Бекова", "aya");
        people.confirmed(seminar, "Бота Жұмабаева", "bota");
        var zone = participants.seminar(seminar).orElseThrow().zone();
        var out = new ByteArrayOutputStream();

        export.writeXlsx(participants.all(seminar, ParticipantFilter.all()), zone, Locale.forLanguageTag("kk"), out);

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Аты-жөні");
            assertThat(rows.subList(1, 3)).extracting(row -> row.getCellText(0))
                    .containsExactly("Ая Бекова", "Бота Жұмабаева");
            assertThat(rows.get(1).getCellText(1)).isEqualTo(people.email("aya"));
        }
    }

    // ---- who may ----

    @Test
    @WithUserDetails("finance")
    void a_finance_user_may_not_read_or_change_participants() {
        assertThatThrownBy(() -> participants.list(1, ParticipantFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> participants.approve(1, List.of(1L)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(participants.dashboardFigures()).isEmpty();
    }

    @Test
    @WithUserDetails("commission1")
    void a_commission_member_may_not_write_to_participants_or_check_them_in() {
        assertThatThrownBy(() -> participants.write(1, Set.of(RegistrationStatus.CONFIRMED), "S", "B"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> participants.markPresent(1, 1, LocalDate.now()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void organisers_see_requests_awaiting_approval_and_people_on_waitlists_on_the_dashboard() {
        long seminar = TestRegistrations.seminar(seminars, "Dashboard", 5, true);
        people.confirmed(seminar, "Ая Бекова", "aya");

        assertThat(participants.dashboardFigures()).extracting(DashboardFigure::labelKey)
                .containsExactly("participants.figure.awaitingApproval", "participants.figure.waitlisted");
        assertThat(participants.dashboardFigures().getFirst().value()).isPositive();
    }

    // ---- helpers ----

    private List<String> names(long seminar, ParticipantFilter filter, PageRequest page) {
        return participants.list(seminar, filter, page).stream().map(ParticipantRow::fullName).toList();
    }

    private int count(long seminarId, RegistrationStatus status) {
        return jdbc.queryForObject("select count(*) from registration where seminar_id = ? and status = ?",
                Integer.class, seminarId, status.name());
    }

    private List<Integer> waitlistNumbers(long seminarId) {
        return jdbc.queryForList("select waitlist_number from registration where seminar_id = ? and status = ? "
                + "order by waitlist_number", Integer.class, seminarId, RegistrationStatus.WAITLISTED.name());
    }

    private int[] counters(long seminarId) {
        return jdbc.queryForObject("select seats_taken, waitlist_length from seminar where id = ?",
                (rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}, seminarId);
    }

    private int mailsAbout(long seminarId, String purpose) {
        return jdbc.queryForObject("select count(*) from mail_outbox m join registration r on r.id = m.reference_id "
                + "where r.seminar_id = ? and m.purpose = ?", Integer.class, seminarId, purpose);
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** A name part of letters only, different for each number. */
    private static String letter(int i) {
        String alphabet = "абвгдежзийклмнопрстуфхцчшэюяәғқңөұүһі";
        StringBuilder text = new StringBuilder();
        do {
            text.append(alphabet.charAt(i % alphabet.length()));
            i /= alphabet.length();
        } while (i > 0);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private <T> Callable<T> as(Authentication user, Callable<T> task) {
        return () -> {
            security.setContext(new SecurityContextImpl(user));
            try {
                return task.call();
            } finally {
                security.clearContext();
            }
        };
    }

    private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        return AtOnce.run(tasks);
    }
}
