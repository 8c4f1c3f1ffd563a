package org.npmportal.selection.scoring;

/**
 * One candidate's figures over the raters who count for them (not recused, complete), all on the 0–100
 * total scale and unrounded. With no such rater ({@code ratings == 0}) every figure is NaN and the
 * candidate ranks after all rated candidates.
 *
 * @param rank               1..n, distinct, by the stated tie-break
 * @param tieRank            the rank of the first candidate this one is tied with (its own rank if not tied),
 *                           for showing "=3"
 * @param tied               equal to another candidate on mean, median and number of ratings
 * @param ratings            number of raters who count
 * @param standardDeviation  population standard deviation of the raters' totals (divide by n)
 * @param zMean              mean of the raters' standardised totals, see {@link SelectionScoring}
 * @param discuss            the standard deviation exceeds the round's discussion threshold
 */
public record CandidateResult(
        String candidateId,
        String region,
        int rank,
        int tieRank,
        boolean tied,
        int ratings,
        double mean,
        double median,
        double standardDeviation,
        double min,
        double max,
        double zMean,
        boolean discuss) {
}
