package org.npmportal.selection;

/**
 * Where a round stands. It moves forward one phase at a time; the only way back is from deliberation to
 * rating, when the commission wants to look at candidates again before deciding.
 */
public enum RoundPhase {
    DRAFT,
    APPLICATIONS_OPEN,
    RATING,
    DELIBERATION,
    DECIDED,
    PUBLISHED;

    /** Criteria, weights and scales can change only before anyone rates. */
    public boolean criteriaEditable() {
        return this == DRAFT || this == APPLICATIONS_OPEN;
    }

    /** Candidates can be added, edited or withdrawn until rating ends. */
    public boolean candidatesEditable() {
        return this == DRAFT || this == APPLICATIONS_OPEN || this == RATING;
    }

    public boolean next(RoundPhase target) {
        return target.ordinal() == ordinal() + 1 || (this == DELIBERATION && target == RATING);
    }
}
