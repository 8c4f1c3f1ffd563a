package org.npmportal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.npmportal.bench.BenchResults.Database;
import org.npmportal.bench.BenchResults.Metric;
import org.npmportal.selection.scoring.Candidate;
import org.npmportal.selection.scoring.Criterion;
import org.npmportal.selection.scoring.QuotaProposal;
import org.npmportal.selection.scoring.QuotaRules;
import org.npmportal.selection.scoring.Recusal;
import org.npmportal.selection.scoring.Score;
import org.npmportal.selection.scoring.ScoringInput;
import org.npmportal.selection.scoring.ScoringResult;
import org.npmportal.selection.scoring.SelectionScoring;

/**
 * A national-size selection round, larger than any real one: 5,000 candidates, 15 raters, 8 criteria.
 * Builds the input once (seeded, so every run scores the same round), then times the whole calculation
 * a commission waits for: {@link SelectionScoring#score} followed by {@link QuotaProposal#propose}.
 */
class RankingBench {

    private static final int CANDIDATES = 5_000;
    private static final int RATERS = 15;
    private static final int CRITERIA = 8;
    private static final int WARM_UP_RUNS = 5;
    private static final int MEASURED_RUNS = 9;
    private static final double TARGET_MS = 500;
    private static final String[] REGIONS = {"Astana", "Almaty", "Shymkent", "Abai", "Akmola", "Aktobe",
        "Almaty Region", "Atyrau", "East Kazakhstan", "Jambyl", "Jetisu", "West Kazakhstan", "Karaganda",
        "Kostanay", "Kyzylorda", "Mangystau", "Pavlodar", "North Kazakhstan", "Turkistan", "Ulytau"};

    @Test
    void ranking_a_national_round_of_five_thousand_candidates() {
        ScoringInput input = round(new SplittableRandom(20261130));
        QuotaRules rules = new QuotaRules(Map.of("Astana", 3, "Almaty", 3, "Shymkent", 2, "Ulytau", 1),
                60, 20, 10);

        for (int i = 0; i < WARM_UP_RUNS; i++) {
            rankAndPropose(input, rules);
        }
        long[] nanos = new long[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long start = System.nanoTime();
            rankAndPropose(input, rules);
            nanos[i] = System.nanoTime() - start;
        }

        BenchResults.record(new Metric("ranking.full_ms", BenchResults.median(nanos) / 1e6, "ms", TARGET_MS,
                Database.NONE, "median of " + MEASURED_RUNS + " runs (after " + WARM_UP_RUNS + " warm-ups) of "
                        + "scoring + seat proposal, " + CANDIDATES + " candidates × " + RATERS + " raters × "
                        + CRITERIA + " criteria"));
    }

    /** Checks the outcome, so that the work is used and cannot be optimised away. */
    private static void rankAndPropose(ScoringInput input, QuotaRules rules) {
        ScoringResult result = SelectionScoring.score(input, 20);
        QuotaProposal proposal = QuotaProposal.propose(result, rules);
        if (proposal.decisions().size() != CANDIDATES) {
            throw new IllegalStateException("the proposal lost candidates: " + proposal.decisions().size());
        }
    }

    /**
     * About 1 in 50 rater–candidate pairs is a recusal (a declared conflict), and about 1 in 200 of the
     * remaining single scores is missing, as when a rater saves a half-finished form.
     */
    private static ScoringInput round(SplittableRandom random) {
        List<Criterion> criteria = new ArrayList<>();
        for (int k = 0; k < CRITERIA; k++) {
            criteria.add(k % 2 == 0 ? new Criterion("c" + k, 1 + k % 3, 1, 5) : new Criterion("c" + k, 2, 0, 10));
        }
        List<String> raters = new ArrayList<>();
        for (int r = 0; r < RATERS; r++) {
            raters.add("rater" + r);
        }
        List<Candidate> candidates = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        List<Recusal> recusals = new ArrayList<>();
        for (int c = 0; c < CANDIDATES; c++) {
            String id = "cand%05d".formatted(c);
            candidates.add(new Candidate(id, REGIONS[random.nextInt(REGIONS.length)]));
            for (String rater : raters) {
                if (random.nextInt(50) == 0) {
                    recusals.add(new Recusal(rater, id));
                    continue;
                }
                for (Criterion criterion : criteria) {
                    if (random.nextInt(200) != 0) {
                        double value = criterion.scaleMin()
                                + random.nextInt((int) (criterion.scaleMax() - criterion.scaleMin()) + 1);
                        scores.add(new Score(rater, id, criterion.id(), value));
                    }
                }
            }
        }
        return new ScoringInput(criteria, raters, candidates, scores, recusals);
    }
}
