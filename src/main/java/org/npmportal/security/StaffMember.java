package org.npmportal.security;

/** A staff user as other features see them: enough to name them, never their credentials. */
public record StaffMember(long id, String username, String fullName, String email) {
}
