package org.npmportal.selection.scoring;

/**
 * One rater's score for one candidate on one criterion. A score that was not given is simply absent from
 * the input; there is no "missing" value.
 */
public record Score(String raterId, String candidateId, String criterionId, double value) {

    public Score {
        Criterion.requireId(raterId, "rater");
        Criterion.requireId(candidateId, "candidate");
        Criterion.requireId(criterionId, "criterion");
    }
}
