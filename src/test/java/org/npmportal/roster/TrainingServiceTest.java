package org.npmportal.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.npmportal.registration.SeminarAttended;
import org.npmportal.registration.TestRegistrations;
import org.npmportal.seminar.SeminarService;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Training requirements against the demo's completed 2013 seminars, whose participants were marked present
 * at check-in: one in nine of them missed the second day.
 */
@PortalTest
@WithUserDetails("organiser")
class TrainingServiceTest {

    @Autowired
    TrainingService training;
    @Autowired
    RosterService rosters;
    @Autowired
    SeminarService seminars;
    @Autowired
    JdbcTemplate jdbc;

    TestRosters test;
    long astana;
    String presentBothDays;
    String presentOneDay;

    @BeforeEach
    void demoSeminar() {
        test = new TestRosters(rosters, jdbc);
        astana = test.demoSeminar2013("Astana");
        presentBothDays = attendee(astana, 2);
        presentOneDay = attendee(astana, 1);
    }

    @Test
    void a_member_present_on_every_day_of_a_required_seminar_has_met_it_and_one_day_is_not_enough() {
        var roster = test.roster("Training", 2014, Map.of());
        var trained = test.member(roster, "Оқыған Адам", presentBothDays, "ASTANA");
        var halfTrained = test.member(roster, "Жартылай Оқыған", presentOneDay, "ASTANA");
        var untrained = test.member(roster, "Оқымаған Адам", "untrained@example.kz", "ABAI");

        var requirement = training.addRequirement(roster.id(),
                new RequirementDetails("  NPM   basics ", true, Set.of(astana)));

        assertThat(requirement.name()).isEqualTo("NPM basics");
        assertThat(requirement.met()).isEqualTo(1);
        assertThat(requirement.notMet()).isEqualTo(2);
        assertThat(requirement.nextSeminar()).as("the 2013 seminar takes no registrations").isNull();
        var rows = training.status(roster.id(), TrainingFilter.all(), PageRequest.of(0, 10));
        assertThat(rows).filteredOn(row -> row.member().id() == trained.id()).singleElement()
                .satisfies(row -> assertThat(row.requirements().getFirst().metBy().seminarId()).isEqualTo(astana));
        assertThat(training.status(roster.id(), new TrainingFilter(requirement.id(), true), PageRequest.of(0, 10)))
                .extracting(row -> row.member().id()).containsExactlyInAnyOrder(halfTrained.id(), untrained.id());
        assertThat(training.countStatus(roster.id(), new TrainingFilter(null, true))).isEqualTo(2);
        assertThat(training.notReadyForFirstVisit(roster.id(), List.of(trained.id(), untrained.id())))
                .containsExactly(untrained.id());
        assertThat(jdbc.queryForObject("select count(*) from training_requirement_seminar where requirement_id = ?",
                Integer.class, requirement.id())).isEqualTo(1);
    }

