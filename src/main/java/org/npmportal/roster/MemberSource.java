package org.npmportal.roster;

/** How a member came onto the roster. */
public enum MemberSource {
    /** Selected in a published selection round. */
    SELECTION,
    /** Carried over from the previous year's roster. */
    CARRY_OVER,
    /** Added by an organiser. */
    MANUAL
}
