package org.npmportal.roster;

import java.util.List;

/**
 * A roster against the same programme's roster of the year before, region by region. Without an earlier
 * roster everyone has joined.
 */
public record RosterComparison(Long previousId, String previousTitle, List<RegionChange> regions) {

    public RosterComparison {
        regions = List.copyOf(regions);
    }

    public int stayed() {
        return regions.stream().mapToInt(r -> r.stayed().size()).sum();
    }

    public int joined() {
        return regions.stream().mapToInt(r -> r.joined().size()).sum();
    }

    public int left() {
        return regions.stream().mapToInt(r -> r.left().size()).sum();
    }
}
