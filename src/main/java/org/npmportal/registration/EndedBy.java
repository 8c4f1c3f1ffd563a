package org.npmportal.registration;

/** Who ended a registration: the participant through their link, an organiser, or the portal's jobs. */
public enum EndedBy {
    PARTICIPANT,
    ORGANISER,
    SYSTEM
}
