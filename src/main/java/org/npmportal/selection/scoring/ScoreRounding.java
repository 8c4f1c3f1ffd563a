package org.npmportal.selection.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of selection scoring: figures are computed and ranked unrounded, and rounded only
 * when shown, to three decimals, half up.
 */
public final class ScoreRounding {

    public static final int DISPLAY_SCALE = 3;

    private ScoreRounding() {
    }

    /**
     * Rounds a computed figure for display. The double is first taken as its shortest decimal
     * representation ({@link BigDecimal#valueOf(double)}), so 2.0005 shows as 2.001, as a reader checking
     * by hand expects, and not as 2.000 from its binary neighbour 2.000499….
     *
     * @throws IllegalArgumentException for NaN or an infinity, which mean "no figure" and must be shown as such
     */
    public static BigDecimal display(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("no figure to display: " + value);
        }
        return BigDecimal.valueOf(value).setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
    }
}
