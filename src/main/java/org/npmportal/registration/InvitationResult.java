package org.npmportal.registration;

/**
 * What sending a list of invitations did.
 *
 * @param invited           people invited for the first time
 * @param renewed           people invited before, who got a new link (the old one stopped working)
 * @param alreadyRegistered people left out because they already have an active registration
 */
public record InvitationResult(int invited, int renewed, int alreadyRegistered) {

    public int mailed() {
        return invited + renewed;
    }
}
