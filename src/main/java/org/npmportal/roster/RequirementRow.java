package org.npmportal.roster;

import java.util.List;

/**
 * A roster's requirement with how many of its active members have met it.
 *
 * @param nextSeminar the earliest of its seminars that takes registrations now, where those who have not met
 *                    it can be invited; null when there is none
 */
public record RequirementRow(long id, long version, String name, boolean beforeFirstVisit,
        List<SeminarChoice> seminars, int met, int notMet, SeminarChoice nextSeminar) {

    public RequirementRow {
        seminars = List.copyOf(seminars);
    }

    public RequirementDetails details() {
        return new RequirementDetails(name, beforeFirstVisit,
                seminars.stream().map(SeminarChoice::id).collect(java.util.stream.Collectors.toSet()));
    }
}
