package org.npmportal.selection;

/** Whether a candidate takes part in the round. Only {@link #ACTIVE} candidates are rated and ranked. */
public enum CandidateStatus {
    /** Applied through the public form; the address is not confirmed yet. */
    UNCONFIRMED,
    ACTIVE,
    /** Withdrew, or was withdrawn by an organiser, before the decision. */
    WITHDRAWN
}
