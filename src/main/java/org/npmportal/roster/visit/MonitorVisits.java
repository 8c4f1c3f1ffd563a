package org.npmportal.roster.visit;

import java.util.Locale;
import org.npmportal.directory.Region;

/** One member's visits on one roster and how soon their reports came out. */
public record MonitorVisits(long memberId, String fullName, Region region, long rosterId, String rosterTitle,
        ReportDelays delays) {

    public String regionName(Locale locale) {
        return region == null ? "" : region.name(locale);
    }
}
