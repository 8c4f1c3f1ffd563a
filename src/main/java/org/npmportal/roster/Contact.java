package org.npmportal.roster;

/** A team member's contact details on the regional contact sheet; only for members who agreed. */
public record Contact(long memberId, String fullName, String organisation, MemberRole role, String email,
        String phone) {
}
