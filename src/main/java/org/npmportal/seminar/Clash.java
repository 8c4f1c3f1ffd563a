package org.npmportal.seminar;

/**
 * A warning, not an error: another seminar uses the same venue, trainer or audience at the same time.
 * The organiser decides whether to save anyway.
 */
public record Clash(Kind kind, long otherSeminarId, String otherTitle, String detail) {

    public enum Kind {
        /** The same venue in the same city is booked for overlapping times. */
        VENUE,
        /** A trainer or speaker would be in two seminars at once. */
        TRAINER,
        /** Two seminars for the same audience in the same city on overlapping dates. */
        AUDIENCE
    }
}
