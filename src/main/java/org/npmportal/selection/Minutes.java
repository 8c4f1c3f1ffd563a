package org.npmportal.selection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the minutes of a selection record, gathered in one read of the round.
 *
 * @param regionNames       region names in the minutes' language, by region id
 * @param identitiesHidden  a blind round read before its decision by a commission member: candidates are
 *                          named by code only
 */
record Minutes(SelectionRound round, List<MemberRow> commission, RoundResults results, RecusalMatrix recusals,
        List<OverrideRow> overrides, Map<Long, String> regionNames, boolean identitiesHidden, Instant generatedAt) {

    Minutes {
        commission = List.copyOf(commission);
        overrides = List.copyOf(overrides);
        regionNames = Map.copyOf(regionNames);
    }
}
