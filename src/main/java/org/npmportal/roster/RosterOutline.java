package org.npmportal.roster;

import java.time.LocalDate;
import java.util.Map;

/**
 * A roster's own details for its page and forms.
 *
 * @param previousId    the same programme's roster of the year before, if there is one
 * @param nextId        the same programme's roster of the year after, if there is one
 * @param referenceDay  the day the figures are counted on: today, or the nearest day of the roster's period
 */
public record RosterOutline(long id, long version, String programme, int year, String title, LocalDate startsOn,
        LocalDate endsOn, Map<Long, Integer> targets, Long carriedOverFromId, String carriedOverFromTitle,
        Long previousId, String previousTitle, Long nextId, LocalDate referenceDay) {

    public RosterDetails details() {
        return new RosterDetails(programme, year, title, startsOn, endsOn, targets);
    }
}
