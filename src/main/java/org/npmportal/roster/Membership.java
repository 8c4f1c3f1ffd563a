package org.npmportal.roster;

import java.util.List;

/** One roster a person was on, for their profile, with the history of their role and status there. */
public record Membership(MemberRow member, String rosterTitle, int year, List<MemberHistoryRow> history) {

    public Membership {
        history = List.copyOf(history);
    }
}
