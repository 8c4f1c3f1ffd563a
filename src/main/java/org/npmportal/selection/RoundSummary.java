package org.npmportal.selection;

import java.time.LocalDate;

/** A line of the round list. */
public record RoundSummary(long id, String title, String programme, int year, RoundPhase phase,
        LocalDate applicationsOpen, LocalDate applicationsClose, int totalSeats, long activeCandidates) {
}
