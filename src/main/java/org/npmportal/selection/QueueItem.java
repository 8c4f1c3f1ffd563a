package org.npmportal.selection;

/**
 * A candidate in a rater's list. In a blind round {@code fullName} and {@code organisation} are null.
 *
 * @param scored how many of the round's criteria the rater has scored for this candidate
 */
public record QueueItem(long candidateId, String code, String fullName, String organisation, long regionId,
        DeclarationState declaration, int scored, int criteria) {

    public boolean complete() {
        return declaration == DeclarationState.NO_CONFLICT && scored == criteria;
    }
}
