package org.npmportal.roster;

import java.util.List;
import org.npmportal.directory.Region;

/**
 * Who stayed, joined and left a region between two rosters. Someone who moved region counts as staying,
 * in their new region.
 */
public record RegionChange(Region region, List<PersonRef> stayed, List<PersonRef> joined, List<PersonRef> left) {

    public RegionChange {
        stayed = List.copyOf(stayed);
        joined = List.copyOf(joined);
        left = List.copyOf(left);
    }
}
