package org.npmportal.selection.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores one selection round. Stateless; see the package documentation for the rules in one place.
 *
 * <p><b>Rater total.</b> {@code 100 · Σ_k w_k · (s_k − min_k)/(max_k − min_k) / Σ_k w_k}, counted only
 * when the rater scored every criterion for the candidate and is not recused from them.
 *
 * <p><b>Per candidate</b>, over the totals that count: n, mean, median (mean of the two middle values when
 * n is even), population standard deviation, min, max, and the z-score mean: each rater's totals are
 * standardised over every candidate that rater rated completely (their mean subtracted, divided by their
 * population standard deviation; a rater whose totals do not vary contributes 0), and a candidate's
 * standardised totals are averaged. This removes a harsh or lenient rater's offset and spread, which
 * matters when recusals leave candidates with different raters. The candidate is flagged for discussion
 * when its standard deviation is strictly greater than the threshold.
 *
 * <p><b>Ranking</b>: mean descending, median descending, number of ratings descending, candidate id
 * ascending. Means and medians are compared after rounding to nine decimals (half up), far below any
 * difference a score scale can express, so that two means equal in exact arithmetic but apart in the
 * last bit of a double tie instead of being ordered by floating-point noise: on a 0–3 scale the mean of
 * 1 and 2 comes out as 49.99999999999999 and that of 0 and 3 as 50.0. Candidates without any rating
 * rank last.
 *
 * <p><b>Determinism.</b> Criteria, raters and candidates are put in id order before anything is summed,
 * so the order of the input lists never changes a figure, not even in the last bit.
 *
 * <p><b>Cost.</b> One flat array of C·R·K scores and one of C·R totals, filled once; no object per score.
 * Ranking is one O(C log C) sort.
 */
public final class SelectionScoring {

    private static final double KEY_RESOLUTION = 1e9;

    private SelectionScoring() {
    }

    /**
     * @param discussThreshold a candidate whose standard deviation (0–100 scale) exceeds this is flagged "discuss"
     * @throws IllegalArgumentException when the input breaks a rule stated on {@link ScoringInput}
     */
    public static ScoringResult score(ScoringInput input, double discussThreshold) {
        if (!(discussThreshold >= 0)) {
            throw new IllegalArgumentException("discuss threshold must be zero or more, was " + discussThreshold);
        }
        List<Criterion> criteria = sortedUnique(input.criteria(), Criterion::id, "criterion");
        List<String> raters = sortedUnique(input.raterIds(), Function.identity(), "rater");
        List<Candidate> candidates = sortedUnique(input.candidates(), Candidate::id, "candidate");
        Map<String, Integer> criterionIndex = index(criteria, Criterion::id);
        Map<String, Integer> raterIndex = index(raters, Function.identity());
        Map<String, Integer> candidateIndex = index(candidates, Candidate::id);
        int k = criteria.size();
        int r = raters.size();
        int c = candidates.size();

        double[] raw = new double[Math.multiplyExact(Math.multiplyExact(c, r), k)];
        Arrays.fill(raw, Double.NaN);
        input.scores().forEach((raterId, candidateId, criterionId, value) -> {
            int ki = lookup(criterionIndex, criterionId, "criterion");
            int ri = lookup(raterIndex, raterId, "rater");
            int ci = lookup(candidateIndex, candidateId, "candidate");
            if (!criteria.get(ki).accepts(value)) {
                throw new IllegalArgumentException("score " + value + " by " + raterId + " for " + candidateId
                        + " is outside the scale of criterion " + criterionId);
            }
            int slot = (ci * r + ri) * k + ki;
            if (!Double.isNaN(raw[slot])) {
                throw new IllegalArgumentException("rater " + raterId + " scored candidate " + candidateId
                        + " on criterion " + criterionId + " twice");
            }
            raw[slot] = value;
        });
        boolean[] recused = new boolean[c * r];
        for (Recusal recusal : input.recusals()) {
            recused[lookup(candidateIndex, recusal.candidateId(), "candidate") * r
                    + lookup(raterIndex, recusal.raterId(), "rater")] = true;
        }

        double[] totals = totals(criteria, raw, recused, c, r);
        List<RaterProgress> progress = progress(raters, raw, recused, c, k);
        double[][] zScale = raterMeansAndDeviations(totals, c, r);

        double[][] valuesByCandidate = new double[c][];
        int[] n = new int[c];
        double[] mean = new double[c];
        double[] median = new double[c];
        double[] sd = new double[c];
        double[] zMean = new double[c];
        double[] scratch = new double[r];
        for (int ci = 0; ci < c; ci++) {
            int m = 0;
            double zSum = 0;
            for (int ri = 0; ri < r; ri++) {
                double total = totals[ci * r + ri];
                if (!Double.isNaN(total)) {
                    scratch[m++] = total;
                    double raterSd = zScale[1][ri];
                    zSum += raterSd == 0 ? 0 : (total - zScale[0][ri]) / raterSd;
                }
            }
            double[] values = Arrays.copyOf(scratch, m);
            Arrays.sort(values);
            valuesByCandidate[ci] = values;
            n[ci] = m;
            mean[ci] = m == 0 ? Double.NaN : sum(values) / m;
            median[ci] = m == 0 ? Double.NaN
                    : m % 2 == 1 ? values[m / 2] : (values[m / 2 - 1] + values[m / 2]) / 2;
            sd[ci] = m == 0 ? Double.NaN : populationSd(values, mean[ci]);
            zMean[ci] = m == 0 ? Double.NaN : zSum / m;
        }

        List<CandidateResult> ranking = rank(candidates, valuesByCandidate, n, mean, median, sd, zMean, discussThreshold);
        return new ScoringResult(ranking, KrippendorffAlpha.interval(valuesByCandidate), progress, discussThreshold,
                raterIndex, candidateIndex, totals);
    }

