package org.npmportal.roster.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.roster.MemberChangeRequest;
import org.npmportal.roster.MemberRole;
import org.npmportal.roster.MemberRow;
import org.npmportal.roster.MemberStatus;
import org.npmportal.roster.PersonRef;
import org.npmportal.roster.RequirementDetails;
import org.npmportal.roster.RosterOutline;
import org.npmportal.roster.RosterService;
import org.npmportal.roster.TestRosters;
import org.npmportal.roster.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Places of detention, visits and the days from visit to published report, on the stored state against a
 * real database: H2 in {@link VisitServiceTest} and MariaDB in {@link VisitServiceMariaDbIT}.
 */
@WithUserDetails("organiser")
abstract class VisitServiceContract {

    @Autowired
    VisitService visits;
    @Autowired
    RosterService rosters;
    @Autowired
    TrainingService training;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    TestRosters test;
    RosterOutline roster;
    MemberRow aigerim;
    MemberRow erlan;
    FacilityRow colony;
    String aigerimEmail;

    @BeforeEach
    void team() {
        test = new TestRosters(rosters, jdbc);
        roster = test.roster("Visits", 2014, Map.of());
        aigerimEmail = "aigerim." + UUID.randomUUID().toString().substring(0, 8) + "@example.kz";
        aigerim = test.member(roster, "Айгерім Сейітова", aigerimEmail, "KARAGANDA");
        erlan = test.member(roster, "Ерлан Омаров", "erlan.visits@example.kz", "KARAGANDA");
        colony = visits.addFacility(new FacilityDetails(unique("Correctional colony"),
                FacilityType.PRISON, test.regionId("KARAGANDA"), "Dolinka"));
    }

    // ---- places ----

