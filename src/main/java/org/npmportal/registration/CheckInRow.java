package org.npmportal.registration;

/** A participant with a seat on the check-in screen, and whether they are marked present on the chosen day. */
public record CheckInRow(long registrationId, String fullName, String organisation, String email, boolean present) {
}
