package org.npmportal.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo rounds the issue asks for, as a user of the demo finds them. */
@PortalTest
class DemoSelectionTest {

    @Autowired
    SelectionService rounds;
    @Autowired
    RatingService rating;
    @Autowired
    ResultsService results;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    CandidateService candidateService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    SelectionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SelectionFixture(rounds, rating, results, candidates, jdbc, security, transactions, clock);
    }

    private long round(String title) {
        return jdbc.queryForObject("select id from selection_round where title = ?", Long.class, title);
    }

    @Test
    void the_2014_round_is_published_with_112_selected_a_reserve_list_and_two_reasoned_overrides() {
        long id = round(DemoSelection.TITLE_2014);
        var published = fixture.as(SelectionFixture.CHAIR, () -> results.results(id));

        assertThat(published.phase()).isEqualTo(RoundPhase.PUBLISHED);
        assertThat(published.rows()).hasSize(140);
        assertThat(published.selected()).isEqualTo(112);
        assertThat(published.reserve()).isEqualTo(10);
        assertThat(published.regions()).as("every region has its four monitors")
                .allSatisfy(region -> assertThat(region.selected()).isGreaterThanOrEqualTo(region.seats()));
        assertThat(published.alpha()).isPresent();
        assertThat(published.alpha().getAsDouble()).isBetween(0.3, 1.0);
        assertThat(fixture.as(SelectionFixture.ORGANISER, () -> results.overrides(id))).hasSize(2)
                .allSatisfy(o -> assertThat(o.reason()).hasSizeGreaterThan(40));
        assertThat(fixture.as(SelectionFixture.CHAIR, () -> results.recusals(id)).conflicts()).isEqualTo(3);
        assertThat(jdbc.queryForList("select status from mail_outbox where purpose like 'selection.result.%' "
                + "and reference_id in (select id from selection_candidate where round_id = ?)", String.class, id))
                .as("one result mail per candidate, sent back in 2014").hasSize(140).containsOnly("SENT");
        assertThat(jdbc.queryForObject("""
                select count(*) from selection_candidate c where c.round_id = ? and exists (
                    select 1 from registration r join attendance a on a.registration_id = r.id where r.email = c.email)""",
                Long.class, id)).as("candidates who attended the 2013 seminars").isPositive();
    }

    @Test
    void the_2015_round_is_rating_150_candidates_with_returning_monitors_and_the_commission_part_way() {
        long id = round(DemoSelection.TITLE_2015);
        long returning = jdbc.queryForObject("""
                select count(*) from selection_candidate c where c.round_id = ? and c.email in (
                    select c14.email from selection_candidate c14 join selection_decision d on d.candidate_id = c14.id
                    where d.outcome = 'SELECTED' and c14.round_id = ?)""", Long.class, id, round(DemoSelection.TITLE_2014));

        assertThat(jdbc.queryForObject("select phase from selection_round where id = ?", String.class, id))
                .isEqualTo("RATING");
        assertThat(jdbc.queryForObject("select count(*) from selection_candidate where round_id = ? and status = 'ACTIVE'",
                Long.class, id)).isEqualTo(150);
        assertThat(returning).isBetween(60L, 90L);
        long monitor2014 = jdbc.queryForObject("""
                select min(c.id) from selection_candidate c where c.round_id = ? and c.email in (
                    select c14.email from selection_candidate c14 join selection_decision d on d.candidate_id = c14.id
                    where d.outcome = 'SELECTED' and c14.round_id = ?)""", Long.class, id, round(DemoSelection.TITLE_2014));
        var history = fixture.as(SelectionFixture.MEMBER2, () -> candidateService.history(id, List.of(monitor2014)))
                .get(monitor2014);
        assertThat(history.rosters()).as("the 2014 roster filled by the published 2014 round")
                .anySatisfy(entry -> assertThat(entry.year()).isEqualTo(2014));
        var chair = fixture.as(SelectionFixture.CHAIR, () -> rating.progress(id));
        var member2 = fixture.as(SelectionFixture.MEMBER2, () -> rating.progress(id));
        var member3 = fixture.as(SelectionFixture.MEMBER3, () -> rating.progress(id));
        assertThat(chair.complete()).isBetween(80, 100);
        assertThat(member2.complete()).isBetween(45, 60);
        assertThat(member3.complete()).isBetween(110, 125);
        assertThat(chair.partial() + member2.partial() + member3.partial()).isEqualTo(3);
        assertThat(chair.recused()).isEqualTo(2);
        assertThat(chair.finished()).isFalse();
        assertThat(fixture.as(SelectionFixture.CHAIR, () -> rounds.dashboardFigures()))
                .contains(new org.npmportal.base.DashboardFigure("dashboard.figure.toRate",
                        chair.assigned() - chair.complete(), "selection/" + id + "/rate"));
    }
}
