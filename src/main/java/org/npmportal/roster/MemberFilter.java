package org.npmportal.roster;

import java.util.Set;

/**
 * Which members a roster's list shows: text in the name, address or organisation, a region, roles,
 * statuses, and only returning or only new members. Null or empty parts do not filter.
 */
public record MemberFilter(String text, Long regionId, Set<MemberRole> roles, Set<MemberStatus> statuses,
        Boolean returning) {

    public MemberFilter {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static MemberFilter all() {
        return new MemberFilter(null, null, Set.of(), Set.of(), null);
    }
}
