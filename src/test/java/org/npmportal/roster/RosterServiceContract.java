package org.npmportal.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.directory.Region;
import org.npmportal.selection.RosterHistory;
import org.npmportal.selection.RosterHistoryEntry;
import org.npmportal.selection.SelectedMonitor;
import org.npmportal.selection.SelectionPublished;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rosters, members, carry-over and what the roster shows, checked on the stored state against a real
 * database: H2 in {@link RosterServiceTest} and MariaDB in {@link RosterServiceMariaDbIT}.
 */
@WithUserDetails("organiser")
abstract class RosterServiceContract {

    @Autowired
    RosterService service;
    @Autowired
    RosterHistory history;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;

    TestRosters test;

    @BeforeEach
    void helpers() {
        test = new TestRosters(service, jdbc);
    }

    // ---- rosters ----

    @Test
    void a_roster_without_a_title_is_named_after_its_programme_and_year_and_keeps_its_targets() {
        String programme = TestRosters.programme("NPM monitors");

        var roster = test.rosterOf("  " + programme + "  ", 2014, Map.of("ASTANA", 6, "KARAGANDA", 5, "ABAI", 0));

        assertThat(roster.title()).isEqualTo(programme + " 2014");
        assertThat(jdbc.queryForMap("select programme, roster_year, title, starts_on, ends_on from roster where id = ?",
                roster.id())).containsEntry("programme", programme).containsEntry("roster_year", 2014)
                .containsEntry("starts_on", java.sql.Date.valueOf("2014-01-01"))
                .containsEntry("ends_on", java.sql.Date.valueOf("2014-12-31"));
        assertThat(jdbc.queryForList("select r.code from roster_target t join region r on r.id = t.region_id "
                + "where t.roster_id = ? order by r.code", String.class, roster.id()))
                .as("a target of 0 is no target").containsExactly("ASTANA", "KARAGANDA");
        assertThat(test.count("select count(*) from audit_event where action = 'ROSTER_CREATED' and entity_id = ?",
                roster.id())).isEqualTo(1);
    }

    @Test
    void a_second_roster_for_the_same_programme_and_year_is_refused_on_the_year_field_whatever_the_case() {
        var first = test.roster("Steering Committee", 2014, Map.of());

        assertThatThrownBy(() -> test.rosterOf(first.programme().toUpperCase(), 2014, Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("year", "roster.programmeYear.taken")));
        assertThat(test.count("select count(*) from roster where lower(programme) = lower(?)", first.programme()))
                .isEqualTo(1);
    }

