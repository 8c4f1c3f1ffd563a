package org.npmportal.registration;

/** What following a participant's link did. */
public enum LinkOutcome {
    /** The action was done now. */
    DONE,
    /** Nothing to do: the link was used before, or the registration is already past that step. */
    ALREADY_DONE,
    /** The link's time is over. */
    EXPIRED,
    /** The link is not one the portal sent, or not for this action. */
    INVALID,
    /** The seminar was cancelled, completed or has started; the action is no longer possible. */
    SEMINAR_UNAVAILABLE
}
