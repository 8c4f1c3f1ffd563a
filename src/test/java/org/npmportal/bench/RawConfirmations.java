package org.npmportal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.npmportal.support.PortalProcess;
import org.npmportal.support.StormSeminars;

/**
 * What the database allows for confirmations without the portal: plain JDBC on the portal's own schema
 * (its Flyway migrations, on a fresh database of the same kind), each confirmation one transaction with the
 * statements a confirmation runs — lock the seminar row, use the confirmation token, count the seats, seat
 * or waitlist the registration, insert the management token, the seat mail and its calendar attachment,
 * write the seminar's counters, commit. The same number of client threads as the storm share as many
 * connections as the portal's pool has, on as many seminars at a time as the storm has in flight; the
 * registrations and tokens they confirm are inserted beforehand, untimed.
 */
final class RawConfirmations {

    private static final String BODY = "Здравствуйте! Ваш адрес подтверждён, место на семинаре за вами. ".repeat(20);
    private static final byte[] CALENDAR = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "X".repeat(900)
            + "\r\nEND:VCALENDAR\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private record Pending(long seminarId, long registrationId, String tokenHash) {
    }

    private RawConfirmations() {
    }

    /**
     * Confirmations per second over {@code seminars} × {@code people} confirmations, made as the storm makes them:
     * {@code inFlight} seminars at a time, all their confirmations at once over {@code threads} threads; the
     * next seminars start when those are done. As many seminars again go first, untimed, as a warm-up (of the
     * JIT, for H2 running in this JVM, and of the database's caches), as the storm's portal is warmed up first.
     */
    static double perSecond(PortalProcess.Database database, int seminars, int people, int capacity, int inFlight,
            int threads, int connections) throws Exception {
        Flyway.configure().dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations("classpath:db/migration").load().migrate();
        List<Long> all = StormSeminars.publish(database, 2 * seminars, capacity);
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(connections);
        for (int i = 0; i < connections; i++) {
            Connection connection = StormSeminars.connect(database);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setAutoCommit(false);
            pool.add(connection);
        }
        try {
            for (List<Pending> round : rounds(pool.peek(), all.subList(0, seminars), people, inFlight)) {
                confirmAtOnce(round, pool, capacity, threads);
            }
            List<List<Pending>> rounds = rounds(pool.peek(), all.subList(seminars, all.size()), people, inFlight);
            long start = System.nanoTime();
            for (List<Pending> round : rounds) {
                confirmAtOnce(round, pool, capacity, threads);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return seminars * people / seconds;
        } finally {
            for (Connection connection : pool) {
                connection.close();
            }
        }
    }

    /** The seminars' pending confirmations, {@code inFlight} seminars to a round. */
    private static List<List<Pending>> rounds(Connection connection, List<Long> ids, int people, int inFlight)
            throws SQLException {
        List<List<Pending>> rounds = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += inFlight) {
            rounds.add(pending(connection, ids.subList(from, Math.min(ids.size(), from + inFlight)), people));
        }
        return rounds;
    }

    private static void confirmAtOnce(List<Pending> round, BlockingQueue<Connection> pool, int capacity, int threads)
            throws Exception {
        var work = new ConcurrentLinkedQueue<>(round);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(clients.submit(() -> {
                    for (Pending next = work.poll(); next != null; next = work.poll()) {
                        Connection connection = pool.take();
                        try {
                            confirm(connection, next, capacity);
                        } finally {
                            pool.add(connection);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        }
    }

    /** Registrations waiting for confirmation, one token each, interleaved over the seminars as the storm is. */
    private static List<Pending> pending(Connection connection, List<Long> seminars, int people) throws SQLException {
        LocalDateTime now = now();
        List<Pending> pending = new ArrayList<>();
        try (var registration = connection.prepareStatement("""
                insert into registration (version, seminar_id, email, full_name, language, consent_processing,
                    consent_listing, status, created_at, updated_at, confirm_by)
                values (0, ?, ?, 'Участник', 'RU', true, false, 'PENDING', ?, ?, ?)""",
                PreparedStatement.RETURN_GENERATED_KEYS);
                var token = connection.prepareStatement("""
                        insert into registration_token (registration_id, purpose, token_hash, created_at, expires_at)
                        values (?, 'CONFIRM', ?, ?, ?)""")) {
            for (int i = 0; i < people; i++) {
                for (long seminar : seminars) {
                    registration.setLong(1, seminar);
                    registration.setString(2, "raw-" + seminar + "-" + i + "@storm.example");
                    registration.setObject(3, now);
                    registration.setObject(4, now);
                    registration.setObject(5, now.plusDays(2));
                    registration.executeUpdate();
                    long id;
                    try (var keys = registration.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    String hash = hash();
                    token.setLong(1, id);
                    token.setString(2, hash);
                    token.setObject(3, now);
                    token.setObject(4, now.plusDays(2));
                    token.executeUpdate();
                    pending.add(new Pending(seminar, id, hash));
                }
            }
            connection.commit();
        }
        return pending;
    }

    private static void confirm(Connection connection, Pending pending, int capacity) throws SQLException {
        LocalDateTime now = now();
        try {
            query(connection, "select id, capacity from seminar where id = ? for update", pending.seminarId());
            update(connection, "update registration_token set used_at = ? where token_hash = ? and purpose = 'CONFIRM' "
                    + "and used_at is null and expires_at > ?", now, pending.tokenHash(), now);
            long seated = query(connection, "select count(*) from registration where seminar_id = ? "
                    + "and status in ('CONFIRMED', 'OFFERED')", pending.seminarId());
            boolean seat = seated < capacity;
            if (seat) {
                update(connection, "update registration set status = 'CONFIRMED', email_confirmed_at = ?, seated_at = ?, "
                        + "updated_at = ?, version = version + 1 where id = ?", now, now, now, pending.registrationId());
            } else {
                long last = query(connection, "select coalesce(max(waitlist_number), 0) from registration "
                        + "where seminar_id = ?", pending.seminarId());
                update(connection, "update registration set status = 'WAITLISTED', email_confirmed_at = ?, "
                        + "waitlist_number = ?, updated_at = ?, version = version + 1 where id = ?", now, last + 1, now,
                        pending.registrationId());
            }
            update(connection, "insert into registration_token (registration_id, purpose, token_hash, created_at, "
                    + "expires_at) values (?, 'MANAGE', ?, ?, ?)", pending.registrationId(), hash(), now, now.plusDays(200));
            long mail;
            try (var insert = connection.prepareStatement("insert into mail_outbox (version, created_at, purpose, "
                    + "reference_id, recipient, language, subject, body, message_id, status, attempts, next_attempt_at) "
                    + "values (0, ?, ?, ?, ?, 'RU', 'Место за вами', ?, ?, 'PENDING', 0, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                bind(insert, now, seat ? "registration.seated" : "registration.waitlisted", pending.registrationId(),
                        "raw-" + pending.registrationId() + "@storm.example", BODY,
                        "<" + UUID.randomUUID() + "@storm.example>", now);
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    mail = keys.getLong(1);
                }
            }
            if (seat) {
                update(connection, "insert into mail_attachment (mail_id, filename, content_type, content) "
                        + "values (?, 'seminar.ics', 'text/calendar', ?)", mail, CALENDAR);
            }
            long seats = query(connection, "select count(*) from registration where seminar_id = ? "
                    + "and status in ('CONFIRMED', 'OFFERED')", pending.seminarId());
            long waiting = query(connection, "select count(*) from registration where seminar_id = ? "
                    + "and status = 'WAITLISTED'", pending.seminarId());
            update(connection, "update seminar set seats_taken = ?, waitlist_length = ? where id = ?", seats, waiting,
                    pending.seminarId());
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private static long query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static String hash() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
