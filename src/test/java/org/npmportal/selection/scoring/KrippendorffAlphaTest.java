package org.npmportal.selection.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    private static final double N = Double.NaN;

    /**
     * K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), the example with 4 observers
     * (rows), 12 units (columns) and missing values. Published: alpha = 0.849 for interval data. Checked
     * independently from the pair definition (every ordered pair within and across units):
     * n = 40 pairable values (unit 12 has one value and drops out), D_o = 0.433333, D_e = 2.871795,
     * alpha = 1 − 0.433333/2.871795 = 0.849107.
     */
    static final double[][] KRIPPENDORFF_2011 = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3},
            {N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N}};

    @Test
    void krippendorffs_own_interval_example_gives_his_published_value() {
        double[][] byUnit = new double[12][4];
        for (int unit = 0; unit < 12; unit++) {
            for (int observer = 0; observer < 4; observer++) {
                byUnit[unit][observer] = KRIPPENDORFF_2011[observer][unit];
            }
        }

        assertThat(KrippendorffAlpha.interval(byUnit)).hasValueCloseTo(0.849107, within(1e-6));
    }

    @Test
    void a_small_case_matches_the_pairwise_definition_worked_by_hand() {
        /*
         * Units {1, 2} and {3, 3}: n = 4.
         * D_o = 1/n · Σ_u 1/(m_u − 1) · Σ_{i≠j}(v_i − v_j)² = 1/4 · (1/1 · (1 + 1) + 1/1 · 0) = 0.5
         * D_e = 1/(n(n − 1)) · Σ over all ordered pairs of 1, 2, 3, 3:
         *       unordered (1,2) 1, (1,3) 4, (1,3) 4, (2,3) 1, (2,3) 1, (3,3) 0 = 11, ordered 22 → 22/12 = 1.8333
         * alpha = 1 − 0.5/1.8333 = 1 − 3/11 = 8/11 = 0.727273
         */
        assertThat(KrippendorffAlpha.interval(new double[][] {{1, 2}, {3, 3}})).hasValueCloseTo(8.0 / 11, within(1e-12));
    }

    @Test
    void raters_in_perfect_agreement_give_alpha_one() {
        var result = Round.singleCriterion0To100().raters("r1", "r2", "r3").candidates("A", "B", "C")
                .score("r1", "A", 20).score("r2", "A", 20).score("r3", "A", 20)
                .score("r1", "B", 55).score("r2", "B", 55).recuse("r3", "B")
                .score("r1", "C", 90).score("r2", "C", 90).score("r3", "C", 90)
                .score();

        assertThat(result.alpha()).hasValueCloseTo(1.0, within(1e-12));
    }

    @Test
    void alpha_is_undefined_without_two_pairable_values_or_without_any_variation() {
        assertThat(KrippendorffAlpha.interval(new double[][] {{1, N}, {2}})).isEmpty();
        assertThat(KrippendorffAlpha.interval(new double[][] {{4, 4}, {4, 4, 4}})).isEmpty();
    }

    @Test
    void a_unit_with_a_single_value_does_not_change_alpha() {
        assertThat(KrippendorffAlpha.interval(new double[][] {{1, 2}, {3, 3}, {N, 5, N}}))
                .hasValueCloseTo(8.0 / 11, within(1e-12));
    }
}
