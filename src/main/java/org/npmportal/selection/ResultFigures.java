package org.npmportal.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.npmportal.selection.scoring.ScoreRounding;

/**
 * How results are written wherever they are shown (the results page, the ranking files, the minutes), so
 * that a figure reads the same everywhere: ranks with their tie mark, figures rounded once by
 * {@link ScoreRounding}, and the reading of Krippendorff's alpha.
 */
public final class ResultFigures {

    /** What alpha says about the commission's agreement, on Krippendorff's usual thresholds. */
    public enum Agreement {
        /** α ≥ 0.8: the ratings can be relied on. */
        GOOD,
        /** 0.667 ≤ α &lt; 0.8: conclusions are tentative. */
        TENTATIVE,
        /** α &lt; 0.667: the raters agree too little to rely on the ranking without discussion. */
        LOW,
        /** Too few ratings, or no variation at all, to measure agreement. */
        UNKNOWN;

        static final double GOOD_FROM = 0.8;
        static final double TENTATIVE_FROM = 0.667;

        public static Agreement of(OptionalDouble alpha) {
            if (alpha.isEmpty()) {
                return UNKNOWN;
            }
            double value = alpha.getAsDouble();
            return value >= GOOD_FROM ? GOOD : value >= TENTATIVE_FROM ? TENTATIVE : LOW;
        }
    }

    /** Shown where a candidate has no figure, because no rating counts for them. */
    public static final String NO_FIGURE = "–";

    private ResultFigures() {
    }

    /** "7", or "=3" for a candidate tied with the one ranked third. */
    public static String rank(ResultRow row) {
        return row.tied() ? "=" + row.tieRank() : String.valueOf(row.rank());
    }

    /** The figure as shown, three decimals half up; empty when there is none (NaN). */
    public static Optional<BigDecimal> rounded(double value) {
        return Double.isFinite(value) ? Optional.of(ScoreRounding.display(value)) : Optional.empty();
    }

    /** The figure as shown to a reader of the language: "72.500", "72,500"; {@link #NO_FIGURE} when there is none. */
    public static String figure(double value, Locale locale) {
        return rounded(value).map(rounded -> format(rounded, locale)).orElse(NO_FIGURE);
    }

    public static String alpha(OptionalDouble alpha, Locale locale) {
        return alpha.isPresent() ? figure(alpha.getAsDouble(), locale) : NO_FIGURE;
    }

    private static String format(BigDecimal value, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(ScoreRounding.DISPLAY_SCALE);
        format.setMaximumFractionDigits(ScoreRounding.DISPLAY_SCALE);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
