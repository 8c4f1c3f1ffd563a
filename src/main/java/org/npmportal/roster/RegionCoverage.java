package org.npmportal.roster;

import org.npmportal.directory.Region;

/**
 * A region's monitors on a roster against its target.
 *
 * @param target 0 when the roster sets none for the region
 * @param active members counting on the team on the roster's reference day
 */
public record RegionCoverage(Region region, int target, long active) {

    /** How many monitors the region is short of its target; 0 when it meets or exceeds it. */
    public long gap() {
        return Math.max(0, target - active);
    }

    public boolean isShort() {
        return gap() > 0;
    }
}
