package org.npmportal.selection.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The outcome of {@link SelectionScoring#score}: the ranking, the round's reliability and each rater's
 * progress. Immutable. Every total a figure was built from can be looked up with {@link #total}, so a
 * result can be explained candidate by candidate.
 */
public final class ScoringResult {

    private final List<CandidateResult> ranking;
    private final Map<String, CandidateResult> byCandidate;
    private final OptionalDouble alpha;
    private final List<RaterProgress> progress;
    private final double discussThreshold;
    private final Map<String, Integer> raterIndex;
    private final Map<String, Integer> candidateIndex;
    private final double[] totals;
    private final int raterCount;

    ScoringResult(List<CandidateResult> ranking, OptionalDouble alpha, List<RaterProgress> progress,
            double discussThreshold, Map<String, Integer> raterIndex, Map<String, Integer> candidateIndex,
            double[] totals) {
        this.ranking = List.copyOf(ranking);
        this.byCandidate = ranking.stream().collect(
                Collectors.toUnmodifiableMap(CandidateResult::candidateId, r -> r));
        this.alpha = alpha;
        this.progress = List.copyOf(progress);
        this.discussThreshold = discussThreshold;
        this.raterIndex = Map.copyOf(raterIndex);
        this.candidateIndex = Map.copyOf(candidateIndex);
        this.totals = totals;
        this.raterCount = raterIndex.size();
    }

    /** All candidates in rank order, rank 1 first. */
    public List<CandidateResult> ranking() {
        return ranking;
    }

    public Optional<CandidateResult> candidate(String candidateId) {
        return Optional.ofNullable(byCandidate.get(candidateId));
    }

    /**
     * Krippendorff's alpha (interval) over the raters' totals, candidates as units; recused and incomplete
     * ratings are missing values. Empty when undefined (see {@link KrippendorffAlpha#interval}).
     */
    public OptionalDouble alpha() {
        return alpha;
    }

    /** One entry per rater, in rater id order. */
    public List<RaterProgress> progress() {
        return progress;
    }

    public double discussThreshold() {
        return discussThreshold;
    }

    /** Candidates whose raters disagree more than the threshold, in rank order. */
    public List<CandidateResult> toDiscuss() {
        return ranking.stream().filter(CandidateResult::discuss).toList();
    }

    /**
     * The rater's 0–100 total for the candidate, unrounded; empty when the rater is recused, incomplete or
     * either id is unknown.
     */
    public OptionalDouble total(String raterId, String candidateId) {
        Integer r = raterIndex.get(raterId);
        Integer c = candidateIndex.get(candidateId);
        if (r == null || c == null) {
            return OptionalDouble.empty();
        }
        double total = totals[c * raterCount + r];
        return Double.isNaN(total) ? OptionalDouble.empty() : OptionalDouble.of(total);
    }
}
