package org.npmportal.roster;

/**
 * What a carry-over did.
 *
 * @param rosterId       the next year's roster, created if it did not exist
 * @param carried        members added to it, marked as returning
 * @param alreadyOnRoster chosen members left out because the next roster already had them (from selection, say)
 */
public record CarryOverResult(long rosterId, String rosterTitle, int carried, int alreadyOnRoster) {
}
