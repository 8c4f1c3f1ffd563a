package org.npmportal.roster;

/**
 * Which members the training list shows.
 *
 * @param requirementId one requirement, or null for all of them
 * @param onlyNotMet    only members who have not met it (or, without a requirement, any of them)
 */
public record TrainingFilter(Long requirementId, boolean onlyNotMet) {

    public static TrainingFilter all() {
        return new TrainingFilter(null, false);
    }
}
