package org.npmportal.selection;

import java.util.Set;

/**
 * What the organisers' candidate list shows: any combination of statuses, a text found in the code, name,
 * e-mail address or organisation, and a region. Null or empty parts do not filter.
 */
public record CandidateFilter(Set<CandidateStatus> statuses, String text, Long regionId) {

    public CandidateFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static CandidateFilter all() {
        return new CandidateFilter(Set.of(), null, null);
    }
}
