package org.npmportal.security;

import org.npmportal.base.i18n.Language;

/** A staff user as a mail recipient: address, name and the language they chose. */
public record StaffRecipient(String email, String fullName, Language language) {
}
