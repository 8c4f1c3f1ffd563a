package org.npmportal.roster.visit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.npmportal.directory.Region;
import org.npmportal.roster.PersonRef;

/**
 * A visit in the list and exports.
 *
 * @param daysToReport days from the visit to the published report; null while it is not published
 */
public record VisitRow(long id, long version, long rosterId, long facilityId, String facilityName,
        FacilityType facilityType, Region region, LocalDate visitedOn, LocalDate reportPublishedOn, Long daysToReport,
        List<PersonRef> team, String notes) {

    public VisitRow {
        team = List.copyOf(team);
    }

    public String regionName(Locale locale) {
        return region == null ? "" : region.name(locale);
    }

    public String teamNames() {
        return team.stream().map(PersonRef::fullName).collect(Collectors.joining(", "));
    }
}