    @Test
    void a_place_is_stored_with_its_type_and_region_and_its_name_is_unique_within_the_region() {
        assertThat(jdbc.queryForMap("select f.facility_type, r.code, f.address from facility f "
                + "join region r on r.id = f.region_id where f.id = ?", colony.id()))
                .containsEntry("facility_type", "PRISON").containsEntry("code", "KARAGANDA")
                .containsEntry("address", "Dolinka");

        assertThatThrownBy(() -> visits.addFacility(new FacilityDetails(colony.name().toUpperCase(),
                FacilityType.PRISON, test.regionId("KARAGANDA"), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("name", "visits.facility.name.taken")));
        var elsewhere = visits.addFacility(new FacilityDetails(colony.name(), FacilityType.PRISON,
                test.regionId("PAVLODAR"), null));
        assertThat(elsewhere.region().getCode()).isEqualTo("PAVLODAR");
        assertThatThrownBy(() -> visits.addFacility(new FacilityDetails(" ", null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("name", "regionId", "type"));
    }

    @Test
    void the_directory_filters_by_type_region_and_text_and_counts_visits() {
        String marker = unique("Children's home");
        var home = visits.addFacility(new FacilityDetails(marker, FacilityType.SPECIAL_INSTITUTION_FOR_CHILDREN,
                test.regionId("KARAGANDA"), null));
        visits.addVisit(roster.id(), visit(home.id(), "2014-04-10", "2014-04-12", aigerim));

        var found = visits.facilities(new FacilityFilter(marker.substring(0, 20), null, null), PageRequest.of(0, 5));
        assertThat(found).extracting(FacilityRow::id, FacilityRow::visits)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(home.id(), 1L));
        assertThat(visits.countFacilities(new FacilityFilter(marker, FacilityType.PRISON, null))).isZero();
        assertThat(visits.countFacilities(new FacilityFilter(marker, null, test.regionId("ABAI")))).isZero();
    }

    // ---- visits ----

    @Test
    void a_visit_is_stored_with_its_team_and_the_days_until_its_report() {
        var row = visits.addVisit(roster.id(), visit(colony.id(), "2014-03-12", "2014-03-26", aigerim, erlan));

        assertThat(row.daysToReport()).isEqualTo(14);
        assertThat(row.team()).extracting(PersonRef::memberId).containsExactlyInAnyOrder(aigerim.id(), erlan.id());
        assertThat(jdbc.queryForList("select member_id from monitoring_visit_member where visit_id = ? "
                + "order by member_id", Long.class, row.id())).containsExactlyInAnyOrder(aigerim.id(), erlan.id());
        assertThat(test.count("select count(*) from audit_event where action = 'VISIT_RECORDED' and entity_id = ?",
                row.id())).isEqualTo(1);
    }

    @Test
    void a_visit_outside_the_roster_a_report_before_it_and_a_stranger_on_the_team_are_refused_and_nothing_is_stored() {
        var other = test.roster("Other team", 2014, Map.of());
        var stranger = test.member(other, "Бөтен Адам", "stranger@example.kz", "KARAGANDA");
        long before = test.count("select count(*) from monitoring_visit");

        assertThat(problems(() -> visits.addVisit(roster.id(), visit(colony.id(), "2015-01-02", null, aigerim))))
                .containsExactly(new FieldProblem("visitedOn", "visits.visit.visitedOn.outsideRoster"));
        assertThat(problems(() -> visits.addVisit(roster.id(), visit(colony.id(), "2014-05-10", "2014-05-09",
                aigerim)))).containsExactly(new FieldProblem("reportPublishedOn",
                "visits.visit.reportPublishedOn.invalid"));
        assertThat(problems(() -> visits.addVisit(roster.id(), visit(colony.id(), "2014-05-10", null, aigerim,
                stranger)))).containsExactly(new FieldProblem("teamIds", "visits.visit.team.notOnTeam"));
        assertThat(problems(() -> visits.addVisit(roster.id(), new VisitDetails(null, null, null, Set.of(), null))))
                .extracting(FieldProblem::field).containsExactly("facilityId", "teamIds", "visitedOn");
        assertThat(test.count("select count(*) from monitoring_visit")).isEqualTo(before);
    }

    @Test
    void a_suspended_member_cannot_be_on_a_visit_during_the_suspension_but_can_before_it() {
        var suspended = rosters.change(erlan.id(), erlan.version(), new MemberChangeRequest(MemberRole.MONITOR,
                MemberStatus.SUSPENDED, LocalDate.of(2014, 6, 1), "Illness"));

        assertThat(problems(() -> visits.addVisit(roster.id(), visit(colony.id(), "2014-06-10", null, erlan))))
                .containsExactly(new FieldProblem("teamIds", "visits.visit.team.notOnTeam"));
        var before = visits.addVisit(roster.id(), visit(colony.id(), "2014-05-20", null, erlan));
        assertThat(before.team()).extracting(PersonRef::memberId).containsExactly(suspended.id());
        assertThat(visits.teamChoices(roster.id(), LocalDate.of(2014, 6, 10))).extracting(MemberRow::id)
                .containsExactly(aigerim.id());
    }

    @Test
    void a_member_who_visited_cannot_be_removed_from_the_roster_but_one_who_did_not_can() {
        visits.addVisit(roster.id(), visit(colony.id(), "2014-03-12", null, aigerim));

        assertThatThrownBy(() -> rosters.removeMember(aigerim.id())).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("roster.member.remove.hasVisits"));
        assertThat(test.count("select count(*) from roster_member where id = ?", aigerim.id())).isEqualTo(1);
        rosters.removeMember(erlan.id());
        assertThat(test.count("select count(*) from roster_member where id = ?", erlan.id())).isZero();
    }

    @Test
    void editing_a_visit_publishes_its_report_and_a_stale_copy_is_refused() {
        var row = visits.addVisit(roster.id(), visit(colony.id(), "2014-03-12", null, aigerim));

        var published = visits.updateVisit(row.id(), row.version(), visit(colony.id(), "2014-03-12", "2014-03-14",
                aigerim, erlan));

        assertThat(published.daysToReport()).isEqualTo(2);
        assertThat(published.team()).hasSize(2);
        assertThatThrownBy(() -> visits.updateVisit(row.id(), row.version(), visit(colony.id(), "2014-03-12", null,
                aigerim)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.concurrentChange"));
        visits.removeVisit(row.id());
        assertThat(test.count("select count(*) from monitoring_visit_member where visit_id = ?", row.id())).isZero();
    }

    @Test
    void the_list_filters_by_report_member_type_and_dates_latest_first() {
        var home = visits.addFacility(new FacilityDetails(unique("Psychiatric hospital"),
                FacilityType.PSYCHIATRIC_OR_SOCIAL_CARE_HOME, test.regionId("KARAGANDA"), null));
        var march = visits.addVisit(roster.id(), visit(colony.id(), "2014-03-12", "2014-03-20", aigerim));
        var april = visits.addVisit(roster.id(), visit(home.id(), "2014-04-02", null, erlan));
        var may = visits.addVisit(roster.id(), visit(colony.id(), "2014-05-07", "2014-05-08", aigerim, erlan));

        assertThat(ids(VisitFilter.all())).containsExactly(may.id(), april.id(), march.id());
        assertThat(ids(new VisitFilter(null, null, false, null, null, null, null))).containsExactly(april.id());
        assertThat(ids(new VisitFilter(null, null, null, null, null, null, aigerim.id())))
                .containsExactly(may.id(), march.id());
        assertThat(ids(new VisitFilter(null, FacilityType.PSYCHIATRIC_OR_SOCIAL_CARE_HOME, null, null, null, null,
                null))).containsExactly(april.id());
        assertThat(ids(new VisitFilter(null, null, null, LocalDate.of(2014, 4, 1), LocalDate.of(2014, 4, 30), null,
                null))).containsExactly(april.id());
        assertThat(visits.visits(roster.id(), VisitFilter.all(), PageRequest.of(0, 10,
                Sort.by(VisitQueries.SORT_VISITED)))).extracting(VisitRow::id)
                .containsExactly(march.id(), april.id(), may.id());
        assertThat(visits.countVisits(roster.id(), new VisitFilter(null, null, true, null, null, null, null)))
                .isEqualTo(2);
    }

    // ---- statistics ----

    @Test
    void statistics_count_visits_and_reports_and_the_days_between_per_roster_and_per_monitor() {
        visits.addVisit(roster.id(), visit(colony.id(), "2014-03-10", "2014-03-12", aigerim, erlan));
        visits.addVisit(roster.id(), visit(colony.id(), "2014-04-01", "2014-04-11", aigerim));
        visits.addVisit(roster.id(), visit(colony.id(), "2014-05-01", "2014-06-30", aigerim));
        visits.addVisit(roster.id(), visit(colony.id(), "2014-07-01", null, erlan));
        var idle = test.member(roster, "Бос Адам", "idle.visits@example.kz", "ABAI");

        var total = visits.statistics(roster.id());
        // Delays 2, 10 and 60 days: mean 24, median 10, longest 60; one within a week; one not published.
        assertThat(total).isEqualTo(new ReportDelays(4, 3, 24.0, 10.0, 60L, 1));
        assertThat(total.notPublished()).isEqualTo(1);

        Map<Long, ReportDelays> perMonitor = new java.util.HashMap<>();
        visits.perMonitor(roster.id()).forEach(m -> perMonitor.put(m.memberId(), m.delays()));
        // Aigerim: 2, 10, 60 → mean 24, median 10. Erlan: 2 and unpublished → mean 2, median 2.
        assertThat(perMonitor.get(aigerim.id())).isEqualTo(new ReportDelays(3, 3, 24.0, 10.0, 60L, 1));
        assertThat(perMonitor.get(erlan.id())).isEqualTo(new ReportDelays(2, 1, 2.0, 2.0, 2L, 1));
        assertThat(perMonitor.get(idle.id())).isEqualTo(new ReportDelays(0, 0, null, null, null, 0));
        assertThat(visits.ofPerson(" " + aigerimEmail.toUpperCase() + " "))
                .singleElement().satisfies(v -> {
                    assertThat(v.rosterId()).isEqualTo(roster.id());
                    assertThat(v.delays().visits()).isEqualTo(3);
                });
    }

    @Test
    void an_even_number_of_reports_has_the_mean_of_the_two_middle_delays_as_its_median() {
        assertThat(ReportDelays.of(java.util.Arrays.asList(1L, 3L, null, 10L, 4L)))
                .isEqualTo(new ReportDelays(5, 4, 4.5, 3.5, 10L, 3));
    }

    @Test
    void the_organiser_is_warned_about_first_visits_before_the_required_training_but_not_about_later_ones() {
        long astana = test.demoSeminar2013("Astana");
        training.addRequirement(roster.id(), new RequirementDetails("NPM basics", true, Set.of(astana)));
        var first = visit(colony.id(), "2014-03-12", null, aigerim, erlan);

        assertThat(visits.notReadyForFirstVisit(roster.id(), null, first)).extracting(PersonRef::memberId)
                .containsExactlyInAnyOrder(aigerim.id(), erlan.id());
        visits.addVisit(roster.id(), visit(colony.id(), "2014-03-12", null, aigerim));
        assertThat(visits.notReadyForFirstVisit(roster.id(), null, visit(colony.id(), "2014-04-01", null, aigerim,
                erlan))).extracting(PersonRef::memberId).containsExactly(erlan.id());
    }

    @Test
    void a_commission_member_reads_visits_but_cannot_record_them() {
        var organiser = security.getContext();
        security.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken("commission1", null,
                AuthorityUtils.createAuthorityList("ROLE_COMMISSION"))));
        try {
            assertThat(visits.countVisits(roster.id(), VisitFilter.all())).isZero();
            assertThatThrownBy(() -> visits.addVisit(roster.id(), visit(colony.id(), "2014-03-12", null, aigerim)))
                    .isInstanceOf(AuthorizationDeniedException.class);
        } finally {
            security.setContext(organiser);
        }
    }

    // ---- helpers ----

    private List<Long> ids(VisitFilter filter) {
        return visits.visits(roster.id(), filter, PageRequest.of(0, 20)).stream().map(VisitRow::id).toList();
    }

    private static VisitDetails visit(long facilityId, String visitedOn, String reportOn, MemberRow... team) {
        return new VisitDetails(facilityId, LocalDate.parse(visitedOn), reportOn == null ? null
                : LocalDate.parse(reportOn), java.util.Arrays.stream(team).map(MemberRow::id)
                .collect(java.util.stream.Collectors.toSet()), null);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<FieldProblem> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the input to be refused");
    }
}