    private static double[] totals(List<Criterion> criteria, double[] raw, boolean[] recused, int c, int r) {
        int k = criteria.size();
        double[] weight = new double[k];
        double[] min = new double[k];
        double[] range = new double[k];
        double weightSum = 0;
        for (int ki = 0; ki < k; ki++) {
            Criterion criterion = criteria.get(ki);
            weight[ki] = criterion.weight();
            min[ki] = criterion.scaleMin();
            range[ki] = criterion.scaleMax() - criterion.scaleMin();
            weightSum += weight[ki];
        }
        double[] totals = new double[c * r];
        for (int pair = 0; pair < c * r; pair++) {
            double weighted = 0;
            for (int ki = 0; ki < k && !recused[pair]; ki++) {
                weighted += weight[ki] * (raw[pair * k + ki] - min[ki]) / range[ki];
            }
            // NaN from any missing score makes the whole total NaN: the rater is incomplete for the candidate.
            totals[pair] = recused[pair] ? Double.NaN : 100 * weighted / weightSum;
        }
        return totals;
    }

    private static List<RaterProgress> progress(List<String> raters, double[] raw, boolean[] recused, int c, int k) {
        int r = raters.size();
        int[] complete = new int[r];
        int[] partial = new int[r];
        int[] assigned = new int[r];
        for (int pair = 0; pair < c * r; pair++) {
            if (recused[pair]) {
                continue;
            }
            int ri = pair % r;
            assigned[ri]++;
            int scored = 0;
            for (int ki = 0; ki < k; ki++) {
                if (!Double.isNaN(raw[pair * k + ki])) {
                    scored++;
                }
            }
            if (scored == k) {
                complete[ri]++;
            } else if (scored > 0) {
                partial[ri]++;
            }
        }
        List<RaterProgress> progress = new ArrayList<>(r);
        for (int ri = 0; ri < r; ri++) {
            progress.add(new RaterProgress(raters.get(ri), complete[ri], partial[ri], assigned[ri]));
        }
        return progress;
    }

