package org.npmportal.selection.scoring;

import java.util.Arrays;
import java.util.Objects;

/**
 * Scores kept as numbers: each score is the positions of its rater, candidate and criterion in three arrays
 * of ids given once, and its value. The results page of a national round reads 600,000 scores at every
 * opening; as one object each they were a live set the garbage collector copied again at every young
 * collection during the read, while four arrays of that size are allocated outside the young generation
 * (G1's humongous objects) and not copied at all.
 *
 * <p>Filled by one thread, then handed to {@link ScoringInput} and not changed after that.
 */
public final class ScoreTable implements Scores {

    private final String[] raterIds;
    private final String[] candidateIds;
    private final String[] criterionIds;
    private int[] raters;
    private int[] candidates;
    private int[] criteria;
    private double[] values;
    private int size;

    /**
     * @param expected how many scores are likely to come (at most one per rater, candidate and criterion);
     *                 the table grows past it if needed
     */
    public ScoreTable(String[] raterIds, String[] candidateIds, String[] criterionIds, int expected) {
        this.raterIds = raterIds.clone();
        this.candidateIds = candidateIds.clone();
        this.criterionIds = criterionIds.clone();
        int capacity = Math.max(expected, 16);
        this.raters = new int[capacity];
        this.candidates = new int[capacity];
        this.criteria = new int[capacity];
        this.values = new double[capacity];
    }

    /** One score, by the rater, for the candidate and on the criterion at these positions of the id arrays. */
    public void add(int rater, int candidate, int criterion, double value) {
        Objects.checkIndex(rater, raterIds.length);
        Objects.checkIndex(candidate, candidateIds.length);
        Objects.checkIndex(criterion, criterionIds.length);
        if (size == values.length) {
            int capacity = size + (size >> 1);
            raters = Arrays.copyOf(raters, capacity);
            candidates = Arrays.copyOf(candidates, capacity);
            criteria = Arrays.copyOf(criteria, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        raters[size] = rater;
        candidates[size] = candidate;
        criteria[size] = criterion;
        values[size] = value;
        size++;
    }

    @Override
    public void forEach(Sink sink) {
        for (int i = 0; i < size; i++) {
            sink.accept(raterIds[raters[i]], candidateIds[candidates[i]], criterionIds[criteria[i]], values[i]);
        }
    }

    @Override
    public int size() {
        return size;
    }
}
