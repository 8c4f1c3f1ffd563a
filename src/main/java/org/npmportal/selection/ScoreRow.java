package org.npmportal.selection;

/** A stored score as plain numbers. */
record ScoreRow(long candidateId, long criterionId, long memberId, int value) {
}
