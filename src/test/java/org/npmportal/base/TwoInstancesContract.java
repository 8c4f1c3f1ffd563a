package org.npmportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.support.Await;
import org.npmportal.support.PortalInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two portal instances (two Spring contexts with their own web servers, schedulers and mail dispatchers) on
 * one database and one SMTP server run every scheduled job every 200 ms at the same time. When their clocks
 * move 25 days ahead, every reminder is recorded and mailed once, every lapsed registration expires
 * once, and the SMTP server receives every mail once. Run on H2 in server mode by {@link TwoInstancesTest}
 * and on MariaDB by {@link TwoInstancesMariaDbIT}.
 */
abstract class TwoInstancesContract {

    private static final List<String> JOBS =
            List.of("registration-jobs", "funding-deadline-reminders", "selection-lapsed-applications");
    /** The demo seminar 30 days ahead is then 5 days from its start: its 7-day reminder is due. */
    private static final Duration AHEAD = Duration.ofDays(25);

    private final int smtpPort = PortalInstance.freePort();
    private GreenMail smtp;

    /** The shared database's Spring properties (URL, user, password and what else it needs). */
    abstract Map<String, String> database();

    @BeforeEach
    void startSmtpServer() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void two_instances_running_the_jobs_at_once_send_each_reminder_and_mail_once_and_expire_each_registration_once()
            throws Exception {
        Map<String, String> properties = new HashMap<>(database());
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(smtpPort));
        properties.put("spring.datasource.hikari.maximum-pool-size", "6");
        for (String interval : List.of("portal.registration.job-interval", "portal.funding.reminder-interval",
                "portal.selection.job-interval", "portal.mail.poll-interval")) {
            properties.put(interval, "PT0.2S");
        }
        try (var first = PortalInstance.start(properties); var second = PortalInstance.start(properties)) {
            var jdbc = first.bean(JdbcTemplate.class);
            // What was due at start-up is done first, so that what follows is only the work the move ahead makes due.
            awaitEveryJobRanTwice(jdbc);
            long mailMark = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM mail_outbox", Long.class);
            long seminarReminderMark = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM seminar_reminder",
                    Long.class);
            long deadlineReminderMark = jdbc.queryForObject(
                    "SELECT COALESCE(MAX(id), 0) FROM funding_deadline_reminder", Long.class);
            var lapsing = lapsingRegistrations(jdbc, first.clock().instant().plus(AHEAD));
            // The demo grants' deadlines are long past: two that the move ahead brings within 14 and 3 days.
            LocalDate then = LocalDate.ofInstant(first.clock().instant().plus(AHEAD), ZoneOffset.UTC);
            for (LocalDate due : List.of(then.plusDays(10), then.plusDays(2))) {
                jdbc.update("INSERT INTO funding_deadline (grant_id, kind, due_on, description)"
                        + " SELECT MIN(id), 'NARRATIVE', ?, 'Interim' FROM funding_grant", due);
            }