    /** Row 0: each rater's mean total over the candidates they rated completely; row 1: the population SD. */
    private static double[][] raterMeansAndDeviations(double[] totals, int c, int r) {
        double[] sum = new double[r];
        int[] count = new int[r];
        for (int pair = 0; pair < c * r; pair++) {
            if (!Double.isNaN(totals[pair])) {
                sum[pair % r] += totals[pair];
                count[pair % r]++;
            }
        }
        double[] mean = new double[r];
        for (int ri = 0; ri < r; ri++) {
            mean[ri] = count[ri] == 0 ? 0 : sum[ri] / count[ri];
        }
        double[] squares = new double[r];
        for (int pair = 0; pair < c * r; pair++) {
            if (!Double.isNaN(totals[pair])) {
                double deviation = totals[pair] - mean[pair % r];
                squares[pair % r] += deviation * deviation;
            }
        }
        double[] sd = new double[r];
        for (int ri = 0; ri < r; ri++) {
            sd[ri] = count[ri] == 0 ? 0 : Math.sqrt(squares[ri] / count[ri]);
        }
        return new double[][] {mean, sd};
    }

    private static List<CandidateResult> rank(List<Candidate> candidates, double[][] values, int[] n, double[] mean,
            double[] median, double[] sd, double[] zMean, double discussThreshold) {
        int c = candidates.size();
        long[] meanKey = new long[c];
        long[] medianKey = new long[c];
        Integer[] order = new Integer[c];
        for (int ci = 0; ci < c; ci++) {
            meanKey[ci] = key(mean[ci]);
            medianKey[ci] = key(median[ci]);
            order[ci] = ci;
        }
        // Candidates are in id order, so the index is the final, id-ascending tie-break.
        Comparator<Integer> byRule = Comparator.<Integer>comparingLong(ci -> -meanKey[ci])
                .thenComparingLong(ci -> -medianKey[ci])
                .thenComparingInt(ci -> -n[ci])
                .thenComparingInt(ci -> ci);
        Arrays.sort(order, byRule);

        List<CandidateResult> ranking = new ArrayList<>(c);
        int tieRank = 1;
        for (int pos = 0; pos < c; pos++) {
            int ci = order[pos];
            boolean tiedWithPrevious = pos > 0 && sameStanding(order[pos - 1], ci, meanKey, medianKey, n);
            boolean tiedWithNext = pos + 1 < c && sameStanding(order[pos + 1], ci, meanKey, medianKey, n);
            if (!tiedWithPrevious) {
                tieRank = pos + 1;
            }
            double[] v = values[ci];
            Candidate candidate = candidates.get(ci);
            ranking.add(new CandidateResult(candidate.id(), candidate.region(), pos + 1, tieRank,
                    tiedWithPrevious || tiedWithNext, n[ci], mean[ci], median[ci], sd[ci],
                    v.length == 0 ? Double.NaN : v[0], v.length == 0 ? Double.NaN : v[v.length - 1], zMean[ci],
                    sd[ci] > discussThreshold));
        }
        return ranking;
    }

    private static boolean sameStanding(int a, int b, long[] meanKey, long[] medianKey, int[] n) {
        return meanKey[a] == meanKey[b] && medianKey[a] == medianKey[b] && n[a] == n[b];
    }

    /** NaN (no rating) sorts below every real figure. */
    private static long key(double figure) {
        return Double.isNaN(figure) ? Long.MIN_VALUE + 1 : Math.round(figure * KEY_RESOLUTION);
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    private static double populationSd(double[] values, double mean) {
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / values.length);
    }

    private static <T> List<T> sortedUnique(List<T> items, Function<T, String> id, String what) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(id));
        for (int i = 1; i < sorted.size(); i++) {
            if (id.apply(sorted.get(i)).equals(id.apply(sorted.get(i - 1)))) {
                throw new IllegalArgumentException(what + " " + id.apply(sorted.get(i)) + " appears twice");
            }
        }
        return sorted;
    }

    private static <T> Map<String, Integer> index(List<T> sorted, Function<T, String> id) {
        Map<String, Integer> index = HashMap.newHashMap(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            index.put(id.apply(sorted.get(i)), i);
        }
        return index;
    }

    private static int lookup(Map<String, Integer> index, String id, String what) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown " + what + " " + id);
        }
        return i;
    }
}
