package org.npmportal.registration;

import java.time.Instant;
import org.npmportal.base.i18n.Language;

/**
 * An invitation in the organisers' list.
 *
 * @param registrationStatus the status of the person's registration for the seminar, or null when they
 *                           have not registered
 */
public record InvitationRow(long id, String fullName, String email, Language language, Instant sentAt,
        String sentBy, Instant expiresAt, RegistrationStatus registrationStatus) {

    public boolean registered() {
        return registrationStatus != null;
    }
}
