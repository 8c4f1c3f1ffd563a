package org.npmportal.roster;

import java.util.List;
import org.npmportal.registration.SeminarAttended;

/**
 * A person's training: the seminars where they had a seat (newest first, with the days they were present) and
 * where they stand on each roster's requirements.
 */
public record ProfileTraining(List<SeminarAttended> attended, List<RosterTraining> rosters) {

    public ProfileTraining {
        attended = List.copyOf(attended);
        rosters = List.copyOf(rosters);
    }

    /** The requirements of one roster the person is on. */
    public record RosterTraining(long rosterId, String rosterTitle, List<RequirementStatus> requirements) {

        public RosterTraining {
            requirements = List.copyOf(requirements);
        }
    }
}
