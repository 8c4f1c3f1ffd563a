package org.npmportal.selection.scoring;

import java.util.List;

/**
 * The scores of a round, handed to the scoring one at a time. {@link #of} keeps a list of {@link Score}s;
 * {@link ScoreTable} keeps hundreds of thousands in a few arrays of numbers instead of an object each.
 * The scoring checks each score as it receives it (see {@link ScoringInput}).
 */
public interface Scores {

    /** Receives one score: who gave it, to whom, on which criterion, and its value. */
    @FunctionalInterface
    interface Sink {
        void accept(String raterId, String candidateId, String criterionId, double value);
    }

    /** Hands every score to the sink, in no particular order; the same scores at every call. */
    void forEach(Sink sink);

    int size();

    /** The scores of this list, copied. */
    static Scores of(List<Score> scores) {
        List<Score> copy = List.copyOf(scores);
        return new Scores() {
            @Override
            public void forEach(Sink sink) {
                for (Score score : copy) {
                    sink.accept(score.raterId(), score.candidateId(), score.criterionId(), score.value());
                }
            }

            @Override
            public int size() {
                return copy.size();
            }
        };
    }
}
