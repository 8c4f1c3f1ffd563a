package org.npmportal.selection.scoring;

/** One candidate's outcome in a {@link QuotaProposal}, with the rank it was decided on. */
public record SeatDecision(String candidateId, String region, int rank, int ratings, SeatOutcome outcome) {
}
