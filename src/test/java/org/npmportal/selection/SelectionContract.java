package org.npmportal.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.npmportal.selection.SelectionFixture.CHAIR;
import static org.npmportal.selection.SelectionFixture.MEMBER2;
import static org.npmportal.selection.SelectionFixture.MEMBER3;
import static org.npmportal.selection.SelectionFixture.ORGANISER;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.selection.scoring.SeatOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A commission's whole round, from the set-up to the published decision, and the rules on the way, checked on
 * the stored state against a real database: H2 in {@link SelectionTest}, MariaDB in {@link SelectionMariaDbIT}.
 * The figures are worked by hand from the two criteria of {@link SelectionFixture#twoCriteria()}: a rater's
 * total is 100 × (⅔ × (experience − 1)/4 + ⅓ × (languages − 1)/4), so 3/3 gives 50, 4/2 gives 58⅓, 5/1
 * gives 66⅔, 2/5 gives 50 and 5/5 gives 100.
 */
@RecordApplicationEvents
abstract class SelectionContract {

    @Autowired
    SelectionService rounds;
    @Autowired
    RatingService rating;
    @Autowired
    ResultsService results;
    @Autowired
    CandidateRepository candidateRepository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    SelectionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SelectionFixture(rounds, rating, results, candidateRepository, jdbc, security, transactions, clock);
    }

    // ---- set-up ----

    @Test
    void a_round_with_broken_rules_is_refused_field_by_field_and_nothing_is_stored() {
        long before = jdbc.queryForObject("select count(*) from selection_round", Long.class);
        var round = new SelectionRound();
        round.setTitle("  ");
        round.setProgramme("NPM monitors");
        round.setYear(1999);
        round.setTotalSeats(2);
        round.setApplicationsOpen(java.time.LocalDate.of(2015, 2, 1));
        round.setApplicationsClose(java.time.LocalDate.of(2015, 1, 1));

        assertThatThrownBy(() -> fixture.as(ORGANISER, () -> rounds.save(round)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).contains(
                        new FieldProblem("title", "selection.title.required"),
                        new FieldProblem("year", "selection.year.range")));

        round.setTitle("Seats " + java.util.UUID.randomUUID());
        round.setYear(2015);
        round.setSeatsByRegion(Map.of(fixture.regionId("ASTANA"), 2, fixture.regionId("ABAI"), 1));
        assertThatThrownBy(() -> fixture.as(ORGANISER, () -> rounds.save(round)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("applicationsClose", "selection.applicationsClose.beforeOpen"),
                        new FieldProblem("seatsByRegion", "selection.seats.regionalExceedTotal")));
        assertThat(jdbc.queryForObject("select count(*) from selection_round", Long.class)).isEqualTo(before);
    }

    @Test
    void criteria_are_checked_as_a_whole_and_cannot_change_once_rating_has_started() {
        long id = fixture.draft("Criteria").getId();
        var broken = new ArrayList<>(SelectionFixture.twoCriteria());
        broken.add(new RatingCriterion("Languages", null, BigDecimal.ONE, 1, 5, Map.of()));
        assertThatThrownBy(() -> fixture.as(ORGANISER, () -> rounds.replaceCriteria(id, broken)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("criteria[2].name", "selection.criterion.name.duplicate")));
        var badScale = List.of(new RatingCriterion("Independence", null, BigDecimal.ONE, 5, 5, Map.of()));
        assertThatThrownBy(() -> fixture.as(ORGANISER, () -> rounds.replaceCriteria(id, badScale)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("criteria[0].scaleMax", "selection.criterion.scale.order")));
        var anchorOutside = List.of(new RatingCriterion("Independence", null, BigDecimal.ONE, 1, 5, Map.of(7, "Too high")));
        assertThatThrownBy(() -> fixture.as(ORGANISER, () -> rounds.replaceCriteria(id, anchorOutside)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(fixture.criterionIds(id)).isEmpty();

        long rated = fixture.ratingRound("Locked criteria", "Aigerim@ASTANA");
        assertThatThrownBy(() -> fixture.as(ORGANISER, () -> rounds.replaceCriteria(rated, SelectionFixture.twoCriteria())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("selection.criteria.locked"));
        assertThat(fixture.criterionIds(rated)).hasSize(2);
        var stored = fixture.as(ORGANISER, () -> rounds.get(rated)).orElseThrow().getCriteria().getFirst();
        assertThat(stored.getAnchors()).containsExactly(Map.entry(1, "None"), Map.entry(5, "Many visits, led teams"));
    }

    @Test
    void rating_cannot_start_without_a_commission_large_enough_for_the_minimum_ratings() {
        long id = fixture.draft("No commission").getId();
        fixture.as(ORGANISER, () -> rounds.replaceCriteria(id, SelectionFixture.twoCriteria()));
        fixture.as(ORGANISER, () -> rounds.changePhase(id, RoundPhase.APPLICATIONS_OPEN));
        assertThatThrownBy(() -> fixture.as(ORGANISER, () -> rounds.changePhase(id, RoundPhase.RATING)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("selection.phase.tooFewMembers"));
        assertThatThrownBy(() -> fixture.as(ORGANISER, () -> rounds.setCommission(id,
                Set.of(fixture.userId("commission1"), fixture.userId("organiser")), fixture.userId("commission1"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("members", "selection.commission.notCommissionRole")));
        assertThat(jdbc.queryForObject("select phase from selection_round where id = ?", String.class, id))
                .isEqualTo("APPLICATIONS_OPEN");
    }

    // ---- declarations and scores ----

    @Test
    void a_file_opens_only_after_declaring_no_conflict_and_a_recusal_is_final_and_recorded_with_its_time() {
        long id = fixture.ratingRound("Declarations", "Aigerim@ASTANA", "Bolat@ALMATY_CITY");
        long aigerim = fixture.candidateId(id, "Aigerim");
        long bolat = fixture.candidateId(id, "Bolat");

        assertThatThrownBy(() -> fixture.as(MEMBER2, () -> rating.open(id, aigerim)))
                .hasMessage("selection.declaration.required");
        assertThatThrownBy(() -> fixture.as(MEMBER2, () -> rating.declare(id, bolat, true, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("reason", "selection.declaration.reasonRequired")));

        fixture.as(MEMBER2, () -> rating.declare(id, aigerim, false, null));
        assertThat(fixture.as(MEMBER2, () -> rating.open(id, aigerim)).fullName()).isEqualTo("Aigerim");
        fixture.as(MEMBER2, () -> rating.declare(id, aigerim, true, "She works in my organisation"));
        assertThatThrownBy(() -> fixture.as(MEMBER2, () -> rating.open(id, aigerim)))
                .hasMessage("selection.declaration.recused");
        assertThatThrownBy(() -> fixture.as(MEMBER2, () -> rating.declare(id, aigerim, false, null)))
                .hasMessage("selection.declaration.final");
        assertThatThrownBy(() -> fixture.as(MEMBER2, () -> rating.saveScore(id, aigerim,
                fixture.criterionIds(id).getFirst(), 3, null))).hasMessage("selection.declaration.recused");

        assertThat(jdbc.queryForList("""
                select conflict from selection_declaration where candidate_id = ? order by id""", Boolean.class, aigerim))
                .containsExactly(false, true);
        var matrix = fixture.as(CHAIR, () -> results.recusals(id));
        long member2 = matrix.members().stream().filter(m -> m.username().equals("commission2")).findFirst()
                .orElseThrow().memberId();
        var cell = matrix.rows().stream().filter(r -> r.candidateId() == aigerim).findFirst().orElseThrow().cell(member2);
        assertThat(cell.state()).isEqualTo(DeclarationState.CONFLICT);
        assertThat(cell.reason()).isEqualTo("She works in my organisation");
        assertThat(cell.declaredAt()).isNotNull();
        assertThat(matrix.conflicts()).isEqualTo(1);
        assertThatThrownBy(() -> fixture.as(MEMBER3, () -> results.recusals(id))).hasMessage("selection.chairOnly");
    }

    @Test
    void every_change_of_a_score_is_kept_with_who_when_and_the_old_and_new_value() {
        long id = fixture.ratingRound("Score history", "Aigerim@ASTANA");
        long aigerim = fixture.candidateId(id, "Aigerim");
        long experience = fixture.criterionIds(id).getFirst();
        fixture.as(MEMBER3, () -> rating.declare(id, aigerim, false, null));

        fixture.as(MEMBER3, () -> rating.saveScore(id, aigerim, experience, 3, null));
        fixture.as(MEMBER3, () -> rating.saveScore(id, aigerim, experience, 3, null));
        fixture.as(MEMBER3, () -> rating.saveScore(id, aigerim, experience, 4, "Led two visits in 2014"));
        assertThatThrownBy(() -> fixture.as(MEMBER3, () -> rating.saveScore(id, aigerim, experience, 6, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("score", "selection.score.outsideScale")));
        fixture.as(MEMBER3, () -> rating.saveScore(id, aigerim, experience, null, null));

        var history = fixture.as(ORGANISER, () -> results.breakdown(id, aigerim)).changes();
        assertThat(history).extracting(CandidateBreakdown.Change::oldScore, CandidateBreakdown.Change::newScore,
                CandidateBreakdown.Change::newComment).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, 3, null),
                        org.assertj.core.groups.Tuple.tuple(3, 4, "Led two visits in 2014"),
                        org.assertj.core.groups.Tuple.tuple(4, null, null));
        assertThat(history).allSatisfy(change -> {
            assertThat(change.changedBy()).isEqualTo("commission3");
            assertThat(change.rater()).isEqualTo("Helen Commissioner");
            assertThat(change.criterion()).isEqualTo("Monitoring experience");
        });
        assertThat(jdbc.queryForObject("select count(*) from selection_score where candidate_id = ?", Long.class,
                aigerim)).isZero();
        assertThat(jdbc.queryForList("""
                select actor, action, details from audit_event
                 where entity_type = 'selection_candidate' and entity_id = ?
                   and action in ('DECLARATION_MADE', 'SCORE_CHANGED') order by id""", aigerim))
                .as("the audit log has each declaration and change, without the comment's text")
                .extracting(row -> row.get("actor"), row -> row.get("action"),
                        row -> ((String) row.get("details")).replaceFirst("^.*: ", ""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("commission3", "DECLARATION_MADE", "no conflict"),
                        org.assertj.core.groups.Tuple.tuple("commission3", "SCORE_CHANGED", "– → 3"),
                        org.assertj.core.groups.Tuple.tuple("commission3", "SCORE_CHANGED", "3 → 4, comment changed"),
                        org.assertj.core.groups.Tuple.tuple("commission3", "SCORE_CHANGED", "4 → –, comment changed"));
    }

    @Test
    void a_member_of_another_round_and_an_organiser_cannot_rate_and_a_plain_member_cannot_decide() {
        long id = fixture.ratingRound("Access", "Aigerim@ASTANA");
        long aigerim = fixture.candidateId(id, "Aigerim");
        fixture.as(ORGANISER, () -> rounds.setCommission(id,
                Set.of(fixture.userId("commission1"), fixture.userId("commission2")), fixture.userId("commission1")));

        assertThatThrownBy(() -> fixture.as(MEMBER3, () -> rating.declare(id, aigerim, false, null)))
                .hasMessage("selection.notMember");
        assertThatThrownBy(() -> fixture.as(ORGANISER, () -> rating.queue(id)))
                .isInstanceOf(AuthorizationDeniedException.class);
        fixture.as(CHAIR, () -> rounds.changePhase(id, RoundPhase.DELIBERATION));
        assertThatThrownBy(() -> fixture.as(MEMBER2, () -> results.decide(id))).hasMessage("selection.chairOnly");
        assertThat(jdbc.queryForObject("select phase from selection_round where id = ?", String.class, id))
                .isEqualTo("DELIBERATION");
    }

    @Test
    void a_commission_member_lists_and_opens_only_the_rounds_they_sit_on() {
        long id = fixture.draft("Not for commission3").getId();
        fixture.as(ORGANISER, () -> rounds.setCommission(id,
                Set.of(fixture.userId("commission1"), fixture.userId("commission2")), fixture.userId("commission1")));
        var pageRequest = org.springframework.data.domain.PageRequest.of(0, 500);

        assertThat(fixture.as(MEMBER3, () -> rounds.list(pageRequest)).getContent())
                .extracting(RoundSummary::id).doesNotContain(id);
        assertThat(fixture.as(MEMBER2, () -> rounds.list(pageRequest)).getContent())
                .extracting(RoundSummary::id).contains(id);
        assertThat(fixture.as(ORGANISER, () -> rounds.list(pageRequest)).getContent())
                .extracting(RoundSummary::id).contains(id);
        assertThat(fixture.as(MEMBER3, () -> rounds.count()))
                .isEqualTo(fixture.as(MEMBER3, () -> rounds.list(pageRequest)).getTotalElements());
        assertThatThrownBy(() -> fixture.as(MEMBER3, () -> rounds.get(id))).hasMessage("selection.notMember");
        assertThatThrownBy(() -> fixture.as(MEMBER3, () -> rounds.commission(id))).hasMessage("selection.notMember");
    }

    // ---- the whole round ----

    @Test
    void a_commission_of_three_rates_decides_overrides_with_a_reason_and_publishes_a_quota_respecting_list() {
        long id = fixture.ratingRound("Whole round", "Aigerim@ASTANA", "Bolat@ALMATY_CITY", "Dana@ALMATY_CITY",
                "Erlan@ASTANA", "Farida@KARAGANDA", "Gulnara@KARAGANDA");
        long aigerim = fixture.candidateId(id, "Aigerim");
        long bolat = fixture.candidateId(id, "Bolat");
        long dana = fixture.candidateId(id, "Dana");
        long erlan = fixture.candidateId(id, "Erlan");
        long farida = fixture.candidateId(id, "Farida");
        long gulnara = fixture.candidateId(id, "Gulnara");

        fixture.rate(CHAIR, id, aigerim, 3, 3);
        fixture.rate(MEMBER2, id, aigerim, 3, 3);
        fixture.rate(MEMBER3, id, aigerim, 4, 2);
        fixture.rate(CHAIR, id, bolat, 5, 5);
        fixture.rate(MEMBER2, id, bolat, 5, 5);
        fixture.rate(MEMBER3, id, bolat, 5, 1);
        fixture.rate(CHAIR, id, dana, 1, 1);
        fixture.rate(MEMBER2, id, dana, 3, 3);
        fixture.rate(MEMBER3, id, dana, 5, 5);
        fixture.as(CHAIR, () -> rating.declare(id, erlan, true, "My nephew"));
        fixture.rate(MEMBER2, id, erlan, 2, 5);
        fixture.rate(MEMBER3, id, erlan, 4, 2);
        fixture.rate(CHAIR, id, farida, 5, 1);
        fixture.rate(MEMBER2, id, farida, 5, 1);
        fixture.rate(MEMBER3, id, farida, 5, 1);
        fixture.rate(CHAIR, id, gulnara, 5, 5);
        fixture.rate(MEMBER2, id, gulnara, 5);

        assertThat(fixture.as(CHAIR, () -> rating.progress(id)))
                .isEqualTo(new RatingProgressFigures(5, 5, 0, 1, 0));
        assertThat(fixture.as(MEMBER2, () -> rating.progress(id)))
                .isEqualTo(new RatingProgressFigures(6, 5, 1, 0, 0));
        assertThatThrownBy(() -> fixture.as(MEMBER2, () -> rating.submit(id))).hasMessage("selection.rating.unfinished");
        fixture.as(CHAIR, () -> rating.submit(id));
        assertThatThrownBy(() -> fixture.as(CHAIR, () -> rating.saveScore(id, aigerim,
                fixture.criterionIds(id).getFirst(), 1, null))).hasMessage("selection.rating.submitted");
        assertThatThrownBy(() -> fixture.as(MEMBER3, () -> results.results(id))).hasMessage("selection.results.notYet");

        fixture.as(CHAIR, () -> rounds.changePhase(id, RoundPhase.DELIBERATION));
        var live = fixture.as(MEMBER3, () -> results.results(id));
        assertThat(live.rows()).extracting(ResultRow::fullName)
                .containsExactly("Gulnara", "Bolat", "Farida", "Erlan", "Aigerim", "Dana");
        var byName = live.rows().stream().collect(java.util.stream.Collectors.toMap(ResultRow::fullName, r -> r));
        assertThat(byName.get("Aigerim").mean()).isCloseTo(52.7778, within(1e-4));
        assertThat(byName.get("Aigerim").median()).isCloseTo(50.0, within(1e-9));
        assertThat(byName.get("Aigerim").standardDeviation()).isCloseTo(3.9284, within(1e-4));
        assertThat(byName.get("Bolat").mean()).isCloseTo(88.8889, within(1e-4));
        assertThat(byName.get("Erlan").ratings()).as("the recused chair does not count").isEqualTo(2);
        assertThat(byName.get("Erlan").mean()).isCloseTo(54.1667, within(1e-4));
        assertThat(byName.get("Dana").standardDeviation()).isCloseTo(40.8248, within(1e-4));
        assertThat(byName.get("Bolat").standardDeviation()).as("100, 100 and 66⅔").isCloseTo(15.7135, within(1e-4));
        assertThat(live.toDiscuss()).extracting(ResultRow::fullName).containsExactly("Bolat", "Dana");
        assertThat(byName.get("Gulnara").ratings()).as("an incomplete rating does not count").isEqualTo(1);
        assertThat(live.rows()).extracting(ResultRow::fullName, ResultRow::proposed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Gulnara", SeatOutcome.INELIGIBLE),
                org.assertj.core.groups.Tuple.tuple("Bolat", SeatOutcome.SELECTED_NATIONAL),
                org.assertj.core.groups.Tuple.tuple("Farida", SeatOutcome.SELECTED_NATIONAL),
                org.assertj.core.groups.Tuple.tuple("Erlan", SeatOutcome.SELECTED_REGIONAL),
                org.assertj.core.groups.Tuple.tuple("Aigerim", SeatOutcome.SELECTED_NATIONAL),
                org.assertj.core.groups.Tuple.tuple("Dana", SeatOutcome.RESERVE));
        assertThat(live.alpha()).isPresent();
        assertThat(live.progress()).extracting(MemberProgress::fullName).first().isEqualTo("Saule Commissioner");
        assertThat(live.regions()).filteredOn(r -> r.regionId() == fixture.regionId("ASTANA")).singleElement()
                .isEqualTo(new RegionFill(fixture.regionId("ASTANA"), 1, 2, 2));

        fixture.as(CHAIR, () -> results.decide(id));
        assertThatThrownBy(() -> fixture.as(CHAIR, () -> results.override(id, gulnara, Outcome.RESERVE, "Good")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("reason", "selection.override.reasonRequired")));
        String reason = "Only one member could rate her in time; her 2014 reports were exemplary";
        var decided = fixture.as(CHAIR, () -> results.override(id, gulnara, Outcome.RESERVE, reason));
        assertThat(decided.rows()).extracting(ResultRow::fullName, ResultRow::outcome, ResultRow::reservePosition,
                ResultRow::overridden).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Gulnara", Outcome.RESERVE, 1, true),
                        org.assertj.core.groups.Tuple.tuple("Bolat", Outcome.SELECTED, null, false),
                        org.assertj.core.groups.Tuple.tuple("Farida", Outcome.SELECTED, null, false),
                        org.assertj.core.groups.Tuple.tuple("Erlan", Outcome.SELECTED, null, false),
                        org.assertj.core.groups.Tuple.tuple("Aigerim", Outcome.SELECTED, null, false),
                        org.assertj.core.groups.Tuple.tuple("Dana", Outcome.RESERVE, 2, false));
        assertThat(jdbc.queryForObject("select mean_score from selection_decision where candidate_id = ?",
                BigDecimal.class, aigerim)).isEqualByComparingTo("52.778");
        var overrides = fixture.as(ORGANISER, () -> results.overrides(id));
        assertThat(overrides).singleElement().satisfies(o -> {
            assertThat(o.fullName()).isEqualTo("Gulnara");
            assertThat(o.from()).isEqualTo(Outcome.NOT_SELECTED);
            assertThat(o.to()).isEqualTo(Outcome.RESERVE);
            assertThat(o.reason()).isEqualTo(reason);
            assertThat(o.decidedBy()).isEqualTo("commission1");
        });

        fixture.as(ORGANISER, () -> results.publish(id));
        assertThat(jdbc.queryForObject("select phase from selection_round where id = ?", String.class, id))
                .isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForList("""
                select m.purpose from mail_outbox m join selection_candidate c on c.id = m.reference_id
                where c.round_id = ? and m.purpose like 'selection.result.%' order by c.code""", String.class, id))
                .containsExactly("selection.result.SELECTED", "selection.result.SELECTED", "selection.result.RESERVE",
                        "selection.result.SELECTED", "selection.result.SELECTED", "selection.result.RESERVE");
        assertThat(jdbc.queryForObject("select body from mail_outbox where reference_id = ? and purpose like 'selection.result.%'",
                String.class, dana)).contains("Dana").contains("резервный список").contains("под номером 2");
        var published = events.stream(SelectionPublished.class).filter(e -> e.roundId() == id).toList();
        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.year()).isEqualTo(2015);
            assertThat(e.selected()).extracting(SelectedMonitor::fullName)
                    .containsExactly("Bolat", "Farida", "Erlan", "Aigerim");
            assertThat(e.selected()).extracting(SelectedMonitor::rank).containsExactly(2, 3, 4, 5);
        });
        assertThatThrownBy(() -> fixture.as(CHAIR, () -> results.override(id, dana, Outcome.SELECTED, reason)))
                .hasMessage("selection.override.notDecided");
    }

    @Test
    void publishing_is_refused_while_more_candidates_are_selected_than_there_are_seats() {
        long id = fixture.ratingRound("Too many", "Aigerim@ASTANA", "Bolat@ALMATY_CITY", "Dana@ALMATY_CITY",
                "Erlan@ASTANA", "Farida@KARAGANDA");
        for (var name : List.of("Aigerim", "Bolat", "Dana", "Erlan", "Farida")) {
            long c = fixture.candidateId(id, name);
            fixture.rate(CHAIR, id, c, 3, 3);
            fixture.rate(MEMBER2, id, c, 4, 4);
        }
        fixture.as(CHAIR, () -> rounds.changePhase(id, RoundPhase.DELIBERATION));
        fixture.as(CHAIR, () -> results.decide(id));
        long reserve = fixture.as(CHAIR, () -> results.results(id)).rows().stream()
                .filter(r -> r.outcome() == Outcome.RESERVE).findFirst().orElseThrow().candidateId();
        fixture.as(CHAIR, () -> results.override(id, reserve, Outcome.SELECTED, "The commission wants five monitors"));

        assertThatThrownBy(() -> fixture.as(CHAIR, () -> results.publish(id)))
                .hasMessage("selection.publish.tooManySelected");
        assertThat(jdbc.queryForObject("select phase from selection_round where id = ?", String.class, id))
                .isEqualTo("DECIDED");
        assertThat(jdbc.queryForObject("""
                select count(*) from mail_outbox m join selection_candidate c on c.id = m.reference_id
                where c.round_id = ? and m.purpose like 'selection.result.%'""", Long.class, id)).isZero();
    }

    // ---- many raters at once ----

    @Test
    void three_raters_saving_at_the_same_time_never_lose_each_others_scores() throws Exception {
        String[] names = IntStream.rangeClosed(1, 20).mapToObj(i -> "Candidate" + i + "@ASTANA").toArray(String[]::new);
        long id = fixture.ratingRound("Concurrent raters", names);
        var candidateIds = jdbc.queryForList("select id from selection_candidate where round_id = ? order by code",
                Long.class, id);
        var criteria = fixture.criterionIds(id);
        var raters = List.of(CHAIR, MEMBER2, MEMBER3);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int r = 0; r < raters.size(); r++) {
            int rater = r;
            // Two tabs per rater, each rating every other candidate, all six threads at once.
            for (int tab = 0; tab < 2; tab++) {
                int parity = tab;
                tasks.add(fixture.asTask(raters.get(rater), () -> {
                    int saved = 0;
                    for (int i = parity; i < candidateIds.size(); i += 2) {
                        long candidate = candidateIds.get(i);
                        rating.declare(id, candidate, false, null);
                        for (int k = 0; k < criteria.size(); k++) {
                            rating.saveScore(id, candidate, criteria.get(k), 1 + (i + rater + k) % 5, "r" + rater);
                            saved++;
                        }
                    }
                    return saved;
                }));
            }
        }

        var saved = SelectionFixture.atOnce(tasks);

        assertThat(saved.stream().mapToInt(Integer::intValue).sum()).isEqualTo(3 * 20 * 2);
        assertThat(jdbc.queryForObject("select count(*) from selection_score where round_id = ?", Long.class, id))
                .isEqualTo(120);
        assertThat(jdbc.queryForObject("select count(*) from selection_score_change where round_id = ?", Long.class, id))
                .isEqualTo(120);
        for (int r = 0; r < raters.size(); r++) {
            int rater = r;
            String username = List.of("commission1", "commission2", "commission3").get(r);
            var stored = jdbc.queryForList("""
                    select s.score from selection_score s join selection_member m on m.id = s.member_id
                    join app_user u on u.id = m.user_id join selection_candidate c on c.id = s.candidate_id
                    join selection_criterion k on k.id = s.criterion_id
                    where s.round_id = ? and u.username = ? order by c.code, k.position""", Integer.class, id, username);
            var expected = new ArrayList<Integer>();
            for (int i = 0; i < 20; i++) {
                for (int k = 0; k < 2; k++) {
                    expected.add(1 + (i + rater + k) % 5);
                }
            }
            assertThat(stored).as(username).containsExactlyElementsOf(expected);
        }
        var progress = fixture.as(CHAIR, () -> results.results(id)).progress();
        assertThat(progress).allSatisfy(p -> assertThat(p.figures().complete()).isEqualTo(20));
    }

    @Test
    void one_rater_changing_the_same_score_from_six_tabs_at_once_keeps_one_score_and_an_unbroken_history()
            throws Exception {
        long id = fixture.ratingRound("Six tabs", "Aigerim@ASTANA");
        long aigerim = fixture.candidateId(id, "Aigerim");
        long experience = fixture.criterionIds(id).getFirst();
        fixture.as(MEMBER2, () -> rating.declare(id, aigerim, false, null));

        SelectionFixture.atOnce(IntStream.rangeClosed(1, 6).mapToObj(value -> fixture.asTask(MEMBER2,
                () -> rating.saveScore(id, aigerim, experience, 1 + value % 5, "tab " + value))).toList());

        assertThat(jdbc.queryForObject("select count(*) from selection_score where candidate_id = ?", Long.class,
                aigerim)).isEqualTo(1);
        var history = jdbc.queryForList("""
                select old_score, new_score from selection_score_change where candidate_id = ? order by id""", aigerim);
        assertThat(history).hasSize(6);
        assertThat(history.getFirst().get("old_score")).isNull();
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).get("old_score")).as("change %d starts where change %d ended", i, i - 1)
                    .isEqualTo(history.get(i - 1).get("new_score"));
        }
        assertThat(jdbc.queryForObject("select score from selection_score where candidate_id = ?", Integer.class,
                aigerim)).isEqualTo(((Number) history.getLast().get("new_score")).intValue());
    }
}
