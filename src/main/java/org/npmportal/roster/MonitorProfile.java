package org.npmportal.roster;

import java.util.List;

/**
 * A person across the rosters, found by the e-mail address of one of their memberships. The name is the
 * one on their newest roster.
 */
public record MonitorProfile(String email, String fullName, String phone, String organisation,
        List<Membership> memberships) {

    public MonitorProfile {
        memberships = List.copyOf(memberships);
    }
}
