package org.npmportal.selection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every score of a round as plain numbers, handed over one at a time. A national round holds 600,000 scores
 * and the results page reads them all each time it opens, so they are read with plain JDBC and passed on
 * without a result object per row, and the MySQL driver streams them instead of holding the whole result
 * in memory first. Read through Hibernate into a list, they took half the page's time and most of its
 * garbage, whose collection made the page's time vary by a factor of two.
 */
@Component
class RoundScores {

    /** Receives one stored score. */
    @FunctionalInterface
    interface Sink {
        void accept(long candidateId, long criterionId, long memberId, int value);
    }

    private static final String SQL =
            "SELECT candidate_id, criterion_id, member_id, score FROM selection_score WHERE round_id = ?";

    private final JdbcTemplate jdbc;

    RoundScores(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every score of the round, in no particular order, in the caller's transaction. Plain JDBC does not flush
     * the persistence context first: a caller that changed scores in the same transaction would not see them
     * (none does; results and decisions only read scores).
     */
    void read(long roundId, Sink sink) {
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(SQL);
            if (connection.getMetaData().getDriverName().startsWith("MySQL")) {
                // The MySQL driver's way to stream a result set, row by row as the server sends it.
                statement.setFetchSize(Integer.MIN_VALUE);
            }
            statement.setLong(1, roundId);
            return statement;
        }, (ResultSet row) -> {
            sink.accept(row.getLong(1), row.getLong(2), row.getLong(3), row.getInt(4));
        });
    }
}
