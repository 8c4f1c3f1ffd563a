package org.npmportal.selection;

/**
 * A region's reserved seats against the candidates selected from it.
 *
 * @param seats     seats reserved for the region (0 when none)
 * @param selected  candidates from the region selected (by proposal, or by decision once decided)
 * @param candidates active candidates from the region
 */
public record RegionFill(long regionId, int seats, int selected, int candidates) {

    public boolean short_() {
        return selected < seats;
    }
}
