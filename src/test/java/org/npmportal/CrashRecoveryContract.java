package org.npmportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npmportal.support.PortalProcess;
import org.npmportal.support.StormClient;
import org.npmportal.support.StormMail;
import org.npmportal.support.StormOutcome;
import org.npmportal.support.StormSeminars;

/**
 * The production jar killed with SIGKILL in the middle of a registration storm, then started again on the
 * same database: everything it acknowledged is stored as acknowledged, the seat counters match the stored
 * registrations, no seminar has more confirmed people than seats, and after the restart the outbox sends
 * every mail that was waiting, none twice. H2 (a file) in {@link CrashRecoveryIT}, MariaDB in
 * {@link CrashRecoveryMariaDbIT}.
 *
 * <p>One mail can honestly arrive twice: the one the dispatcher was handing to the SMTP server at the
 * moment of the kill, if the server took it before the portal could record that. The portal cannot know
 * whether the server took it, so it sends it again after the restart with the same Message-ID, which lets
 * mail systems drop the copy. The test allows exactly that and nothing else: a repeated delivery must carry
 * the Message-ID of a mail that was being sent at the kill, and there is at most one such.
 */
abstract class CrashRecoveryContract {

    private static final int SEMINARS = 6;
    private static final int PEOPLE = 60;
    private static final int CAPACITY = 20;
    /** Killed once this many confirmations were acknowledged: inside the storm of 6 × 60, in its second pair. */
    private static final int KILL_AFTER_CONFIRMATIONS = 80;

    @TempDir
    Path dir;

    /** The database both runs of the portal use. */
    abstract PortalProcess.Database database(Path dir);

    @Test
    void after_a_kill_in_the_middle_of_a_storm_and_a_restart_nothing_acknowledged_is_lost_and_no_mail_goes_twice()
            throws Exception {
        PortalProcess.Database database = database(dir);
        try (StormMail mail = StormMail.start()) {
            List<String> arguments = new ArrayList<>(StormOutcome.portalArguments(database, mail));
            // A mail claimed by the killed process is sent again soon after the restart, not after ten minutes.
            arguments.add("--portal.mail.stale-claim=PT2S");
            StormClient.Result result = new StormClient.Result();
            List<String> sendingAtKill;
            try (PortalProcess first = start(dir.resolve("first"), database, arguments);
                    StormClient storm = new StormClient(first.uri(""), mail, Duration.ofMinutes(2))) {
                List<Long> seminars = StormSeminars.publish(database, SEMINARS, CAPACITY);
                Thread running = Thread.ofPlatform().name("storm").start(() -> {
                    try {
                        storm.run(seminars, PEOPLE, 2, result);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                awaitConfirmations(result, first);

                first.kill();
                storm.stop();
                running.join(Duration.ofSeconds(60).toMillis());
                sendingAtKill = messageIdsBeingSent(database);
            }
            assertThat(result.registered).as("killed in the middle of the storm").hasSizeLessThan(SEMINARS * PEOPLE);

            try (PortalProcess second = start(dir.resolve("second"), database, arguments)) {
                StormOutcome.awaitOutboxEmpty(database, mail, Duration.ofSeconds(60));
                second.stop(Duration.ofSeconds(30));
            }

            assertThat(StormOutcome.unkeptAcknowledgements(database, result)).isEmpty();
            StormOutcome outcome = StormOutcome.read(database, mail);
            assertThat(outcome.problems()).isEmpty();
            assertThat(outcome.oversold()).isZero();
            assertThat(outcome.repeatedMessageIds()).isSubsetOf(sendingAtKill).hasSizeLessThanOrEqualTo(1);
            assertThat(outcome.duplicates()).as("deliveries beyond one per recipient and subject")
                    .isEqualTo(outcome.repeatedMessageIds().size());
            assertThat(deliveredMessageIds(mail)).as("every mail in the outbox was delivered")
                    .containsExactlyInAnyOrderElementsOf(outboxMessageIds(database));
        }
    }

    private static PortalProcess start(Path dir, PortalProcess.Database database, List<String> arguments)
            throws InterruptedException {
        PortalProcess portal = PortalProcess.start(List.of("-jar", PortalProcess.jar().toString()), dir, database,
                arguments);
        portal.awaitOk("/login", Duration.ofMinutes(3));
        return portal;
    }

    private static void awaitConfirmations(StormClient.Result result, PortalProcess portal)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (result.confirmed.size() < KILL_AFTER_CONFIRMATIONS) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + result.confirmed.size() + " confirmations in four minutes; "
                        + "failures: " + result.failureSamples + "\n" + portal.log());
            }
            Thread.sleep(10);
        }
    }

    /** The mails a dispatcher had claimed and not yet recorded as sent: those it may have been sending. */
    private static List<String> messageIdsBeingSent(PortalProcess.Database database) throws SQLException {
        return strings(database, "select message_id from mail_outbox where status = 'SENDING'");
    }

    private static List<String> outboxMessageIds(PortalProcess.Database database) throws SQLException {
        return strings(database, "select message_id from mail_outbox");
    }

    private static List<String> deliveredMessageIds(StormMail mail) {
        return mail.deliveries().stream().map(StormMail.Delivery::messageId).distinct().toList();
    }

    private static List<String> strings(PortalProcess.Database database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var connection = StormSeminars.connect(database);
                var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
