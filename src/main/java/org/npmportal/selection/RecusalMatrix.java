package org.npmportal.selection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every member's declaration for every active candidate, for the chair: rows are candidates, columns the
 * members in {@link #members()} order.
 */
public record RecusalMatrix(List<MemberRow> members, List<Row> rows) {

    public RecusalMatrix {
        members = List.copyOf(members);
        rows = List.copyOf(rows);
    }

    public long conflicts() {
        return rows.stream().flatMap(r -> r.cells().values().stream())
                .filter(c -> c.state() == DeclarationState.CONFLICT).count();
    }

    public record Row(long candidateId, String code, String fullName, Map<Long, Cell> cells) {

        public Row {
            cells = Map.copyOf(cells);
        }

        /** The member's cell; NONE when they have not declared. */
        public Cell cell(long memberId) {
            return cells.getOrDefault(memberId, Cell.NONE);
        }
    }

    /** The member's current declaration, its reason and when it was made (the latest declaration). */
    public record Cell(DeclarationState state, String reason, Instant declaredAt) {
        public static final Cell NONE = new Cell(DeclarationState.NONE, null, null);
    }
}