    @Test
    void a_requirement_needs_a_name_of_its_own_and_a_seminar() {
        var roster = test.roster("Requirement rules", 2014, Map.of());
        training.addRequirement(roster.id(), new RequirementDetails("NPM basics", false, Set.of(astana)));

        assertThatThrownBy(() -> training.addRequirement(roster.id(), new RequirementDetails("npm BASICS", false,
                Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("seminarIds", "roster.requirement.seminars.required"),
                        new FieldProblem("name", "roster.requirement.name.taken")));
        assertThatThrownBy(() -> training.addRequirement(roster.id(), new RequirementDetails(" ", false,
                Set.of(-1L))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("name", "roster.requirement.name.required"),
                        new FieldProblem("seminarIds", "roster.requirement.seminars.unknown")));
        assertThat(training.requirements(roster.id())).hasSize(1);
    }

    @Test
    void those_who_have_not_met_it_are_invited_to_its_next_open_seminar_in_their_language() {
        long upcoming = TestRegistrations.seminar(seminars, "NPM basics for new monitors", 40, false);
        var roster = test.roster("Invite", 2014, Map.of());
        test.member(roster, "Оқыған Адам", presentBothDays, "ASTANA");
        var russian = rosters.addMember(roster.id(), new MemberDetails("Ольга Иванова", "olga.invite@example.kz", null,
                null, test.regionId("ABAI"), MemberRole.MONITOR, Language.RU, roster.startsOn(), null, false));
        test.member(roster, "Ерлан Омаров", "erlan.invite@example.kz", "ABAI");
        var suspended = test.member(roster, "Тоқтатылған Адам", "suspended.invite@example.kz", "ABAI");
        rosters.change(suspended.id(), suspended.version(), new MemberChangeRequest(MemberRole.MONITOR,
                MemberStatus.SUSPENDED, LocalDate.of(2014, 2, 1), "Illness"));
        var requirement = training.addRequirement(roster.id(),
                new RequirementDetails("NPM basics", true, Set.of(astana, upcoming)));
        assertThat(requirement.nextSeminar().id()).isEqualTo(upcoming);

        var first = training.inviteNotMet(requirement.id(), Language.EN);

        assertThat(first.seminar().id()).isEqualTo(upcoming);
        assertThat(first.invited()).isEqualTo(2);
        assertThat(jdbc.queryForList("select concat(email, ':', language) from invitation where seminar_id = ? "
                + "order by email", String.class, upcoming))
                .containsExactly("erlan.invite@example.kz:KK", "olga.invite@example.kz:RU");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class,
                russian.email())).isEqualTo(1);
        assertThat(test.count("select count(*) from audit_event where action = 'TRAINING_INVITED' and entity_id = ?",
                requirement.id())).isEqualTo(1);

        var again = training.inviteNotMet(requirement.id(), Language.EN);
        assertThat(again.invited()).isZero();
        assertThat(again.renewed()).isEqualTo(2);
    }

    @Test
    void without_an_open_seminar_nobody_is_invited_and_the_organiser_is_told_why() {
        var roster = test.roster("No seminar", 2014, Map.of());
        test.member(roster, "Ерлан Омаров", "erlan.nothing@example.kz", "ABAI");
        var requirement = training.addRequirement(roster.id(), new RequirementDetails("NPM basics", false,
                Set.of(astana)));

        assertThatThrownBy(() -> training.inviteNotMet(requirement.id(), Language.EN))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("roster.training.invite.noSeminar"));
        assertThat(test.count("select count(*) from invitation where email = 'erlan.nothing@example.kz'")).isZero();
    }

    @Test
    void a_profile_shows_the_seminars_attended_and_the_standing_on_each_rosters_requirements() {
        String programme = TestRosters.programme("Profile training");
        var y2014 = test.rosterOf(programme, 2014, Map.of());
        var y2015 = test.rosterOf(programme, 2015, Map.of());
        test.member(y2014, "Оқыған Адам", presentBothDays, "ASTANA");
        test.member(y2015, "Оқыған Адам", presentBothDays, "ASTANA");
        training.addRequirement(y2015.id(), new RequirementDetails("NPM basics", false, Set.of(astana)));

        var profile = training.profile(presentBothDays);

        assertThat(profile.attended()).extracting(SeminarAttended::seminarId).contains(astana);
        assertThat(profile.attended()).filteredOn(a -> a.seminarId() == astana).singleElement()
                .satisfies(a -> {
                    assertThat(a.firstDay()).isEqualTo(LocalDate.of(2013, 11, 19));
                    assertThat(a.daysAttended()).isEqualTo(a.days()).isEqualTo(2);
                    assertThat(a.certificate()).isTrue();
                });
        // Other tests put the same demo participant on rosters of their own; this one looks at its two.
        assertThat(profile.rosters()).extracting(ProfileTraining.RosterTraining::rosterId)
                .as("a roster without requirements is not listed").contains(y2015.id()).doesNotContain(y2014.id());
        assertThat(profile.rosters()).filteredOn(r -> r.rosterId() == y2015.id()).singleElement()
                .satisfies(r -> assertThat(r.requirements()).singleElement()
                        .satisfies(q -> assertThat(q.met()).isTrue()));
    }

    /** The address of someone with a seat at the seminar who was marked present on that many days. */
    private String attendee(long seminarId, int days) {
        return jdbc.queryForList("""
                select r.email from registration r
                where r.seminar_id = ? and r.status = 'CONFIRMED'
                  and (select count(*) from attendance a where a.registration_id = r.id) = ?
                order by r.id
                """, String.class, seminarId, days).getFirst();
    }
}
