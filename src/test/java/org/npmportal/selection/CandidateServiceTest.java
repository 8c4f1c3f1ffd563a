package org.npmportal.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** What organisers do with a round's candidates, and what the commission may read of them. */
@PortalTest
@WithUserDetails("organiser")
class CandidateServiceTest {

    @Autowired
    CandidateService service;
    @Autowired
    SelectionService rounds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectProvider<RosterHistory> rosterHistory;

    Applicants people;

    @BeforeEach
    void applicants() {
        people = new Applicants(jdbc, security, users);
    }

    // ---- adding and editing ----

    @Test
    void an_added_candidate_is_active_gets_the_next_code_and_is_stored_with_its_address_in_lower_case() {
        long round = TestRounds.open(rounds, "Add");

        var first = service.add(round, people.candidate("  Айжан   Серікова ", "Aizhan@" + people.domain));
        var second = service.add(round, people.candidate("Болат Омаров", people.email("bolat")));

        assertThat(first.getCode()).isEqualTo("C-001");
        assertThat(second.getCode()).isEqualTo("C-002");
        assertThat(people.stored(round, people.email("aizhan")))
                .containsEntry("full_name", "Айжан Серікова").containsEntry("status", "ACTIVE")
                .containsEntry("source", "ADDED").containsEntry("code", "C-001");
        assertThat(people.audit("CANDIDATE_ADDED", first.getId())).containsExactly("C-001 in round " + round);
    }

