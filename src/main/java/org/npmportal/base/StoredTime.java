package org.npmportal.base;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as the portal's tables hold them: the UTC date-time, which is how Hibernate writes every instant
 * ({@code hibernate.jdbc.time_zone=UTC}). Plain JDBC writes and comparisons bind this, never a
 * {@link java.sql.Timestamp} made from the instant, which would carry the JVM's own zone.
 */
public final class StoredTime {

    private StoredTime() {
    }

    public static LocalDateTime of(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
