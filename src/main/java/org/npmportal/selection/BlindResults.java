package org.npmportal.selection;

/**
 * Whose names a reader of a blind round's results may see. Commission members, the chair included, rate
 * without knowing who a candidate is; the results keep it that way for them until the decision, because
 * deliberation can send the round back to rating. Organisers, who do not rate, always see names; once the
 * round is decided nobody rates any more and everyone sees them.
 */
public final class BlindResults {

    private BlindResults() {
    }

    /** Whether names and organisations are to be left out of what this reader sees of the round's results. */
    public static boolean hidesIdentity(SelectionRound round, RoundRole reader) {
        return round.isBlindRating() && !reader.organiser()
                && round.getPhase().ordinal() < RoundPhase.DECIDED.ordinal();
    }
}
