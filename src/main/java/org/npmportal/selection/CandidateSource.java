package org.npmportal.selection;

/** How a candidate came into the round. */
public enum CandidateSource {
    /** Through the public form, with the address confirmed by link. */
    APPLICATION,
    /** Entered by an organiser. */
    ADDED,
    /** From an organiser's CSV import. */
    IMPORTED
}
