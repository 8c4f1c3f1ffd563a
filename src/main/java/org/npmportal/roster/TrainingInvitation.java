package org.npmportal.roster;

/**
 * What inviting a requirement's missing members did.
 *
 * @param invited           mailed an invitation for the first time
 * @param renewed           invited before, mailed a new link
 * @param alreadyRegistered left out: they already have a registration for the seminar
 * @param leftOut           left out: their name or address does not meet the registration form's rules
 */
public record TrainingInvitation(SeminarChoice seminar, int invited, int renewed, int alreadyRegistered,
        int leftOut) {
}
