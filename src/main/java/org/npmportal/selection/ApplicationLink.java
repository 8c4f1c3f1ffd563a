package org.npmportal.selection;

/**
 * The answer to an applicant's confirmation link: what happened and, unless the link is invalid, which
 * round and which application it is about.
 */
public record ApplicationLink(ApplicationOutcome outcome, Long roundId, String roundTitle, String fullName,
        String email) {

    static ApplicationLink invalid() {
        return new ApplicationLink(ApplicationOutcome.INVALID, null, null, null, null);
    }

    static ApplicationLink of(ApplicationOutcome outcome, SelectionRound round, Candidate candidate) {
        return new ApplicationLink(outcome, round.getId(), round.getTitle(), candidate.getFullName(),
                candidate.getEmail());
    }
}