    @Test
    void a_second_candidate_with_the_same_address_in_the_round_is_refused_on_the_email_field_and_nothing_is_stored() {
        long round = TestRounds.open(rounds, "Same address");
        service.add(round, people.candidate("Айжан Серікова", people.email("aizhan")));

        assertThatThrownBy(() -> service.add(round, people.candidate("Other Person", people.email("AIZHAN"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("email", "selection.candidate.email.taken")));

        assertThat(people.candidates(round)).isEqualTo(1);
        long other = TestRounds.open(rounds, "Same address elsewhere");
        assertThat(service.add(other, people.candidate("Айжан Серікова", people.email("aizhan"))).getCode())
                .as("another round may have the same person").isEqualTo("C-001");
    }

    @Test
    void a_candidate_breaking_the_rules_is_refused_field_by_field_and_nothing_is_stored() {
        long round = TestRounds.open(rounds, "Rules");
        var bad = people.candidate("", "not-an-address");
        bad.setPhone("call me");
        bad.setRegionId(999_999L);
        bad.setOrganisation("Ұйым\u202Eevil");

        assertThatThrownBy(() -> service.add(round, bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("fullName", "selection.candidate.fullName.required"),
                                tuple("email", "selection.candidate.email.invalid"),
                                tuple("phone", "selection.candidate.phone.invalid"),
                                tuple("organisation",
                                        "selection.candidate.text.controlCharacters"),
                                tuple("regionId", "selection.candidate.region.unknown")));
        assertThat(people.candidates(round)).isZero();
    }

    @Test
    void an_edit_saves_the_details_and_records_which_fields_changed_but_keeps_code_status_and_source() {
        long round = TestRounds.open(rounds, "Edit");
        long id = service.add(round, people.candidate("Айжан Серікова", people.email("aizhan"))).getId();
        var edited = service.get(id).orElseThrow();
        edited.setOrganisation("Қазақстан халықаралық адам құқықтары бюросы");
        edited.setMotivation("Превенция пыток\r\nи жестокого обращения");
        edited.setLanguage(Language.KK);

        service.update(edited);

        assertThat(people.stored(round, people.email("aizhan")))
                .containsEntry("organisation", "Қазақстан халықаралық адам құқықтары бюросы")
                .containsEntry("motivation", "Превенция пыток\nи жестокого обращения")
                .containsEntry("language", "KK").containsEntry("code", "C-001").containsEntry("status", "ACTIVE")
                .containsEntry("source", "ADDED");
        assertThat(people.audit("CANDIDATE_UPDATED", id)).containsExactly("C-001: organisation, motivation, language");
    }

    @Test
    void an_edit_made_on_an_outdated_copy_is_refused_and_the_stored_candidate_keeps_the_newer_edit() {
        long round = TestRounds.open(rounds, "Outdated");
        long id = service.add(round, people.candidate("Айжан Серікова", people.email("aizhan"))).getId();
        var mine = service.get(id).orElseThrow();
        var theirs = service.get(id).orElseThrow();
        theirs.setPhone("+7 727 000 00 00");
        service.update(theirs);

        mine.setPhone("+7 701 111 11 11");
        assertThatThrownBy(() -> service.update(mine))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.concurrentChange"));

        assertThat(people.stored(round, people.email("aizhan"))).containsEntry("phone", "+7 727 000 00 00");
    }

    @Test
    void changing_a_candidates_address_to_one_another_candidate_has_is_refused() {
        long round = TestRounds.open(rounds, "Address change");
        service.add(round, people.candidate("Айжан Серікова", people.email("aizhan")));
        long id = service.add(round, people.candidate("Болат Омаров", people.email("bolat"))).getId();
        var edited = service.get(id).orElseThrow();
        edited.setEmail(people.email("aizhan"));

        assertThatThrownBy(() -> service.update(edited)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::messageKey)
                        .containsExactly("selection.candidate.email.taken"));
        assertThat(people.stored(round, people.email("bolat"))).isNotNull();
    }

    // ---- withdrawing, and the phases ----

    @Test
    void withdrawing_needs_a_reason_and_keeps_it_in_the_audit_log() {
        long round = TestRounds.open(rounds, "Withdraw");
        long id = service.add(round, people.candidate("Айжан Серікова", people.email("aizhan"))).getId();

        assertThatThrownBy(() -> service.withdraw(id, "  ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::messageKey)
                        .containsExactly("selection.candidate.withdraw.reason.required"));
        assertThat(people.stored(round, people.email("aizhan"))).containsEntry("status", "ACTIVE");

        service.withdraw(id, "Moved abroad");

        assertThat(people.stored(round, people.email("aizhan"))).containsEntry("status", "WITHDRAWN");
        assertThat(people.audit("CANDIDATE_WITHDRAWN", id))
                .containsExactly("C-001: ACTIVE -> WITHDRAWN; reason: Moved abroad");
        assertThatThrownBy(() -> service.withdraw(id, "Again")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("selection.candidate.alreadyWithdrawn"));
    }

    @Test
    void during_rating_candidates_can_still_be_added_but_after_it_the_list_is_fixed() {
        long round = TestRounds.open(rounds, "Phases");
        long id = service.add(round, people.candidate("Айжан Серікова", people.email("aizhan"))).getId();
        TestRounds.startRating(rounds, round);
        assertThat(service.add(round, people.candidate("Болат Омаров", people.email("bolat"))).getCode())
                .isEqualTo("C-002");

        TestRounds.startDeliberation(rounds, round);

        assertRefusedAsFixed(() -> service.add(round, people.candidate("Vera Kim", people.email("vera"))));
        var edited = service.get(id).orElseThrow();
        edited.setPhone("+7 701 000 00 00");
        assertRefusedAsFixed(() -> service.update(edited));
        assertRefusedAsFixed(() -> service.withdraw(id, "Too late"));
        assertRefusedAsFixed(() -> service.attachCv(id, "cv.pdf", Applicants.PDF));
        assertRefusedAsFixed(() -> service.importCsv(round,
                ("Vera Kim," + people.email("vera") + ",,,ASTANA").getBytes(StandardCharsets.UTF_8)));
        assertThat(people.candidates(round)).isEqualTo(2);
        assertThat(people.stored(round, people.email("aizhan"))).containsEntry("status", "ACTIVE")
                .containsEntry("phone", null);
    }

    private static void assertRefusedAsFixed(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("selection.candidate.notEditable"));
    }

    // ---- the list ----

    @Test
    void the_list_filters_by_status_region_and_text_pages_by_code_and_counts_each_status() {
        long round = TestRounds.open(rounds, "List");
        for (int i = 1; i <= 12; i++) {
            service.add(round, people.candidate("Кандидат Нөмір" + "абвгдежзийкл".charAt(i - 1), people.email("c" + i)));
        }
        var almaty = people.candidate("Ая Бекова", people.email("aya"));
        almaty.setRegionId(Applicants.region(jdbc, "ALMATY_CITY"));
        almaty.setOrganisation("Ombudsman Office");
        long aya = service.add(round, almaty).getId();
        service.withdraw(aya, "Asked to be withdrawn");

        var secondPage = service.page(round, CandidateFilter.all(), PageRequest.of(1, 10));
        assertThat(secondPage).extracting(CandidateRow::code).containsExactly("C-011", "C-012", "C-013");
        assertThat(service.page(round, new CandidateFilter(Set.of(CandidateStatus.WITHDRAWN), null, null),
                PageRequest.of(0, 10))).extracting(CandidateRow::fullName).containsExactly("Ая Бекова");
        assertThat(service.page(round, new CandidateFilter(Set.of(), "OMBUDSMAN", null), PageRequest.of(0, 10)))
                .extracting(CandidateRow::code).containsExactly("C-013");
        assertThat(service.count(round, new CandidateFilter(Set.of(), null, Applicants.astana(jdbc)))).isEqualTo(12);
        assertThat(service.page(round, CandidateFilter.all(), PageRequest.of(0, 2, Sort.by(Sort.Order.desc("code")))))
                .extracting(CandidateRow::code).containsExactly("C-013", "C-012");
        var counts = service.counts(round);
        assertThat(counts.of(CandidateStatus.ACTIVE)).isEqualTo(12);
        assertThat(counts.of(CandidateStatus.WITHDRAWN)).isEqualTo(1);
        assertThat(counts.total()).isEqualTo(13);
    }

    @Test
    void only_organisers_manage_candidates() {
        long round = TestRounds.open(rounds, "Who");

        assertThatThrownBy(() -> people.as("commission1", () -> service.add(round,
                people.candidate("Айжан Серікова", people.email("aizhan"))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as("finance", () -> service.page(round, CandidateFilter.all(),
                PageRequest.of(0, 10)))).isInstanceOf(AccessDeniedException.class);
        assertThat(people.candidates(round)).isZero();
    }

    // ---- import ----

    @Test
    void a_file_with_bad_lines_imports_nobody_and_names_each_line_and_field() {
        long round = TestRounds.open(rounds, "Import bad");
        service.add(round, people.candidate("Айжан Серікова", people.email("aizhan")));
        String file = String.join("\n",
                "Full name,E-mail,Phone,Organisation,Region,Languages,Experience,Motivation,Language",
                "Болат Омаров," + people.email("bolat") + ",,,ASTANA,,,,ru",
                "," + people.email("noname") + ",,,ASTANA",
                "Vera Kim,vera-at-example,,,Atlantis",
                "Айжан Серікова," + people.email("aizhan") + ",,,Астана",
                "Болат Омаров," + people.email("bolat") + ",,,ASTANA,,,,fr");

        assertThatThrownBy(() -> service.importCsv(round, file.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.lines()).containsExactly(
                        new ImportProblem(3, "fullName", "selection.candidate.fullName.required"),
                        new ImportProblem(4, "regionId", "selection.candidate.region.unknown"),
                        new ImportProblem(4, "email", "selection.candidate.email.invalid"),
                        new ImportProblem(5, "email", "selection.candidate.import.emailExists"),
                        new ImportProblem(6, "language", "selection.candidate.language.unknown")));

        assertThat(people.candidates(round)).isEqualTo(1);
    }

    @Test
    void a_spreadsheet_file_with_semicolons_quotes_and_region_names_in_any_language_imports_everyone_in_order() {
        long round = TestRounds.open(rounds, "Import good");
        service.add(round, people.candidate("Айжан Серікова", people.email("aizhan")));
        String file = "\uFEFFФИО;Email;Телефон;Организация;Регион;Языки;Опыт;Мотивация;Язык\r\n"
                + "Болат Омаров;" + people.email("Bolat") + ";;\"Коалиция; НПО\";Алматы;русский;\"Визиты в СИЗО,\r\n"
                + "2014–2015 гг.; отчёт \"\"Пытки\"\"\";;kk\r\n"
                + "\r\n"
                + "Vera Kim;" + people.email("vera") + ";+7 701 000 00 00;;shymkent;;;=HYPERLINK(1);\r\n"
                + "Гүлжан Әлиева;" + people.email("gulzhan") + ";;;Маңғыстау облысы;;;;EN\r\n";

        int imported = service.importCsv(round, file.getBytes(StandardCharsets.UTF_8));

        assertThat(imported).isEqualTo(3);
        assertThat(people.codes(round)).containsExactly("C-001", "C-002", "C-003", "C-004");
        assertThat(people.stored(round, people.email("bolat")))
                .containsEntry("code", "C-002").containsEntry("organisation", "Коалиция; НПО")
                .containsEntry("region_id", Applicants.region(jdbc, "ALMATY_CITY"))
                .containsEntry("experience", "Визиты в СИЗО,\n2014–2015 гг.; отчёт \"Пытки\"")
                .containsEntry("language", "KK").containsEntry("source", "IMPORTED").containsEntry("status", "ACTIVE");
        assertThat(people.stored(round, people.email("vera"))).containsEntry("code", "C-003")
                .containsEntry("language", "RU").containsEntry("motivation", "=HYPERLINK(1)")
                .containsEntry("region_id", Applicants.region(jdbc, "SHYMKENT"));
        assertThat(people.stored(round, people.email("gulzhan"))).containsEntry("code", "C-004")
                .containsEntry("language", "EN");
        assertThat(jdbc.queryForList("select details from audit_event where action = 'CANDIDATES_IMPORTED' "
                + "and entity_id = ?", String.class, round)).containsExactly("3 candidate(s), C-002 to C-004");
    }

    @Test
    void the_same_address_twice_in_a_file_is_named_on_its_second_line() {
        long round = TestRounds.open(rounds, "Import twice");
        String file = "Болат Омаров," + people.email("bolat") + ",,,ASTANA\n"
                + "Bolat Omarov," + people.email("BOLAT") + ",,,ASTANA\n";

        assertThatThrownBy(() -> service.importCsv(round, file.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.lines()).containsExactly(
                        new ImportProblem(2, "email", "selection.candidate.import.duplicate")));
        assertThat(people.candidates(round)).isZero();
    }

    @Test
    void a_file_that_is_not_utf8_text_or_has_no_candidates_is_refused_whatever_it_is_called() {
        long round = TestRounds.open(rounds, "Import binary");

        assertThatThrownBy(() -> service.importCsv(round, new byte[] {(byte) 0x50, 0x4B, 0x03, 0x04, 0, 0}))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.lines()).containsExactly(
                        new ImportProblem(0, null, "selection.candidate.import.notText")));
        assertThatThrownBy(() -> service.importCsv(round, "Ф\u0418О".getBytes(StandardCharsets.UTF_16)))
                .isInstanceOf(InvalidImportException.class);
        assertThatThrownBy(() -> service.importCsv(round, "Name,Email\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.lines()).containsExactly(
                        new ImportProblem(0, null, "selection.candidate.import.empty")));
        assertThatThrownBy(() -> service.importCsv(round, ("\"Open quote," + people.email("x") + "\n")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(InvalidImportException.class,
                        e -> assertThat(e.lines()).containsExactly(
                                new ImportProblem(1, null, "selection.candidate.import.quote")));
        assertThat(people.candidates(round)).isZero();
    }

    // ---- CVs ----

    @Test
    void a_cv_must_be_a_pdf_of_at_most_five_megabytes_and_replaces_the_one_before() {
        long round = TestRounds.open(rounds, "CV");
        long id = service.add(round, people.candidate("Айжан Серікова", people.email("aizhan"))).getId();

        assertCvRefused(id, "cv.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8),
                "selection.candidate.cv.notPdf");
        byte[] tooLarge = new byte[CandidateService.CV_MAX_BYTES + 1];
        System.arraycopy(Applicants.PDF, 0, tooLarge, 0, Applicants.PDF.length);
        assertCvRefused(id, "cv.pdf", tooLarge, "selection.candidate.cv.tooLarge");
        assertCvRefused(id, "cv.pdf", new byte[0], "selection.candidate.cv.empty");
        assertThat(jdbc.queryForObject("select count(*) from selection_cv where candidate_id = ?", Integer.class, id))
                .isZero();

        service.attachCv(id, "C:\\Users\\aizhan\\first.pdf", Applicants.PDF);
        byte[] second = (new String(Applicants.PDF, StandardCharsets.US_ASCII) + "second").getBytes(StandardCharsets.US_ASCII);
        service.attachCv(id, "Түйіндеме.pdf", second);

        assertThat(jdbc.queryForMap("select file_name, size_bytes from selection_cv where candidate_id = ?", id))
                .containsEntry("file_name", "Түйіндеме.pdf").containsEntry("size_bytes", second.length);
        var file = service.cv(id).orElseThrow();
        assertThat(file.fileName()).isEqualTo("C-001.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.content()).isEqualTo(second);
        assertThat(service.page(round, CandidateFilter.all(), PageRequest.of(0, 5)))
                .extracting(CandidateRow::hasCv).containsExactly(true);
    }

    private void assertCvRefused(long id, String name, byte[] content, String key) {
        assertThatThrownBy(() -> service.attachCv(id, name, content)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(new FieldProblem("cv", key)));
    }

    @Test
    void the_commission_of_an_open_round_reads_cvs_but_in_a_blind_round_and_outside_the_commission_nobody_but_organisers() {
        long open = TestRounds.open(rounds, "CV open");
        long blind = TestRounds.draft(rounds, "CV blind", true);
        rounds.changePhase(blind, RoundPhase.APPLICATIONS_OPEN);
        long notTheirs = TestRounds.open(rounds, "CV not theirs");
        TestRounds.startRating(rounds, open);
        TestRounds.startRating(rounds, blind);
        long inOpen = withCv(open);
        long inBlind = withCv(blind);
        long inOther = withCv(notTheirs);

        assertThat(people.as("commission2", () -> service.cv(inOpen)).orElseThrow().content()).isEqualTo(Applicants.PDF);
        assertThatThrownBy(() -> people.as("commission2", () -> service.cv(inBlind)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.candidate.cv.blind"));
        assertThatThrownBy(() -> people.as("commission2", () -> service.cv(inOther)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.notMember"));
        assertThatThrownBy(() -> people.as("finance", () -> service.cv(inOpen)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.cv(inBlind)).as("organisers read every CV").isPresent();
    }

    private long withCv(long round) {
        long id = service.add(round, people.candidate("Айжан Серікова", people.email("aizhan-" + round))).getId();
        service.attachCv(id, "cv.pdf", Applicants.PDF);
        return id;
    }

    // ---- history ----

    @Test
    void the_history_shows_the_seminars_a_candidate_attended_and_their_rosters_for_the_round_asked_about_only() {
        Map<String, Object> attendee = jdbc.queryForMap("""
                select r.email, s.title, r.certificate_number,
                       (select count(*) from attendance a where a.registration_id = r.id) as days
                from registration r join seminar s on s.id = r.seminar_id
                where s.status = 'COMPLETED' and r.status = 'CONFIRMED'
                  and exists (select 1 from attendance a where a.registration_id = r.id)
                order by r.id limit 1
                """);
        String email = (String) attendee.get("email");
        long round = TestRounds.open(rounds, "History");
        long other = TestRounds.open(rounds, "History elsewhere");
        long attended = service.add(round, people.candidate("Demo Attendee", email.toUpperCase(Locale.ROOT))).getId();
        long newcomer = service.add(round, people.candidate("Болат Омаров", people.email("bolat"))).getId();
        long elsewhere = service.add(other, people.candidate("Demo Attendee", email)).getId();
        TestRounds.startRating(rounds, round);

        Map<Long, CandidateHistory> history = people.as("commission1",
                () -> service.history(round, List.of(attended, newcomer, elsewhere)));

        assertThat(history).containsOnlyKeys(attended, newcomer);
        assertThat(history.get(attended).seminars()).anySatisfy(seminar -> {
            assertThat(seminar.title()).isEqualTo(attendee.get("title"));
            assertThat(seminar.daysAttended()).isEqualTo(((Number) attendee.get("days")).intValue());
            assertThat(seminar.certificate()).isEqualTo(attendee.get("certificate_number") != null);
            assertThat(seminar.days()).isEqualTo(2);
        });
        assertThat(history.get(newcomer).seminars()).isEmpty();
        var rosters = rosterHistory.getIfUnique();
        assertThat(history.get(attended).rosters()).isEqualTo(rosters == null ? List.of()
                : rosters.membershipsByEmail(Set.of(email)).getOrDefault(email, List.of()));
        assertThatThrownBy(() -> people.as("commission1", () -> service.history(other, List.of(elsewhere))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("selection.notMember"));
    }
}
