package org.npmportal.registration;

/** A participant on a seminar's public list: only those with a seat who agreed to be listed. */
public record PublicParticipant(String fullName, String organisation) {
}
