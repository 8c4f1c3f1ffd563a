package org.npmportal.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a storm left behind, read from the portal's database and from what the storm's SMTP server received:
 * the invariants a registration storm must keep, whether the portal ran through or was killed in the middle.
 *
 * @param oversold         seminars with more confirmed registrations, or a higher seat counter, than seats
 * @param duplicates       registrations beyond one per seminar and address, plus deliveries beyond one per
 *                         recipient and subject (a mail sent twice, or the same mail written twice)
 * @param repeatedMessageIds Message-IDs received more than once
 * @param problems         every other broken promise, in words: counters that differ from the registrations,
 *                         acknowledged answers that were not stored as acknowledged
 */
public record StormOutcome(int oversold, int duplicates, List<String> repeatedMessageIds, List<String> problems) {

    /** The portal's arguments for a storm: no demo data, no rate limits, mail to the storm's server. */
    public static List<String> portalArguments(PortalProcess.Database database, StormMail mail) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=" + (database.mysql() ? "mysql" : "storm"),
                "--portal.admin.email=admin@storm.example", "--portal.admin.password=Seven-storm-clouds-over-Astana",
                "--portal.rate-limit.enabled=false", "--portal.mail.poll-interval=PT1S",
                "--logging.level.org.npmportal.mail=WARN"));
        arguments.addAll(mail.portalArguments());
        return arguments;
    }

    /** Waits until the outbox has nothing left to send and every sent mail has arrived. */
    public static void awaitOutboxEmpty(PortalProcess.Database database, StormMail mail, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = StormSeminars.connect(database)) {
                long waiting = count(connection, "select count(*) from mail_outbox where status in ('PENDING', 'SENDING')");
                long sent = count(connection, "select count(*) from mail_outbox where status = 'SENT'");
                if (waiting == 0 && mail.deliveries().size() >= sent) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the outbox did not finish within " + timeout);
    }

    /** Reads the database (after the portal stopped, for H2) and the mail received. */
    public static StormOutcome read(PortalProcess.Database database, StormMail mail) throws SQLException {
        List<String> problems = new ArrayList<>();
        int oversold = 0;
        int duplicates = 0;
        try (Connection connection = StormSeminars.connect(database);
                var seminars = connection.createStatement().executeQuery("""
                        select s.id, s.capacity, s.seats_taken, s.waitlist_length,
                            (select count(*) from registration r where r.seminar_id = s.id
                                and r.status in ('CONFIRMED', 'OFFERED')),
                            (select count(*) from registration r where r.seminar_id = s.id and r.status = 'WAITLISTED')
                        from seminar s order by s.id""")) {
            while (seminars.next()) {
                long id = seminars.getLong(1);
                int capacity = seminars.getInt(2);
                int seatCounter = seminars.getInt(3);
                int waitlistCounter = seminars.getInt(4);
                int seated = seminars.getInt(5);
                int waiting = seminars.getInt(6);
                if (seated > capacity || seatCounter > capacity) {
                    oversold++;
                }
                if (seatCounter != seated || waitlistCounter != waiting) {
                    problems.add("seminar " + id + " counts " + seatCounter + " seats and " + waitlistCounter
                            + " waiting, but stores " + seated + " and " + waiting);
                }
            }
            duplicates += (int) count(connection, "select coalesce(sum(n - 1), 0) from (select count(*) n from registration "
                    + "group by seminar_id, email having count(*) > 1) d");
            problems.addAll(waitlistGaps(connection));
        }
        var deliveries = mail.deliveries();
        duplicates += deliveries.size() - (int) deliveries.stream()
                .map(d -> d.recipient() + "\n" + d.subject()).distinct().count();
        List<String> repeated = deliveries.stream()
                .collect(Collectors.groupingBy(StormMail.Delivery::messageId, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        return new StormOutcome(oversold, duplicates, repeated, problems);
    }

    /**
     * Every acknowledged answer against what is stored: each 202 is a registration, each 200 a registration
     * with the status the answer gave.
     */
    public static List<String> unkeptAcknowledgements(PortalProcess.Database database, StormClient.Result result)
            throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (Connection connection = StormSeminars.connect(database);
                var rows = connection.createStatement().executeQuery(
                        "select seminar_id, email, status from registration")) {
            while (rows.next()) {
                stored.put(rows.getLong(1) + " " + rows.getString(2), rows.getString(3));
            }
        }
        List<String> unkept = new ArrayList<>();
        for (var registered : result.registered) {
            if (!stored.containsKey(registered.seminarId() + " " + registered.email())) {
                unkept.add("registration acknowledged but not stored: " + registered);
            }
        }
        for (var confirmed : result.confirmed) {
            String status = stored.get(confirmed.seminarId() + " " + confirmed.email());
            if (!confirmed.status().equals(status)) {
                unkept.add("confirmation acknowledged as " + confirmed.status() + " but stored as " + status + ": "
                        + confirmed.email());
            }
        }
        return unkept;
    }

    /** Waitlist numbers of each seminar must run 1, 2, 3 … without gaps or repeats. */
    private static List<String> waitlistGaps(Connection connection) throws SQLException {
        List<String> gaps = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery("""
                select seminar_id, count(*), count(distinct waitlist_number), max(waitlist_number) from registration
                where waitlist_number is not null group by seminar_id""")) {
            while (rows.next()) {
                if (rows.getLong(2) != rows.getLong(3) || rows.getLong(2) != rows.getLong(4)) {
                    gaps.add("seminar " + rows.getLong(1) + " has waitlist numbers with gaps or repeats");
                }
            }
        }
        return gaps;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
