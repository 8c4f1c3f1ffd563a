package org.npmportal.selection.scoring;

/** A declared conflict of interest: the rater takes no part in rating the candidate. */
public record Recusal(String raterId, String candidateId) {

    public Recusal {
        Criterion.requireId(raterId, "rater");
        Criterion.requireId(candidateId, "candidate");
    }
}
