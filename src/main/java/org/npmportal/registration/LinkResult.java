package org.npmportal.registration;

import java.util.Optional;

/**
 * The answer to a participant's link: what happened and, when the link was one of ours, the
 * registration as it stands now.
 */
public record LinkResult(LinkOutcome outcome, TokenPurpose purpose, Optional<ParticipantView> registration) {

    static LinkResult invalid() {
        return new LinkResult(LinkOutcome.INVALID, null, Optional.empty());
    }
}