            first.clock().advance(AHEAD);
            second.clock().advance(AHEAD);
            try {
                awaitEveryJobRanTwice(jdbc);
                awaitSentAndReceived(jdbc, mailMark);

                var seminarReminders = jdbc.queryForList("SELECT seminar_id, recipients FROM seminar_reminder"
                        + " WHERE id > ? AND recipients > 0", seminarReminderMark);
                assertThat(seminarReminders).as("seminars whose reminder the move ahead made due").isNotEmpty();
                for (var reminder : seminarReminders) {
                    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox m JOIN registration r"
                            + " ON r.id = m.reference_id WHERE m.id > ? AND m.purpose = 'registration.reminder'"
                            + " AND r.seminar_id = ?", Integer.class, mailMark, reminder.get("seminar_id")))
                            .as("reminder mails of seminar %s", reminder.get("seminar_id"))
                            .isEqualTo(((Number) reminder.get("recipients")).intValue());
                }
                var deadlineReminders = jdbc.queryForList("SELECT deadline_id, recipients"
                        + " FROM funding_deadline_reminder WHERE id > ?", deadlineReminderMark);
                assertThat(deadlineReminders).as("funding deadlines whose reminder came due").hasSize(2);
                assertThat(deadlineReminders).allSatisfy(reminder ->
                        assertThat(((Number) reminder.get("recipients")).intValue()).isPositive());
                for (var reminder : deadlineReminders) {
                    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE id > ?"
                            + " AND purpose = 'funding.deadline' AND reference_id = ?", Integer.class, mailMark,
                            reminder.get("deadline_id")))
                            .isEqualTo(((Number) reminder.get("recipients")).intValue());
                }

                assertThat(lapsing).as("registrations whose confirmation or offer time runs out").isNotEmpty();
                lapsing.forEach((id, version) -> {
                    var now = jdbc.queryForMap("SELECT status, version FROM registration WHERE id = ?", id);
                    assertThat(now.get("status")).isEqualTo("EXPIRED");
                    assertThat(((Number) now.get("version")).longValue()).as("changed once: registration %s", id)
                            .isEqualTo(version + 1);
                });

                assertThat(jdbc.queryForList("SELECT purpose, reference_id, recipient FROM mail_outbox WHERE id > ?"
                        + " GROUP BY purpose, reference_id, recipient HAVING COUNT(*) > 1", mailMark))
                        .as("mails written twice for the same reason to the same person").isEmpty();
                List<String> written = jdbc.queryForList("SELECT message_id FROM mail_outbox WHERE id > ?",
                        String.class, mailMark);
                assertThat(written).isNotEmpty();
                List<String> received = messageIds(smtp.getReceivedMessages());
                assertThat(received).as("no mail arrives twice").doesNotHaveDuplicates().containsAll(written);
            } finally {
                first.clock().reset();
                second.clock().reset();
            }
        }
    }

    /** Registrations whose confirmation or seat offer runs out before {@code until}, with their versions. */
    private static Map<Long, Long> lapsingRegistrations(JdbcTemplate jdbc, java.time.Instant until) {
        Map<Long, Long> versions = new HashMap<>();
        jdbc.query("SELECT id, version FROM registration WHERE (status = 'PENDING' AND confirm_by < ?)"
                + " OR (status = 'OFFERED' AND offer_expires_at < ?)",
                row -> {
                    versions.put(row.getLong("id"), row.getLong("version"));
                }, Timestamp.from(until), Timestamp.from(until));
        return versions;
    }

    /**
     * Waits until each job has started twice after this call. The lock lets one run of a job at a time, so
     * the second start means the first, which began after this call, has ended.
     */
    private static void awaitEveryJobRanTwice(JdbcTemplate jdbc) throws InterruptedException {
        for (int round = 0; round < 2; round++) {
            Map<String, Timestamp> started = lastStarts(jdbc);
            Await.until("every job to run", () -> {
                Map<String, Timestamp> now = lastStarts(jdbc);
                return JOBS.stream().allMatch(job -> now.get(job) != null
                        && (started.get(job) == null || now.get(job).after(started.get(job))));
            });
        }
    }

    private static Map<String, Timestamp> lastStarts(JdbcTemplate jdbc) {
        Map<String, Timestamp> starts = new HashMap<>();
        jdbc.query("SELECT name, locked_at FROM job_lock", row -> {
            starts.put(row.getString("name"), row.getTimestamp("locked_at"));
        });
        return starts;
    }

    /** Waits until every mail written after the mark is recorded as sent and has arrived. */
    private void awaitSentAndReceived(JdbcTemplate jdbc, long mark) throws InterruptedException {
        Await.until("the new mails to be sent and received", () -> {
            List<String> sent = jdbc.queryForList("SELECT message_id FROM mail_outbox WHERE id > ?"
                    + " AND status = 'SENT'", String.class, mark);
            int written = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE id > ?", Integer.class, mark);
            try {
                return sent.size() == written && messageIds(smtp.getReceivedMessages()).containsAll(sent);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<String> messageIds(MimeMessage[] messages) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : messages) {
            ids.add(message.getMessageID());
        }
        return ids;
    }
}
