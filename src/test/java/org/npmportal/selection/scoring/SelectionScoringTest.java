package org.npmportal.selection.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SelectionScoringTest {

    private static final Offset<Double> EXACT = within(1e-9);

    /*
     * The worked example: criteria "experience" weight 2 on 1–5 and "motivation" weight 1 on 0–10.
     * total = 100 · (2·(s1 − 1)/4 + 1·s2/10) / 3, so s1 is worth 0, 16.667, 33.333, 50, 66.667 for 1..5
     * and s2 is worth s2 · 10/3.
     *
     *          A                 B                  C                  D
     *   r1  (5,4) 66.667+13.333=80  (4,3) 50+10=60     (2,7) 16.667+23.333=40  (4,6) 50+20=70
     *   r2  (4,6) 50+20=70          (3,8) 33.333+26.667=60  (3,5) 33.333+16.667=50  recused, its (5,10) ignored
     *   r3  (5,7) 66.667+23.333=90  (5, –) incomplete  (3,2) 33.333+6.667=40   (4,0) 50+0=50
     */
    private static Round workedExample() {
        return new Round()
                .criterion("experience", 2, 1, 5)
                .criterion("motivation", 1, 0, 10)
                .raters("r1", "r2", "r3")
                .candidate("A", "NORTH").candidate("B", "NORTH").candidate("C", "SOUTH").candidate("D", "SOUTH")
                .score("r1", "A", 5, 4).score("r1", "B", 4, 3).score("r1", "C", 2, 7).score("r1", "D", 4, 6)
                .score("r2", "A", 4, 6).score("r2", "B", 3, 8).score("r2", "C", 3, 5).score("r2", "D", 5, 10)
                .recuse("r2", "D")
                .score("r3", "A", 5, 7).score("r3", "B", 5).score("r3", "C", 3, 2).score("r3", "D", 4, 0);
    }

    @Test
    void a_raters_total_weights_each_normalised_criterion_by_its_share_of_all_weights() {
        var result = workedExample().score();

        assertThat(result.total("r1", "A")).hasValueCloseTo(80.0, EXACT);
        assertThat(result.total("r1", "C")).hasValueCloseTo(40.0, EXACT);
        assertThat(result.total("r2", "B")).hasValueCloseTo(60.0, EXACT);
        assertThat(result.total("r3", "D")).hasValueCloseTo(50.0, EXACT);
    }

    @Test
    void a_recused_rater_counts_for_nothing_even_with_scores_entered() {
        var d = workedExample().score().candidate("D").orElseThrow();

        // Only r1 (70) and r3 (50) count; r2's 5 and 10 would have made a 100.
        assertThat(workedExample().score().total("r2", "D")).isEmpty();
        assertThat(d.ratings()).isEqualTo(2);
        assertThat(d.max()).isCloseTo(70, EXACT);
    }

    @Test
    void a_rater_who_left_a_criterion_unscored_is_left_out_of_that_candidate() {
        var result = workedExample().score();
        var b = result.candidate("B").orElseThrow();

        // r3 gave B experience 5 but no motivation score: B is figured from r1 60 and r2 60 only.
        assertThat(result.total("r3", "B")).isEmpty();
        assertThat(b.ratings()).isEqualTo(2);
        assertThat(b.mean()).isCloseTo(60, EXACT);
        assertThat(b.standardDeviation()).isCloseTo(0, EXACT);
    }

    @Test
    void each_candidate_gets_count_mean_median_spread_and_range_of_the_totals_that_count() {
        var result = workedExample().score();

        // A: 70, 80, 90 → mean 80, median 80, population SD √((100 + 0 + 100)/3) = √66.667 = 8.16497
        var a = result.candidate("A").orElseThrow();
        assertThat(a.ratings()).isEqualTo(3);
        assertThat(a.mean()).isCloseTo(80, EXACT);
        assertThat(a.median()).isCloseTo(80, EXACT);
        assertThat(a.standardDeviation()).isCloseTo(Math.sqrt(200.0 / 3), EXACT);
        assertThat(a.min()).isCloseTo(70, EXACT);
        assertThat(a.max()).isCloseTo(90, EXACT);

        // C: 40, 40, 50 → mean 43.333, median 40, SD √((11.111 + 11.111 + 44.444)/3) = √22.222 = 4.71405
        var c = result.candidate("C").orElseThrow();
        assertThat(c.mean()).isCloseTo(130.0 / 3, EXACT);
        assertThat(c.median()).isCloseTo(40, EXACT);
        assertThat(c.standardDeviation()).isCloseTo(Math.sqrt(200.0 / 9), EXACT);
        assertThat(ScoreRounding.display(c.mean())).isEqualByComparingTo("43.333");
        assertThat(ScoreRounding.display(c.standardDeviation())).isEqualByComparingTo("4.714");

        // D: 50, 70 → even n, median is the mean of the middle two: 60
        var d = result.candidate("D").orElseThrow();
        assertThat(d.median()).isCloseTo(60, EXACT);
        assertThat(d.standardDeviation()).isCloseTo(10, EXACT);
    }

    @Test
    void equal_mean_median_and_count_keep_id_order_and_are_flagged_as_tied() {
        var ranking = workedExample().score().ranking();

        // B (60, 60 → mean 60, median 60, n 2) and D (70, 50 → mean 60, median 60, n 2) are equal on all
        // three; B precedes D by id and both show "=2". C's mean 43.333 puts it last.
        assertThat(ranking).extracting(CandidateResult::candidateId).containsExactly("A", "B", "D", "C");
        assertThat(ranking).extracting(CandidateResult::rank).containsExactly(1, 2, 3, 4);
        assertThat(ranking).extracting(CandidateResult::tied).containsExactly(false, true, true, false);
        assertThat(ranking).extracting(CandidateResult::tieRank).containsExactly(1, 2, 2, 4);
    }

    @Test
    void means_equal_in_exact_arithmetic_tie_even_when_their_doubles_differ_in_the_last_bit() {
        // Scale 0–3: a score of 1 is 100/3 = 33.33333333333333 and 2 is 66.66666666666666 as doubles, so
        // E's mean (1 and 2) comes out as 49.99999999999999 while F's (0 and 3) is 50.0; both are 50 exactly.
        // Unrounded, F would rank first; compared at nine decimals they tie and id order puts E first.
        var ranking = new Round().criterion("overall", 1, 0, 3).raters("r1", "r2").candidates("E", "F")
                .score("r1", "E", 1).score("r2", "E", 2)
                .score("r1", "F", 0).score("r2", "F", 3)
                .score().ranking();

        assertThat(ranking.get(0).mean()).isNotEqualTo(ranking.get(1).mean());
        assertThat(ranking).extracting(CandidateResult::candidateId).containsExactly("E", "F");
        assertThat(ranking).extracting(CandidateResult::tied).containsExactly(true, true);
        assertThat(ranking).extracting(CandidateResult::tieRank).containsExactly(1, 1);
    }

    @Test
    void an_equal_mean_is_decided_by_the_higher_median() {
        // K1: 40, 40, 70 → mean 50, median 40.  K2: 20, 50, 80 → mean 50, median 50.
        var ranking = Round.singleCriterion0To100().raters("r1", "r2", "r3").candidates("K1", "K2")
                .score("r1", "K1", 40).score("r2", "K1", 40).score("r3", "K1", 70)
                .score("r1", "K2", 20).score("r2", "K2", 50).score("r3", "K2", 80)
                .score().ranking();

        assertThat(ranking).extracting(CandidateResult::candidateId).containsExactly("K2", "K1");
        assertThat(ranking).extracting(CandidateResult::tied).containsOnly(false);
    }

    @Test
    void an_equal_mean_and_median_is_decided_by_more_ratings() {
        // G: 50, 50 (r3 recused) → mean 50, median 50, n 2.  H: 40, 50, 60 → mean 50, median 50, n 3.
        var ranking = Round.singleCriterion0To100().raters("r1", "r2", "r3").candidates("G", "H")
                .score("r1", "G", 50).score("r2", "G", 50).recuse("r3", "G")
                .score("r1", "H", 40).score("r2", "H", 50).score("r3", "H", 60)
                .score().ranking();

        assertThat(ranking).extracting(CandidateResult::candidateId).containsExactly("H", "G");
        assertThat(ranking).extracting(CandidateResult::tied).containsOnly(false);
    }

    @Test
    void a_candidate_nobody_could_rate_has_no_figures_and_ranks_last() {
        var result = Round.singleCriterion0To100().raters("r1").candidates("A", "B")
                .score("r1", "B", 10).recuse("r1", "A")
                .score();

        var a = result.candidate("A").orElseThrow();
        assertThat(a.ratings()).isZero();
        assertThat(a.mean()).isNaN();
        assertThat(a.rank()).isEqualTo(2);
        assertThat(a.discuss()).isFalse();
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two_and_the_spread_is_the_population_deviation() {
        // Totals 20, 40, 40, 40, 50, 50, 70, 90 (the textbook 2, 4, 4, 4, 5, 5, 7, 9 times ten):
        // mean 400/8 = 50; median (40 + 50)/2 = 45;
        // squared deviations 900 + 100 + 100 + 100 + 0 + 0 + 400 + 1600 = 3200;
        // population SD √(3200/8) = √400 = 20 (a sample SD would be √(3200/7) = 21.381).
        var round = Round.singleCriterion0To100().raters("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8").candidates("X");
        double[] totals = {20, 40, 40, 40, 50, 50, 70, 90};
        for (int i = 0; i < totals.length; i++) {
            round.score("r" + (i + 1), "X", totals[i]);
        }

        var x = round.score().candidate("X").orElseThrow();

        assertThat(x.mean()).isCloseTo(50, EXACT);
        assertThat(x.median()).isCloseTo(45, EXACT);
        assertThat(x.standardDeviation()).isCloseTo(20, EXACT);
        assertThat(x.min()).isCloseTo(20, EXACT);
        assertThat(x.max()).isCloseTo(90, EXACT);
    }

    @Test
    void a_candidate_is_flagged_for_discussion_only_when_the_spread_exceeds_the_threshold() {
        var input = Round.singleCriterion0To100().raters("r1", "r2").candidates("A", "B")
                .score("r1", "A", 40).score("r2", "A", 60)      // SD 10
                .score("r1", "B", 45).score("r2", "B", 55)      // SD 5
                .input();

        assertThat(SelectionScoring.score(input, 10).toDiscuss()).isEmpty();
        assertThat(SelectionScoring.score(input, 9.99).toDiscuss())
                .extracting(CandidateResult::candidateId).containsExactly("A");
        assertThat(SelectionScoring.score(input, 4).toDiscuss())
                .extracting(CandidateResult::candidateId).containsExactly("A", "B");
    }

    @Test
    void z_scores_remove_the_offset_of_a_harsh_and_a_lenient_rater() {
        /*
         * Harsh h gives P 10, Q 30, X 20 (recused from Y): mean 20, SD √((100 + 100 + 0)/3) = 8.16497,
         *   z: P −1.224745, Q +1.224745, X 0.
         * Lenient l gives P 70, Q 90, Y 80 (recused from X): mean 80, same SD, z: P −1.224745, Q +1.224745, Y 0.
         * Flat f gives P 50, Q 50 (recused from X and Y): SD 0, contributes 0.
         * √1.5 = 1.224745.
         *
         * Raw means put Y (80) far above X (20) only because different raters judged them; z means put both at 0.
         * P: (−1.224745 − 1.224745 + 0)/3 = −0.816497; Q: +0.816497.
         */
        var result = Round.singleCriterion0To100().raters("h", "l", "f").candidates("P", "Q", "X", "Y")
                .score("h", "P", 10).score("h", "Q", 30).score("h", "X", 20).recuse("h", "Y")
                .score("l", "P", 70).score("l", "Q", 90).score("l", "Y", 80).recuse("l", "X")
                .score("f", "P", 50).score("f", "Q", 50).recuse("f", "X").recuse("f", "Y")
                .score();

        assertThat(result.candidate("X").orElseThrow().mean()).isCloseTo(20, EXACT);
        assertThat(result.candidate("Y").orElseThrow().mean()).isCloseTo(80, EXACT);
        assertThat(result.candidate("X").orElseThrow().zMean()).isCloseTo(0, EXACT);
        assertThat(result.candidate("Y").orElseThrow().zMean()).isCloseTo(0, EXACT);
        assertThat(result.candidate("P").orElseThrow().zMean()).isCloseTo(-2 * Math.sqrt(1.5) / 3, EXACT);
        assertThat(result.candidate("Q").orElseThrow().zMean()).isCloseTo(2 * Math.sqrt(1.5) / 3, EXACT);
    }

    @Test
    void progress_counts_complete_and_partial_ratings_against_the_candidates_a_rater_is_not_recused_from() {
        var progress = workedExample().score().progress();

        assertThat(progress).containsExactly(
                new RaterProgress("r1", 4, 0, 4),
                new RaterProgress("r2", 3, 0, 3),
                new RaterProgress("r3", 3, 1, 4));
        assertThat(progress.get(2).completion()).isCloseTo(0.75, EXACT);
    }

    @Test
    void the_round_reliability_treats_recused_and_incomplete_ratings_as_missing() {
        /*
         * Units (candidates) and their values: A 80, 70, 90; B 60, 60; C 40, 50, 40; D 70, 50 → n = 10,
         * grand mean 610/10 = 61.
         * Within units, m·SS/(m − 1): A 3·200/2 = 300; B 0; C 3·66.667/2 = 100; D 2·200/1 = 400 → 800.
         * SS_all = 361 + 81 + 841 + 1 + 1 + 441 + 121 + 441 + 81 + 121 = 2490.
         * D_o/D_e = (n − 1)·800 / (n·2490) = 7200/24900 = 0.289157 → alpha = 0.710843.
         */
        assertThat(workedExample().score().alpha()).hasValueCloseTo(1 - 7200.0 / 24900, EXACT);
    }

    @Test
    void krippendorffs_interval_example_gives_his_published_alpha_through_the_whole_calculation() {
        /*
         * K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), interval data example: 4 observers,
         * 12 units, values 1–5 with missing values; published alpha (interval) = 0.849. A single criterion on
         * a 1–5 scale maps v to 25·(v − 1), an affine change that interval alpha does not see.
         */
        var round = new Round().criterion("overall", 1, 1, 5).raters("A", "B", "C", "D");
        double[][] observers = KrippendorffAlphaTest.KRIPPENDORFF_2011;
        for (int unit = 0; unit < 12; unit++) {
            round.candidate("u%02d".formatted(unit + 1), "REG");
            for (int o = 0; o < 4; o++) {
                if (!Double.isNaN(observers[o][unit])) {
                    round.score("ABCD".substring(o, o + 1), "u%02d".formatted(unit + 1), observers[o][unit]);
                }
            }
        }

        var alpha = round.score().alpha();

        assertThat(ScoreRounding.display(alpha.orElseThrow())).isEqualByComparingTo("0.849");
    }

    @Test
    void the_same_round_entered_in_another_order_gives_the_same_figures_to_the_last_bit() {
        var input = randomRound(new Random(7), 200, 9, 4);
        var shuffled = new Random(11);
        var reordered = new ScoringInput(shuffle(input.criteria(), shuffled), shuffle(input.raterIds(), shuffled),
                shuffle(input.candidates(), shuffled), shuffle(list(input.scores()), shuffled),
                shuffle(input.recusals(), shuffled));

        var first = SelectionScoring.score(input, 15);
        var second = SelectionScoring.score(reordered, 15);

        assertThat(second.ranking()).isEqualTo(first.ranking());
        assertThat(second.alpha()).isEqualTo(first.alpha());
        assertThat(second.progress()).isEqualTo(first.progress());
    }

    @Test
    void a_score_outside_its_scale_a_duplicate_or_an_unknown_id_is_refused() {
        assertThatThrownBy(() -> workedExample().score("r1", "A", 6, 1).score())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the scale");
        assertThatThrownBy(() -> workedExample().score("r1", "A", 5).score())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> workedExample().score("r9", "A", 5).score())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown rater r9");
        assertThatThrownBy(() -> workedExample().recuse("r1", "Z").score())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown candidate Z");
        assertThatThrownBy(() -> workedExample().candidate("A", "EAST").score())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("candidate A appears twice");
        assertThatThrownBy(() -> new Criterion("c", 0, 1, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void figures_are_rounded_for_display_once_to_three_decimals_half_up() {
        assertThat(ScoreRounding.display(2.0005)).isEqualTo(new BigDecimal("2.001"));
        assertThat(ScoreRounding.display(200.0 / 3)).isEqualTo(new BigDecimal("66.667"));
        assertThat(ScoreRounding.display(-0.0004)).isEqualTo(new BigDecimal("0.000"));
    }

    /** Integer scores on each criterion's scale, about 5% recusals and 2% missing scores. */
    static ScoringInput randomRound(Random random, int candidates, int raters, int criteria) {
        var round = new Round();
        for (int k = 0; k < criteria; k++) {
            round.criterion("c" + k, 1 + random.nextInt(3), k % 2 == 0 ? 1 : 0, k % 2 == 0 ? 5 : 10);
        }
        String[] raterIds = new String[raters];
        for (int r = 0; r < raters; r++) {
            raterIds[r] = "rater-" + r;
        }
        round.raters(raterIds);
        var input = new ArrayList<Score>();
        var recusals = new ArrayList<Recusal>();
        for (int c = 0; c < candidates; c++) {
            String candidate = "cand-%05d".formatted(c);
            round.candidate(candidate, "region-" + random.nextInt(17));
            for (String rater : raterIds) {
                if (random.nextInt(100) < 5) {
                    recusals.add(new Recusal(rater, candidate));
                    continue;
                }
                for (int k = 0; k < criteria; k++) {
                    if (random.nextInt(100) >= 2) {
                        int min = k % 2 == 0 ? 1 : 0;
                        int max = k % 2 == 0 ? 5 : 10;
                        input.add(new Score(rater, candidate, "c" + k, min + random.nextInt(max - min + 1)));
                    }
                }
            }
        }
        var base = round.input();
        return new ScoringInput(base.criteria(), base.raterIds(), base.candidates(), input, recusals);
    }

    static List<Score> list(Scores scores) {
        var list = new ArrayList<Score>();
        scores.forEach((rater, candidate, criterion, value) -> list.add(new Score(rater, candidate, criterion, value)));
        return list;
    }

    private static <T> List<T> shuffle(List<T> items, Random random) {
        var copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}
