package org.npmportal.roster.visit;

import java.util.Locale;
import org.npmportal.directory.Region;

/** A place of detention in the directory, with how many visits it had. */
public record FacilityRow(long id, long version, String name, FacilityType type, Region region, String address,
        long visits) {

    public String regionName(Locale locale) {
        return region == null ? "" : region.name(locale);
    }

    public FacilityDetails details() {
        return new FacilityDetails(name, type, region == null ? null : region.getId(), address);
    }
}
