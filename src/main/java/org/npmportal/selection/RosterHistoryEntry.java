package org.npmportal.selection;

/**
 * One roster a candidate was on.
 *
 * @param rosterTitle for example "NPM monitors 2014"
 * @param role        the role's enum name (MONITOR, REGIONAL_COORDINATOR, STEERING_COMMITTEE_MEMBER), which
 *                    the selection screens translate
 * @param status      ACTIVE, SUSPENDED or WITHDRAWN
 */
public record RosterHistoryEntry(int year, String rosterTitle, long regionId, String role, String status) {
}
