package org.npmportal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Published seminars for a storm, written with plain SQL into the database of a running portal process:
 * the setup is not what a storm measures, and the portal offers no API for organisers. The rows are what
 * the organisers' editor stores for a published seminar in UTC (all times written as UTC), open for registration, starting in 30 days.
 * For H2 the portal must run with {@code ;AUTO_SERVER=TRUE} so that this second process can open the file.
 */
public final class StormSeminars {

    private StormSeminars() {
    }

    /** Inserts {@code count} published seminars with {@code capacity} seats; returns their ids. */
    public static List<Long> publish(PortalProcess.Database database, int count, int capacity) {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<Long> ids = new ArrayList<>();
        try (Connection connection = connect(database); var insert = connection.prepareStatement("""
                insert into seminar (version, title, format, city, time_zone, starts_at, ends_at, starts_at_utc,
                    ends_at_utc, capacity, approval_required, status, seats_taken, waitlist_length, created_at,
                    updated_at)
                values (0, ?, 'IN_PERSON', 'Astana', 'UTC', ?, ?, ?, ?, ?, false, 'PUBLISHED', 0, 0, ?, ?)
                """, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, "Storm seminar " + (i + 1));
                insert.setObject(2, start);
                insert.setObject(3, start.plusHours(8));
                insert.setObject(4, start);
                insert.setObject(5, start.plusHours(8));
                insert.setInt(6, capacity);
                insert.setObject(7, now);
                insert.setObject(8, now);
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the storm's seminars", e);
        }
        return ids;
    }

    public static Connection connect(PortalProcess.Database database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }
}
