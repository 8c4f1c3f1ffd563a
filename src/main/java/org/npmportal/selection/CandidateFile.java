package org.npmportal.selection;

import java.util.List;
import java.util.Map;

/**
 * What a rater sees of a candidate once they declared no conflict. In a blind round every field that
 * identifies the person ({@code fullName}, {@code email}, {@code phone}, {@code organisation}) is null and
 * the CV is not offered.
 *
 * @param myScores    the rater's own scores by criterion id
 * @param otherScores the other raters' scores, present only when the round lets raters see them after
 *                    submitting and this rater has submitted
 */
public record CandidateFile(long candidateId, String code, String fullName, String email, String phone,
        String organisation, long regionId, String languages, String experience, String motivation,
        boolean cvAvailable, boolean editable, Map<Long, GivenScore> myScores, List<OtherScore> otherScores) {

    public CandidateFile {
        myScores = Map.copyOf(myScores);
        otherScores = List.copyOf(otherScores);
    }

    /** A score as given, with its comment (may be null). */
    public record GivenScore(int value, String comment) {
    }

    /** Another rater's score, named by the rater's full name. */
    public record OtherScore(String rater, long criterionId, int value, String comment) {
    }
}
