package org.npmportal.roster.visit;

/** Which places the directory shows: text in the name or address, a type and a region; null parts do not filter. */
public record FacilityFilter(String text, FacilityType type, Long regionId) {

    public static FacilityFilter all() {
        return new FacilityFilter(null, null, null);
    }
}
