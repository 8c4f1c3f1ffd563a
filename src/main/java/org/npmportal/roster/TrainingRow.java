package org.npmportal.roster;

import java.util.List;

/** A member of a roster with their standing against each of its requirements. */
public record TrainingRow(MemberRow member, List<RequirementStatus> requirements) {

    public TrainingRow {
        requirements = List.copyOf(requirements);
    }

    public boolean metAll() {
        return requirements.stream().allMatch(RequirementStatus::met);
    }
}
