package org.npmportal.roster;

import java.time.LocalDate;

/**
 * A roster in the list and its export.
 *
 * @param active       members counting on the team today (or on the roster's last day, once it is over)
 * @param regionsShort regions with a target that have fewer active members than it
 */
public record RosterSummary(long id, long version, String programme, int year, String title, LocalDate startsOn,
        LocalDate endsOn, long members, long active, int targetTotal, int regionsShort, Long carriedOverFrom) {
}
