package org.npmportal.selection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How one candidate's figures came about: each rater's scores, comments and total (empty when recused or
 * incomplete), and every change made to the scores.
 */
public record CandidateBreakdown(long candidateId, String code, String fullName, List<Rater> raters,
        List<Change> changes) {

    public CandidateBreakdown {
        raters = List.copyOf(raters);
        changes = List.copyOf(changes);
    }

    /** @param total the rater's 0–100 total, NaN when recused or incomplete */
    public record Rater(String name, DeclarationState declaration, String conflictReason, double total,
            Map<Long, CandidateFile.GivenScore> scores) {

        public Rater {
            scores = Map.copyOf(scores);
        }
    }

    public record Change(String rater, String criterion, Integer oldScore, Integer newScore, String oldComment,
            String newComment, String changedBy, Instant changedAt) {
    }
}
