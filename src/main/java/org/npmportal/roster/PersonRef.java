package org.npmportal.roster;

/** A member named in a comparison, with the id of the membership the name comes from. */
public record PersonRef(long memberId, String fullName) {
}
