package org.npmportal.registration;

import org.npmportal.base.i18n.Language;

/** What an invitation link fills into the registration form. */
public record InvitationDetails(long seminarId, String fullName, String email, Language language) {
}
