package org.npmportal.selection;

import java.util.EnumMap;
import java.util.Map;

/** How many candidates a round has in each status. */
public record CandidateCounts(Map<CandidateStatus, Long> byStatus) {

    public CandidateCounts {
        var copy = new EnumMap<CandidateStatus, Long>(CandidateStatus.class);
        copy.putAll(byStatus);
        byStatus = Map.copyOf(copy);
    }

    public long of(CandidateStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
