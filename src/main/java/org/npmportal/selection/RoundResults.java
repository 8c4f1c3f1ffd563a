package org.npmportal.selection;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A round's results: the ranking with the proposal (and the decision, once taken), the reliability of the
 * commission's ratings (Krippendorff's alpha, interval), each member's progress, and the regions' seats.
 *
 * @param decided the figures are those frozen by the decision
 */
public record RoundResults(long roundId, String title, RoundPhase phase, boolean decided, List<ResultRow> rows,
        OptionalDouble alpha, double discussThreshold, List<MemberProgress> progress, List<RegionFill> regions,
        int totalSeats, int selected, int reserve) {

    public RoundResults {
        rows = List.copyOf(rows);
        progress = List.copyOf(progress);
        regions = List.copyOf(regions);
    }

    public List<ResultRow> toDiscuss() {
        return rows.stream().filter(ResultRow::discuss).toList();
    }
}
