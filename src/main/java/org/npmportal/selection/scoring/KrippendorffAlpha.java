package org.npmportal.selection.scoring;

import java.util.OptionalDouble;

/**
 * Krippendorff's alpha for interval data, with missing values, as defined in K. Krippendorff,
 * "Computing Krippendorff's Alpha-Reliability" (2011):
 *
 * <pre>
 *   alpha = 1 − D_o / D_e
 *   D_o = 1/n · Σ_u 1/(m_u − 1) · Σ_{i≠j in u} (v_i − v_j)²
 *   D_e = 1/(n(n − 1)) · Σ_{i≠j over all pairable values} (v_i − v_j)²
 * </pre>
 *
 * where only units with at least two values take part ("pairable values"), m_u is the number of values in
 * unit u and n their total. The pair sums are computed without pairs, from Σ_{i≠j}(v_i − v_j)² = 2m·SS
 * (SS the sum of squared deviations from the mean), which gives
 * {@code D_o / D_e = (n − 1) · Σ_u m_u·SS_u/(m_u − 1) / (n · SS_all)}, linear in the number of values.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /**
     * @param valuesByUnit one row per unit (here: per candidate), NaN for a missing value; rows may differ in length
     * @return alpha, at most 1; empty when undefined: fewer than two pairable values, or no variation at
     *         all among them (D_e = 0), which leaves nothing to measure agreement against
     */
    public static OptionalDouble interval(double[][] valuesByUnit) {
        int n = 0;
        double sum = 0;
        for (double[] unit : valuesByUnit) {
            int m = count(unit);
            if (m >= 2) {
                n += m;
                for (double v : unit) {
                    if (!Double.isNaN(v)) {
                        sum += v;
                    }
                }
            }
        }
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double grandMean = sum / n;
        double ssAll = 0;
        double withinUnits = 0;
        for (double[] unit : valuesByUnit) {
            int m = count(unit);
            if (m < 2) {
                continue;
            }
            double unitMean = 0;
            for (double v : unit) {
                if (!Double.isNaN(v)) {
                    unitMean += v;
                }
            }
            unitMean /= m;
            double ssUnit = 0;
            for (double v : unit) {
                if (!Double.isNaN(v)) {
                    ssUnit += (v - unitMean) * (v - unitMean);
                    ssAll += (v - grandMean) * (v - grandMean);
                }
            }
            withinUnits += m * ssUnit / (m - 1);
        }
        if (ssAll == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - (n - 1) * withinUnits / (n * ssAll));
    }

    private static int count(double[] unit) {
        int m = 0;
        for (double v : unit) {
            if (!Double.isNaN(v)) {
                m++;
            }
        }
        return m;
    }
}