    @Test
    void bad_roster_input_names_every_field_and_saves_nothing() {
        long before = test.count("select count(*) from roster");
        var bad = new RosterDetails(" ", 1999, "Title\u0007", LocalDate.of(2014, 12, 31), LocalDate.of(2014, 1, 1),
                Map.of(test.regionId("ASTANA"), 1001, 999L, 3));

        assertThatThrownBy(() -> service.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("programme", "roster.programme.required"),
                                org.assertj.core.groups.Tuple.tuple("year", "roster.year.range"),
                                org.assertj.core.groups.Tuple.tuple("title", "roster.text.controlCharacters"),
                                org.assertj.core.groups.Tuple.tuple("endsOn", "roster.endsOn.beforeStart"),
                                org.assertj.core.groups.Tuple.tuple("targets", "roster.target.range"),
                                org.assertj.core.groups.Tuple.tuple("targets", "roster.target.unknownRegion")));
        assertThat(test.count("select count(*) from roster")).isEqualTo(before);
    }

    @Test
    void a_period_that_would_leave_out_a_members_start_is_refused_and_the_roster_keeps_its_dates() {
        var roster = test.roster("Period", 2014, Map.of());
        test.member(roster, "Айгерім Сейітова", "aigerim@example.kz", "ASTANA");
        var shorter = new RosterDetails(roster.programme(), 2014, roster.title(), LocalDate.of(2014, 3, 1),
                LocalDate.of(2014, 12, 31), Map.of());

        assertThatThrownBy(() -> service.update(roster.id(), roster.version(), shorter))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("startsOn", "roster.period.excludesMembers")));
        assertThat(jdbc.queryForObject("select starts_on from roster where id = ?", LocalDate.class, roster.id()))
                .isEqualTo(LocalDate.of(2014, 1, 1));
    }

    @Test
    void an_update_from_a_stale_copy_is_refused_as_a_concurrent_change() {
        var roster = test.roster("Stale", 2014, Map.of());
        service.update(roster.id(), roster.version(), roster.details());

        assertThatThrownBy(() -> service.update(roster.id(), roster.version(), roster.details()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.concurrentChange"));
    }

    // ---- members ----

    @Test
    void a_member_added_by_hand_is_stored_normalised_with_a_first_history_step_and_an_audit_record() {
        var roster = test.roster("By hand", 2014, Map.of());
        var typed = new MemberDetails("  Ақмарал   Жұмабаева ", " Akmaral.Zh@Example.KZ ", " +7 (701) 123-45-67 ",
                " Коалиция НПО ", test.regionId("KARAGANDA"), MemberRole.REGIONAL_COORDINATOR, null,
                LocalDate.of(2014, 3, 1), null, true);

        var member = service.addMember(roster.id(), typed);

        assertThat(jdbc.queryForMap("select full_name, email, phone, organisation, member_role, status, status_since, "
                + "starts_on, ends_on, share_contacts, returning_member, source from roster_member where id = ?",
                member.id()))
                .containsEntry("full_name", "Ақмарал Жұмабаева").containsEntry("email", "akmaral.zh@example.kz")
                .containsEntry("phone", "+7 (701) 123-45-67").containsEntry("organisation", "Коалиция НПО")
                .containsEntry("member_role", "REGIONAL_COORDINATOR").containsEntry("status", "ACTIVE")
                .containsEntry("status_since", java.sql.Date.valueOf("2014-03-01"))
                .containsEntry("ends_on", null).containsEntry("share_contacts", true)
                .containsEntry("returning_member", false).containsEntry("source", "MANUAL");
        assertThat(service.history(member.id())).singleElement().satisfies(step -> {
            assertThat(step.kind()).isEqualTo(MemberChange.Kind.JOINED);
            assertThat(step.effectiveOn()).isEqualTo(LocalDate.of(2014, 3, 1));
            assertThat(step.recordedBy()).isEqualTo("organiser");
        });
        assertThat(test.count("select count(*) from audit_event where action = 'ROSTER_MEMBER_ADDED' "
                + "and entity_id = ?", member.id())).isEqualTo(1);
    }

    @Test
    void the_same_address_added_twice_in_any_case_is_refused_on_the_email_field_and_one_member_stays() {
        var roster = test.roster("Twice", 2014, Map.of());
        test.member(roster, "Ерлан Омаров", "erlan@example.kz", "ASTANA");

        assertThatThrownBy(() -> test.member(roster, "Ерлан Омаров", "ERLAN@example.kz", "ABAI"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("email", "roster.member.email.onRoster")));
        assertThat(test.count("select count(*) from roster_member where roster_id = ?", roster.id())).isEqualTo(1);
        assertThat(test.count("select count(*) from roster_member_change c join roster_member m on m.id = c.member_id "
                + "where m.roster_id = ?", roster.id())).isEqualTo(1);
    }

    @Test
    void bad_member_input_names_every_field_and_adds_nobody() {
        var roster = test.roster("Bad member", 2014, Map.of());
        var bad = new MemberDetails("R2-D2", "not-an-address", "call me", "Org\u0000", null, null, null,
                LocalDate.of(2015, 1, 1), LocalDate.of(2013, 1, 1), false);

        assertThatThrownBy(() -> service.addMember(roster.id(), bad)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .contains("fullName", "email", "phone", "organisation", "regionId", "role", "startsOn",
                                "endsOn"));
        assertThat(test.count("select count(*) from roster_member where roster_id = ?", roster.id())).isZero();
    }

    @Test
    void someone_on_last_years_roster_returns_and_adding_them_to_last_year_later_marks_them_returning_too() {
        String programme = TestRosters.programme("Returning");
        var y2014 = test.rosterOf(programme, 2014, Map.of());
        var y2015 = test.rosterOf(programme, 2015, Map.of());
        test.member(y2014, "Дина Бекұлы", "dina@example.kz", "ASTANA");

        var dina = test.member(y2015, "Дина Бекұлы", "dina@example.kz", "ASTANA");
        var marat = test.member(y2015, "Марат Ким", "marat@example.kz", "ASTANA");
        assertThat(dina.returning()).isTrue();
        assertThat(marat.returning()).isFalse();

        var maratIn2014 = test.member(y2014, "Марат Ким", "marat@example.kz", "ASTANA");
        assertThat(returning(marat.id())).as("marked once he is on the year before").isTrue();

        service.removeMember(maratIn2014.id());
        assertThat(returning(marat.id())).as("unmarked when taken off again").isFalse();
    }

    @Test
    void suspending_needs_a_reason_and_records_a_dated_step_and_a_withdrawal_ends_the_membership() {
        var roster = test.roster("Status", 2014, Map.of("ASTANA", 2));
        var member = test.member(roster, "Гүлнар Қасымова", "gulnar@example.kz", "ASTANA");

        assertThatThrownBy(() -> service.change(member.id(), member.version(), new MemberChangeRequest(
                MemberRole.MONITOR, MemberStatus.SUSPENDED, LocalDate.of(2014, 5, 2), "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("reason", "roster.change.reason.required")));
        assertThat(service.member(member.id()).orElseThrow().status()).isEqualTo(MemberStatus.ACTIVE);

        var suspended = service.change(member.id(), member.version(), new MemberChangeRequest(MemberRole.MONITOR,
                MemberStatus.SUSPENDED, LocalDate.of(2014, 5, 2), "Conflict of interest: works at the colony"));
        var withdrawn = service.change(member.id(), suspended.version(), new MemberChangeRequest(MemberRole.MONITOR,
                MemberStatus.WITHDRAWN, LocalDate.of(2014, 9, 15), "Moved abroad"));

        assertThat(withdrawn.status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(withdrawn.statusSince()).isEqualTo(LocalDate.of(2014, 9, 15));
        assertThat(withdrawn.statusReason()).isEqualTo("Moved abroad");
        assertThat(withdrawn.endsOn()).isEqualTo(LocalDate.of(2014, 9, 15));
        assertThat(service.history(member.id())).extracting(MemberHistoryRow::kind, MemberHistoryRow::status,
                        MemberHistoryRow::effectiveOn, MemberHistoryRow::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MemberChange.Kind.JOINED, MemberStatus.ACTIVE,
                                LocalDate.of(2014, 1, 1), null),
                        org.assertj.core.groups.Tuple.tuple(MemberChange.Kind.STATUS, MemberStatus.SUSPENDED,
                                LocalDate.of(2014, 5, 2), "Conflict of interest: works at the colony"),
                        org.assertj.core.groups.Tuple.tuple(MemberChange.Kind.STATUS, MemberStatus.WITHDRAWN,
                                LocalDate.of(2014, 9, 15), "Moved abroad"));
        assertThat(coverageOf(roster, "ASTANA")).isEqualTo(new long[] {2, 0, 2});
        assertThat(service.teamOn(roster.id(), LocalDate.of(2014, 5, 1))).extracting(MemberRow::id)
                .as("active until the suspension").containsExactly(member.id());
        assertThat(service.teamOn(roster.id(), LocalDate.of(2014, 5, 2))).isEmpty();
    }

    @Test
    void a_change_dated_in_the_future_before_the_last_change_or_outside_the_roster_is_refused() {
        var roster = test.roster("Dates", 2014, Map.of());
        var member = test.member(roster, "Тимур Әбенов", "timur@example.kz", "ASTANA");
        var suspended = service.change(member.id(), member.version(), new MemberChangeRequest(MemberRole.MONITOR,
                MemberStatus.SUSPENDED, LocalDate.of(2014, 6, 1), "Illness"));

        assertThat(problems(() -> service.change(member.id(), suspended.version(), new MemberChangeRequest(
                MemberRole.MONITOR, MemberStatus.ACTIVE, LocalDate.of(2014, 5, 1), null))))
                .containsExactly(new FieldProblem("effectiveOn", "roster.change.effectiveOn.beforeLast"));
        assertThat(problems(() -> service.change(member.id(), suspended.version(), new MemberChangeRequest(
                MemberRole.MONITOR, MemberStatus.ACTIVE, LocalDate.of(2015, 1, 1), null))))
                .containsExactly(new FieldProblem("effectiveOn", "roster.change.effectiveOn.outsideRoster"));
        assertThat(problems(() -> service.change(member.id(), suspended.version(), new MemberChangeRequest(
                MemberRole.MONITOR, MemberStatus.SUSPENDED, LocalDate.of(2014, 7, 1), "Again"))))
                .containsExactly(new FieldProblem("status", "roster.change.nothing"));

        var future = test.rosterOf(TestRosters.programme("Future"), LocalDate.now().getYear() + 1, Map.of());
        var later = test.member(future, "Тимур Әбенов", "timur@example.kz", "ASTANA");
        assertThat(problems(() -> service.change(later.id(), later.version(), new MemberChangeRequest(
                MemberRole.REGIONAL_COORDINATOR, MemberStatus.ACTIVE, future.startsOn(), null))))
                .containsExactly(new FieldProblem("effectiveOn", "roster.change.effectiveOn.future"));
        assertThat(service.history(member.id())).hasSize(2);
    }

    @Test
    void coverage_counts_active_members_per_region_against_the_targets_and_shows_the_gaps() {
        var roster = test.roster("Coverage", 2014, Map.of("ASTANA", 3, "ABAI", 1, "ATYRAU", 2));
        test.member(roster, "Бір Бірінші", "one@example.kz", "ASTANA");
        test.member(roster, "Екі Екінші", "two@example.kz", "ASTANA");
        test.member(roster, "Үш Үшінші", "three@example.kz", "ABAI");
        test.member(roster, "Төрт Төртінші", "four@example.kz", "ABAI");
        var leaving = test.member(roster, "Бес Бесінші", "five@example.kz", "ATYRAU");
        service.change(leaving.id(), leaving.version(), new MemberChangeRequest(MemberRole.MONITOR,
                MemberStatus.WITHDRAWN, LocalDate.of(2014, 4, 1), "Left the NGO"));

        assertThat(coverageOf(roster, "ASTANA")).isEqualTo(new long[] {3, 2, 1});
        assertThat(coverageOf(roster, "ABAI")).as("above target is no gap").isEqualTo(new long[] {1, 2, 0});
        assertThat(coverageOf(roster, "ATYRAU")).isEqualTo(new long[] {2, 0, 2});
        assertThat(coverageOf(roster, "SHYMKENT")).isEqualTo(new long[] {0, 0, 0});
        assertThat(service.coverage(roster.id())).hasSize(20);
        var summary = service.list(new RosterFilter(roster.programme(), null), PageRequest.of(0, 10)).getFirst();
        assertThat(summary.members()).isEqualTo(5);
        assertThat(summary.active()).isEqualTo(4);
        assertThat(summary.targetTotal()).isEqualTo(6);
        assertThat(summary.regionsShort()).isEqualTo(2);
    }

    @Test
    void the_members_list_filters_by_text_region_role_status_and_returning_and_pages_without_overlap() {
        var roster = test.roster("List", 2014, Map.of());
        List<MemberRow> added = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> added.add(test.member(roster, "Адам " + (char) ('А' + i),
                "person" + i + "@example.kz", i % 2 == 0 ? "ASTANA" : "ABAI")));
        service.change(added.get(3).id(), added.get(3).version(), new MemberChangeRequest(
                MemberRole.REGIONAL_COORDINATOR, MemberStatus.ACTIVE, LocalDate.of(2014, 2, 1), null));

        assertThat(service.countMembers(roster.id(), new MemberFilter(null, test.regionId("ABAI"), null, null, null)))
                .isEqualTo(6);
        assertThat(service.members(roster.id(), new MemberFilter("PERSON1", null, null, null, null),
                PageRequest.of(0, 10))).extracting(MemberRow::email)
                .containsExactlyInAnyOrder("person1@example.kz", "person10@example.kz", "person11@example.kz");
        assertThat(service.members(roster.id(), new MemberFilter(null, null, Set.of(MemberRole.REGIONAL_COORDINATOR),
                null, null), PageRequest.of(0, 10))).extracting(MemberRow::id).containsExactly(added.get(3).id());
        assertThat(service.countMembers(roster.id(), new MemberFilter(null, null, null, null, true))).isZero();
        var byName = Sort.by(MemberQueries.SORT_NAME);
        var firstPage = service.members(roster.id(), MemberFilter.all(), PageRequest.of(0, 5, byName));
        var secondPage = service.members(roster.id(), MemberFilter.all(), PageRequest.of(1, 5, byName));
        assertThat(firstPage).extracting(MemberRow::fullName).isSorted();
        assertThat(firstPage).extracting(MemberRow::id).doesNotContainAnyElementsOf(
                secondPage.stream().map(MemberRow::id).toList());
    }

    // ---- carry-over ----

    @Test
    void carrying_over_starts_next_years_roster_with_the_chosen_members_returning_and_compares_region_by_region() {
        String programme = TestRosters.programme("Carry");
        var y2014 = test.rosterOf(programme, 2014, Map.of("ASTANA", 2, "ABAI", 2));
        var stays = test.member(y2014, "Қанат Тұрсынов", "kanat@example.kz", "ASTANA");
        var moves = test.member(y2014, "Мадина Ғабитқызы", "madina@example.kz", "ASTANA");
        var leaves = test.member(y2014, "Сергей Петренко", "sergey@example.kz", "ABAI");
        var withdrawn = test.member(y2014, "Ольга Иванова", "olga@example.kz", "ABAI");
        service.change(withdrawn.id(), withdrawn.version(), new MemberChangeRequest(MemberRole.MONITOR,
                MemberStatus.WITHDRAWN, LocalDate.of(2014, 8, 1), "Personal reasons"));

        var result = service.carryOver(y2014.id(), List.of(stays.id(), moves.id()));

        assertThat(result.carried()).isEqualTo(2);
        assertThat(result.rosterTitle()).isEqualTo(programme + " 2015");
        var y2015 = service.roster(result.rosterId()).orElseThrow();
        assertThat(y2015.startsOn()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(y2015.endsOn()).isEqualTo(LocalDate.of(2015, 12, 31));
        assertThat(y2015.targets()).isEqualTo(y2014.targets());
        assertThat(y2015.carriedOverFromId()).isEqualTo(y2014.id());
        assertThat(y2015.previousId()).isEqualTo(y2014.id());
        List<MemberRow> carried = service.allMembers(y2015.id(), MemberFilter.all());
        assertThat(carried).extracting(MemberRow::email).containsExactlyInAnyOrder("kanat@example.kz",
                "madina@example.kz");
        assertThat(carried).allSatisfy(m -> {
            assertThat(m.returning()).isTrue();
            assertThat(m.source()).isEqualTo(MemberSource.CARRY_OVER);
            assertThat(m.startsOn()).isEqualTo(LocalDate.of(2015, 1, 1));
            assertThat(m.status()).isEqualTo(MemberStatus.ACTIVE);
        });
        var madina2015 = carried.stream().filter(m -> m.email().startsWith("madina")).findFirst().orElseThrow();
        service.updateMember(madina2015.id(), madina2015.version(), new MemberDetails(madina2015.fullName(),
                madina2015.email(), null, null, test.regionId("ABAI"), MemberRole.MONITOR, null,
                madina2015.startsOn(), null, false));
        var joins = test.member(y2015, "Жанар Омарова", "zhanar@example.kz", "ABAI");

        var comparison = service.comparison(y2015.id());

        assertThat(comparison.previousTitle()).isEqualTo(y2014.title());
        assertThat(comparison.stayed()).isEqualTo(2);
        assertThat(comparison.joined()).isEqualTo(1);
        assertThat(comparison.left()).isEqualTo(2);
        var astana = region(comparison, "ASTANA");
        assertThat(astana.stayed()).extracting(PersonRef::fullName).containsExactly("Қанат Тұрсынов");
        assertThat(astana.left()).isEmpty();
        var abai = region(comparison, "ABAI");
        assertThat(abai.stayed()).extracting(PersonRef::fullName).as("moved here").containsExactly("Мадина Ғабитқызы");
        assertThat(abai.joined()).extracting(PersonRef::memberId).containsExactly(joins.id());
        assertThat(abai.left()).extracting(PersonRef::memberId).containsExactlyInAnyOrder(leaves.id(), withdrawn.id());
    }

    @Test
    void carrying_over_into_a_roster_that_selection_started_adds_only_those_not_on_it_yet() {
        String programme = TestRosters.programme("Selection first");
        var y2014 = test.rosterOf(programme, 2014, Map.of("ASTANA", 4));
        var aigerim = test.member(y2014, "Айгерім Сейітова", "aigerim@example.kz", "ASTANA");
        var baurzhan = test.member(y2014, "Бауыржан Ким", "baurzhan@example.kz", "ASTANA");
        publish(programme, 2015, monitor(1, "Айгерім Сейітова", "aigerim@example.kz", "ASTANA", true));

        var result = service.carryOver(y2014.id(), List.of(aigerim.id(), baurzhan.id()));

        assertThat(result.carried()).isEqualTo(1);
        assertThat(result.alreadyOnRoster()).isEqualTo(1);
        assertThat(jdbc.queryForList("select email from roster_member where roster_id = ? order by email",
                String.class, result.rosterId())).containsExactly("aigerim@example.kz", "baurzhan@example.kz");
        assertThat(jdbc.queryForObject("select count(*) from roster_target where roster_id = ?", Integer.class,
                result.rosterId())).as("a roster selection created has no targets to inherit").isZero();
        assertThat(service.roster(result.rosterId()).orElseThrow().carriedOverFromId()).isEqualTo(y2014.id());
    }

    // ---- from selection ----

    @Test
    void a_published_selection_creates_the_roster_and_adds_each_person_as_a_monitor_from_its_first_day() {
        String programme = TestRosters.programme("NPM monitors");
        var y2013 = test.rosterOf(programme, 2013, Map.of());
        test.member(y2013, "Әсел Ким", "asel@example.kz", "ABAI");

        publish(programme, 2014,
                monitor(11, "Әсел Ким", "asel@example.kz", "ABAI", true),
                monitor(12, "Ержан Бекұлы", "yerzhan@example.kz", "KARAGANDA", false));

        var roster = service.list(new RosterFilter(programme, 2014), PageRequest.of(0, 5)).getFirst();
        assertThat(roster.title()).isEqualTo(programme + " 2014");
        List<MemberRow> monitors = service.allMembers(roster.id(), MemberFilter.all());
        assertThat(monitors).extracting(MemberRow::email, m -> m.region().getCode(), MemberRow::role,
                        MemberRow::startsOn, MemberRow::shareContacts, MemberRow::returning, MemberRow::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("asel@example.kz", "ABAI", MemberRole.MONITOR,
                                LocalDate.of(2014, 1, 1), true, true, MemberSource.SELECTION),
                        org.assertj.core.groups.Tuple.tuple("yerzhan@example.kz", "KARAGANDA", MemberRole.MONITOR,
                                LocalDate.of(2014, 1, 1), false, false, MemberSource.SELECTION));
        assertThat(jdbc.queryForList("select distinct selection_round_id from roster_member where roster_id = ?",
                Long.class, roster.id())).containsExactly(77L);
    }

    @Test
    void publishing_again_or_selecting_someone_already_on_the_roster_adds_nobody_twice() {
        String programme = TestRosters.programme("Twice published");
        var roster = test.rosterOf(programme, 2014, Map.of());
        test.member(roster, "Нұрлан Әбенов", "nurlan@example.kz", "ASTANA");
        var selected = List.of(monitor(1, "Нұрлан Әбенов", "nurlan@example.kz", "ABAI", true),
                monitor(2, "Ұлжан Ким", "ulzhan@example.kz", "ABAI", true));

        publish(programme, 2014, selected.toArray(SelectedMonitor[]::new));
        publish(programme, 2014, selected.toArray(SelectedMonitor[]::new));

        assertThat(jdbc.queryForList("select concat(email, ' ', source) from roster_member where roster_id = ? "
                + "order by email", String.class, roster.id()))
                .containsExactly("nurlan@example.kz MANUAL", "ulzhan@example.kz SELECTION");
    }

    @Test
    void a_selected_person_the_roster_cannot_take_rolls_the_whole_publication_back() {
        String programme = TestRosters.programme("Refused");

        assertThatThrownBy(() -> publish(programme, 2014,
                monitor(1, "Ұлжан Ким", "ulzhan@example.kz", "ABAI", true),
                new SelectedMonitor(2, "Жоқ Өңір", "noregion@example.kz", null, null, 999_999, 2, false)))
                .isInstanceOf(RuntimeException.class);

        assertThat(test.count("select count(*) from roster where programme = ?", programme)).isZero();
    }

    // ---- contact sheet and profile ----

    @Test
    void the_contact_sheet_lists_only_active_members_who_agreed_and_counts_the_others() {
        var roster = test.roster("Contacts", 2014, Map.of());
        service.addMember(roster.id(), test.details(roster, "Ая Бекова", "aya@example.kz", "ASTANA",
                MemberRole.REGIONAL_COORDINATOR, true));
        service.addMember(roster.id(), test.details(roster, "Бота Ким", "bota@example.kz", "ASTANA",
                MemberRole.MONITOR, false));
        var gone = service.addMember(roster.id(), test.details(roster, "Вера Ким", "vera@example.kz", "ASTANA",
                MemberRole.MONITOR, true));
        service.change(gone.id(), gone.version(), new MemberChangeRequest(MemberRole.MONITOR, MemberStatus.WITHDRAWN,
                LocalDate.of(2014, 2, 1), "Left"));
        test.member(roster, "Гани Оспан", "gani@example.kz", "ABAI");

        var sheet = service.contactSheet(roster.id());

        assertThat(sheet).extracting(r -> r.region().getCode()).containsExactly("ASTANA", "ABAI");
        assertThat(sheet.getFirst().contacts()).extracting(Contact::fullName, Contact::email, Contact::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ая Бекова", "aya@example.kz",
                        MemberRole.REGIONAL_COORDINATOR));
        assertThat(sheet.getFirst().notShared()).isEqualTo(1);
    }

    @Test
    void a_profile_shows_every_roster_of_the_person_newest_first_with_the_history_on_each() {
        String programme = TestRosters.programme("Profile");
        var y2014 = test.rosterOf(programme, 2014, Map.of());
        var first = test.member(y2014, "Дина Омарова", "dina.profile@example.kz", "ASTANA");
        service.change(first.id(), first.version(), new MemberChangeRequest(MemberRole.REGIONAL_COORDINATOR,
                MemberStatus.ACTIVE, LocalDate.of(2014, 6, 1), "Elected by the regional team"));
        var result = service.carryOver(y2014.id(), List.of(first.id()));
        long second = service.allMembers(result.rosterId(), MemberFilter.all()).getFirst().id();

        var profile = service.profile(first.id()).orElseThrow();

        assertThat(profile.email()).isEqualTo("dina.profile@example.kz");
        assertThat(profile.memberships()).extracting(Membership::year).containsExactly(2015, 2014);
        assertThat(profile.memberships().getFirst().member().id()).isEqualTo(second);
        assertThat(profile.memberships().get(1).history()).extracting(MemberHistoryRow::kind)
                .containsExactly(MemberChange.Kind.JOINED, MemberChange.Kind.ROLE);
        assertThat(service.profile(second).orElseThrow().memberships()).hasSize(2);
    }

    // ---- selection asks for history ----

    @Test
    void roster_history_answers_for_three_hundred_addresses_with_one_query_newest_year_first() {
        String programme = TestRosters.programme("History");
        var y2014 = test.rosterOf(programme, 2014, Map.of());
        var y2015 = test.rosterOf(programme, 2015, Map.of());
        var member = test.member(y2014, "Тарих Адамы", "history.person@example.kz", "PAVLODAR");
        service.change(member.id(), member.version(), new MemberChangeRequest(MemberRole.MONITOR,
                MemberStatus.SUSPENDED, LocalDate.of(2014, 3, 3), "Illness"));
        test.member(y2015, "Тарих Адамы", "history.person@example.kz", "PAVLODAR");
        List<String> asked = new ArrayList<>(IntStream.range(0, 299)
                .mapToObj(i -> "nobody" + i + "@example.kz").toList());
        asked.add("  History.Person@Example.KZ ");

        // Statistics are global and the mail dispatcher polls meanwhile, so count what only rosters would run.
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        Map<String, List<RosterHistoryEntry>> answer;
        try {
            answer = history.membershipsByEmail(asked);
            List<String> rosterQueries = Arrays.stream(statistics.getQueries())
                    .filter(query -> query.contains("RosterMember")).toList();
            assertThat(rosterQueries).hasSize(1);
            assertThat(statistics.getQueryStatistics(rosterQueries.getFirst()).getExecutionCount()).isEqualTo(1);
            for (Class<?> entity : List.of(RosterMember.class, Roster.class, Region.class)) {
                var loads = statistics.getEntityStatistics(entity.getName());
                assertThat(loads.getLoadCount() + loads.getFetchCount()).as("%s loaded one by one", entity).isZero();
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }

        assertThat(answer).containsOnlyKeys("history.person@example.kz");
        long pavlodar = test.regionId("PAVLODAR");
        assertThat(answer.get("history.person@example.kz")).containsExactly(
                new RosterHistoryEntry(2015, programme + " 2015", pavlodar, "MONITOR", "ACTIVE"),
                new RosterHistoryEntry(2014, programme + " 2014", pavlodar, "MONITOR", "SUSPENDED"));
    }

    // ---- access ----

    @Test
    @WithUserDetails("commission1")
    void a_commission_member_reads_rosters_but_cannot_change_them() {
        assertThat(service.count(RosterFilter.all())).isNotNegative();
        assertThatThrownBy(() -> service.create(RosterDetails.forYear(TestRosters.programme("No"), 2014)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("finance")
    void finance_staff_cannot_read_rosters() {
        assertThatThrownBy(() -> service.count(RosterFilter.all())).isInstanceOf(AuthorizationDeniedException.class);
    }

    // ---- helpers ----

    private boolean returning(long memberId) {
        return jdbc.queryForObject("select returning_member from roster_member where id = ?", Boolean.class, memberId);
    }

    /** Target, active and gap of one region. */
    private long[] coverageOf(RosterOutline roster, String code) {
        var row = service.coverage(roster.id()).stream().filter(c -> c.region().getCode().equals(code)).findFirst()
                .orElseThrow();
        return new long[] {row.target(), row.active(), row.gap()};
    }

    private static RegionChange region(RosterComparison comparison, String code) {
        return comparison.regions().stream().filter(r -> r.region().getCode().equals(code)).findFirst().orElseThrow();
    }

    private static List<FieldProblem> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the input to be refused");
    }

    private SelectedMonitor monitor(long candidateId, String name, String email, String regionCode, boolean share) {
        return new SelectedMonitor(candidateId, name, email, "+7 700 000 00 0" + candidateId % 10,
                "NGO «Демо»", test.regionId(regionCode), (int) candidateId, share);
    }

    /** Publishes a decision as selection does: the event inside the publishing transaction. */
    private void publish(String programme, int year, SelectedMonitor... selected) {
        transactions.executeWithoutResult(status -> events.publishEvent(new SelectionPublished(77, programme + " round",
                programme, year, List.of(selected))));
    }
}
