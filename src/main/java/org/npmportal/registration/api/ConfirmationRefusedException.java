package org.npmportal.registration.api;

import org.npmportal.registration.LinkOutcome;

/** The link could not confirm anything: unknown ({@code INVALID}), {@code EXPIRED} or {@code SEMINAR_UNAVAILABLE}. */
class ConfirmationRefusedException extends RuntimeException {

    private final LinkOutcome outcome;

    ConfirmationRefusedException(LinkOutcome outcome) {
        super("Confirmation refused: " + outcome);
        this.outcome = outcome;
    }

    LinkOutcome outcome() {
        return outcome;
    }
}
