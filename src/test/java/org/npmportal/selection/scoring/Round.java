package org.npmportal.selection.scoring;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link ScoringInput} in the order a test reads best. */
final class Round {

    private final List<Criterion> criteria = new ArrayList<>();
    private final List<String> raters = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Score> scores = new ArrayList<>();
    private final List<Recusal> recusals = new ArrayList<>();

    /** One criterion, weight 1, scale 0–100: a rater's total is their score, which keeps hand arithmetic out of tests about ranking and seats. */
    static Round singleCriterion0To100() {
        return new Round().criterion("overall", 1, 0, 100);
    }

    Round criterion(String id, double weight, double min, double max) {
        criteria.add(new Criterion(id, weight, min, max));
        return this;
    }

    Round raters(String... ids) {
        raters.addAll(List.of(ids));
        return this;
    }

    Round candidate(String id, String region) {
        candidates.add(new Candidate(id, region));
        return this;
    }

    Round candidates(String... ids) {
        for (String id : ids) {
            candidate(id, "REG");
        }
        return this;
    }

    /** Scores on each criterion in the order they were declared. */
    Round score(String rater, String candidate, double... values) {
        for (int i = 0; i < values.length; i++) {
            scores.add(new Score(rater, candidate, criteria.get(i).id(), values[i]));
        }
        return this;
    }

    Round recuse(String rater, String candidate) {
        recusals.add(new Recusal(rater, candidate));
        return this;
    }

    ScoringInput input() {
        return new ScoringInput(criteria, raters, candidates, scores, recusals);
    }

    ScoringResult score() {
        return SelectionScoring.score(input(), 15);
    }
}
