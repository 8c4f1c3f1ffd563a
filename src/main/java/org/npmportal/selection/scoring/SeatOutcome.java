package org.npmportal.selection.scoring;

/** What the proposal does with a candidate. */
public enum SeatOutcome {
    /** Holds one of their region's reserved seats. */
    SELECTED_REGIONAL,
    /** Holds one of the seats left after the regional ones, filled from all regions in rank order. */
    SELECTED_NATIONAL,
    /** On the reserve list, in rank order, to be offered a seat a selected candidate declines. */
    RESERVE,
    /** Eligible, but ranked below the seats and the reserve list. */
    NOT_SELECTED,
    /** Rated by fewer raters than the round requires, so not considered for any seat. */
    INELIGIBLE
}
