package org.npmportal.selection;

/** What following the confirmation link of an application did, or would do. */
public enum ApplicationOutcome {
    /** Done now (or, when only looking, the link would confirm). */
    DONE,
    /** The application was confirmed before. */
    ALREADY_DONE,
    /** The application was withdrawn. */
    WITHDRAWN,
    /** The 48 hours to confirm are over. */
    EXPIRED,
    /** The round no longer takes candidates. */
    ROUND_CLOSED,
    /** Not a link the portal sent, or its application was deleted. */
    INVALID
}
