package org.npmportal.roster;

/** Which rosters the list shows: text in the title or programme, and a year. Null parts do not filter. */
public record RosterFilter(String text, Integer year) {

    public static RosterFilter all() {
        return new RosterFilter(null, null);
    }
}
