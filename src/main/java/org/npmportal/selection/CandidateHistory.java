package org.npmportal.selection;

import java.util.List;
import org.npmportal.registration.SeminarAttended;

/**
 * What the portal knows of a candidate from before the round: earlier rosters (newest year first) and the
 * portal's seminars they attended (newest first), both found by the candidate's e-mail address.
 */
public record CandidateHistory(List<RosterHistoryEntry> rosters, List<SeminarAttended> seminars) {

    public CandidateHistory {
        rosters = List.copyOf(rosters);
        seminars = List.copyOf(seminars);
    }

    /** Whether the portal knows nothing of the candidate from before: a newcomer. */
    public boolean isEmpty() {
        return rosters.isEmpty() && seminars.isEmpty();
    }
}
