package org.npmportal.selection.scoring;

import java.util.List;
import java.util.Objects;

/**
 * Everything one selection round is scored from. The order of the lists and of the scores does not
 * matter: the same content in any order gives the same result, to the last bit. Ids must be unique within criteria,
 * raters and candidates; scores and recusals may only name those ids; a rater may give at most one score
 * per candidate and criterion, inside the criterion's scale. Breaking any of these is an
 * {@link IllegalArgumentException} from {@link SelectionScoring#score}.
 */
public record ScoringInput(
        List<Criterion> criteria,
        List<String> raterIds,
        List<Candidate> candidates,
        Scores scores,
        List<Recusal> recusals) {

    public ScoringInput {
        Objects.requireNonNull(scores, "scores");
        criteria = List.copyOf(criteria);
        raterIds = List.copyOf(raterIds);
        candidates = List.copyOf(candidates);
        recusals = List.copyOf(recusals);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("a round needs at least one criterion");
        }
        raterIds.forEach(id -> Criterion.requireId(id, "rater"));
    }

    public ScoringInput(List<Criterion> criteria, List<String> raterIds, List<Candidate> candidates,
            List<Score> scores, List<Recusal> recusals) {
        this(criteria, raterIds, candidates, Scores.of(scores), recusals);
    }
}
