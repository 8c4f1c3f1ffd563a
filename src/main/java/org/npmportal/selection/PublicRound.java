package org.npmportal.selection;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the public application page shows of a round: never its commission, criteria or candidates.
 *
 * @param applicationsOpen  the first day of the application window, in the round's time zone
 * @param applicationsClose the last day of the application window, in the round's time zone
 */
public record PublicRound(long id, String title, String description, LocalDate applicationsOpen,
        LocalDate applicationsClose, ZoneId zone, Applications applications) {

    /** Whether the round takes applications now, or will, or did. */
    public enum Applications {
        NOT_YET_OPEN,
        OPEN,
        CLOSED
    }
}
