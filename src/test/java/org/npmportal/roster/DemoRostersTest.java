package org.npmportal.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.npmportal.base.DashboardFigure;
import org.npmportal.base.DashboardService;
import org.npmportal.roster.visit.ReportDelays;
import org.npmportal.roster.visit.VisitService;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The demo as it starts: the selection demo's 2014 roster of 112 monitors with its 276 visits, and the 2015
 * roster carried over from it, with gaps and training still to do.
 */
@PortalTest
@WithUserDetails("organiser")
class DemoRostersTest {

    @Autowired
    RosterService rosters;
    @Autowired
    TrainingService training;
    @Autowired
    VisitService visits;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DashboardService dashboard;

    @Test
    void the_2014_roster_has_112_monitors_across_every_region_with_coordinators_and_dated_departures() {
        var y2014 = roster(2014);
        List<MemberRow> team = rosters.allMembers(y2014.id(), MemberFilter.all());

        assertThat(team).hasSize(112);
        assertThat(team.stream().map(m -> m.region().getCode()).distinct()).hasSize(20);
        assertThat(team).filteredOn(m -> m.role() == MemberRole.REGIONAL_COORDINATOR).hasSizeGreaterThanOrEqualTo(5);
        assertThat(team).filteredOn(m -> m.status() == MemberStatus.SUSPENDED).singleElement()
                .satisfies(m -> assertThat(m.statusReason()).startsWith("Conflict of interest"));
        assertThat(team).filteredOn(m -> m.status() == MemberStatus.WITHDRAWN).hasSize(2)
                .allSatisfy(m -> assertThat(m.endsOn()).isEqualTo(m.statusSince()));
    }

    @Test
    void the_2014_roster_made_276_visits_with_most_reports_published_and_a_few_still_out() {
        var y2014 = roster(2014);

        ReportDelays year = visits.statistics(y2014.id());

        assertThat(year.visits()).isEqualTo(276);
        assertThat(year.notPublished()).isBetween(3, 20);
        assertThat(year.medianDays()).isBetween(5.0, 30.0);
        assertThat(year.longestDays()).isGreaterThan(45);
        assertThat(jdbc.queryForObject("select min(visited_on) from monitoring_visit where roster_id = ?",
                LocalDate.class, y2014.id())).isAfterOrEqualTo(LocalDate.of(2014, 3, 1));
        assertThat(jdbc.queryForObject("select count(distinct member_id) from monitoring_visit_member",
                Integer.class)).isGreaterThan(90);
    }

    @Test
    void the_2015_roster_was_carried_over_with_most_returning_and_shows_gaps_and_training_to_do() {
        var y2014 = roster(2014);
        var y2015 = roster(2015);

        assertThat(y2015.carriedOverFromId()).isEqualTo(y2014.id());
        var comparison = rosters.comparison(y2015.id());
        assertThat(comparison.stayed()).isBetween(85, 100);
        assertThat(comparison.joined()).isEqualTo(12);
        assertThat(comparison.left()).isEqualTo(112 - comparison.stayed());
        assertThat(rosters.coverage(y2015.id())).filteredOn(RegionCoverage::isShort).hasSizeGreaterThan(3);
        var basics = training.requirements(y2015.id()).stream().filter(q -> q.name().equals("NPM basics"))
                .findFirst().orElseThrow();
        assertThat(basics.beforeFirstVisit()).isTrue();
        assertThat(basics.met()).as("the newcomers attended the 2013 seminars").isGreaterThanOrEqualTo(12);
        assertThat(basics.notMet()).isGreaterThan(50);
        assertThat(basics.nextSeminar()).isNotNull();
        assertThat(basics.nextSeminar().title()).isEqualTo("NPM basics for new monitors");
    }

    @Test
    void the_dashboard_shows_readers_the_newest_rosters_figures_and_the_reports_not_yet_published() {
        var figures = dashboard.figures();

        assertThat(figures).extracting(DashboardFigure::labelKey).contains("roster.figure.activeMembers",
                "roster.figure.regionsShort", "visits.figure.reportsNotPublished");
        assertThat(figures).filteredOn(f -> f.labelKey().startsWith("roster."))
                .allSatisfy(f -> assertThat(f.route()).matches("rosters/[0-9]+"));
        assertThat(figures).filteredOn(f -> f.labelKey().equals("visits.figure.reportsNotPublished")).singleElement()
                .satisfies(f -> assertThat(f.value()).isPositive());
    }

    @Test
    @WithUserDetails("finance")
    void finance_staff_see_no_roster_figures() {
        assertThat(dashboard.figures()).extracting(DashboardFigure::labelKey)
                .noneMatch(key -> key.startsWith("roster.") || key.startsWith("visits."));
    }

    private RosterOutline roster(int year) {
        long id = rosters.list(new RosterFilter("NPM monitors", year), PageRequest.of(0, 5)).stream()
                .filter(r -> r.programme().equals("NPM monitors")).findFirst().orElseThrow().id();
        return rosters.roster(id).orElseThrow();
    }
}
