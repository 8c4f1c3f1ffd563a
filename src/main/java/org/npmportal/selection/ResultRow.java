package org.npmportal.selection;

import org.npmportal.selection.scoring.SeatOutcome;

/**
 * One candidate's line of the results, on the 0–100 total scale and unrounded (screens and exports round
 * with {@link org.npmportal.selection.scoring.ScoreRounding}). Figures are NaN when no rater counts.
 *
 * @param proposed        what the quota proposal gives the candidate
 * @param outcome         the decision, once the round is decided; null before
 * @param overridden      the chair changed the proposal's outcome for this candidate
 * @param reservePosition place on the reserve list, once decided
 */
public record ResultRow(long candidateId, String code, String fullName, String organisation, long regionId,
        int rank, int tieRank, boolean tied, int ratings, double mean, double median, double standardDeviation,
        double min, double max, double zMean, boolean discuss, SeatOutcome proposed, Outcome outcome,
        boolean overridden, Integer reservePosition) {

    public boolean rated() {
        return ratings > 0;
    }
}
