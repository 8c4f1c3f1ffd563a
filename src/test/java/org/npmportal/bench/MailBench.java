package org.npmportal.bench;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.bench.BenchResults.Bound;
import org.npmportal.bench.BenchResults.Metric;
import org.npmportal.mail.MailMessage;
import org.npmportal.mail.MailOutbox;
import org.npmportal.support.PortalProcess;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail as the portal sends it: written to the outbox ({@link MailOutbox}) in transactions of 50, as writing to
 * a group of participants does, and sent after each commit by the portal's dispatcher to an SMTP server
 * (GreenMail in this JVM, on a real port). First the rate from the first write to the last mail received;
 * then a run during which the SMTP server is stopped for a while and started again, counting per recipient
 * what never arrived and what arrived twice.
 *
 * <p>The retry delays are shortened to seconds (the default waits a minute before the first retry), so that
 * the outage run ends within a minute; what is counted does not depend on how long the waits are.
 */
@PortalTest
class MailBench {

    private static final int PORT = PortalProcess.freePort();
    private static final int MAILS = Integer.getInteger("bench.mail.count", 3000);
    private static final int OUTAGE_MAILS = Integer.getInteger("bench.mail.outage_count", 2000);
    private static final int WARM_UP_MAILS = 300;
    private static final int PER_TRANSACTION = 50;
    private static final Duration OUTAGE = Duration.ofSeconds(5);
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final double TARGET_PER_S = 100;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        BenchDatabase.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "10000");
        registry.add("portal.mail.retry-delays", () -> "PT1S,PT1S,PT2S,PT2S,PT4S,PT4S,PT8S,PT8S,PT8S");
        registry.add("portal.mail.poll-interval", () -> "PT1S");
    }

    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    /** Every SMTP server of the run; a stopped GreenMail forgets its mail, its managers keep it. */
    private final List<Managers> servers = new ArrayList<>();
    private GreenMail smtp;

    @AfterEach
    void stopServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void mail_through_the_outbox_and_an_smtp_outage_in_the_middle() throws Exception {
        startServer();
        awaitReceived(write("warmup", WARM_UP_MAILS), "warmup", WARM_UP_MAILS);

        long begin = System.nanoTime();
        long cpuBefore = processCpuNanos();
        CompletableFuture<Void> writing = write("rate", MAILS);
        awaitReceived(writing, "rate", MAILS);
        double seconds = (System.nanoTime() - begin) / 1e9;
        System.out.printf("mail: %d mails in %.1f s, %.2f ms of CPU per mail in this JVM (portal, database and SMTP "
                + "server together)%n", MAILS, seconds, (processCpuNanos() - cpuBefore) / 1e6 / MAILS);
        Tally rate = tally("rate");
        if (rate.lost() > 0 || rate.duplicated() > 0) {
            throw new IllegalStateException("mail was lost or duplicated without any outage: " + rate);
        }
        BenchResults.record(new Metric("mail.sent_per_s", MAILS / seconds, "mails/s", Bound.AT_LEAST, TARGET_PER_S,
                BenchDatabase.kind(), MAILS + " mails written to the outbox in transactions of " + PER_TRANSACTION
                        + " and received by a local SMTP server, from the first write to the last mail received"));

        CompletableFuture<Void> during = write("outage", OUTAGE_MAILS);
        awaitReceivedAtLeast("outage", OUTAGE_MAILS / 4);
        smtp.stop();
        Thread.sleep(OUTAGE.toMillis());
        startServer();
        during.get();
        awaitOutboxSettled("outage");
        Tally outage = tally("outage");
        BenchResults.record(new Metric("mail.lost", outage.lost(), "mails", 0, BenchDatabase.kind(), "of "
                + OUTAGE_MAILS + " mails written while the SMTP server was stopped for " + OUTAGE.toSeconds()
                + " s after a quarter of them had arrived: recipients who never received theirs"));
        BenchResults.record(new Metric("mail.duplicated", outage.duplicated(), "mails", 0, BenchDatabase.kind(),
                "of the same run: copies received beyond the first per recipient"));
    }

    private void startServer() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        servers.add(smtp.getManagers());
    }

    /** Writes {@code count} mails to one recipient each, on another thread, in transactions of 50. */
    private CompletableFuture<Void> write(String run, int count) {
        return CompletableFuture.runAsync(() -> {
            for (int first = 0; first < count; first += PER_TRANSACTION) {
                int from = first;
                transactions.executeWithoutResult(status -> {
                    for (int i = from; i < Math.min(count, from + PER_TRANSACTION); i++) {
                        outbox.enqueue(new MailMessage("bench." + run, null, "p" + i + "@" + domain(run),
                                Language.values()[i % Language.values().length],
                                "Регистрация подтверждена / Тіркеу расталды " + i,
                                "Сіздің орныңыз сақталды. Your seat is kept.\n\nhttp://localhost:8080/registration/"
                                        + "bench-" + run + "-" + i));
                    }
                });
            }
        });
    }

    private void awaitReceived(CompletableFuture<Void> writing, String run, int count) throws Exception {
        writing.get();
        awaitReceivedAtLeast(run, count);
    }

    /** Waits on the server's own count of delivered mail, then checks that the run's recipients make it up. */
    private void awaitReceivedAtLeast(String run, int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int before = smtp.getReceivedMessages().length - received(run);
        smtp.waitForIncomingEmail(PATIENCE.toMillis(), before + count);
        while (received(run) < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + received(run) + " of " + count + " mails arrived");
            }
            Thread.sleep(20);
        }
    }

    /** Waits until no mail of the run is waiting or being sent: from then on, nothing more can arrive. */
    private void awaitOutboxSettled(String run) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline && jdbc.queryForObject("select count(*) from mail_outbox where purpose = ?"
                + " and status in ('PENDING', 'SENDING')", Long.class, "bench." + run) > 0) {
            Thread.sleep(50);
        }
    }

    private int received(String run) {
        return smtp.getReceivedMessagesForDomain(domain(run)).length;
    }

    private Tally tally(String run) throws MessagingException {
        Map<String, Integer> perRecipient = new HashMap<>();
        for (Managers server : servers) {
            for (StoredMessage stored : server.getImapHostManager().getAllMessages()) {
                MimeMessage message = stored.getMimeMessage();
                String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
                if (to.endsWith("@" + domain(run))) {
                    perRecipient.merge(to, 1, Integer::sum);
                }
            }
        }
        int expected = switch (run) {
            case "rate" -> MAILS;
            case "outage" -> OUTAGE_MAILS;
            default -> WARM_UP_MAILS;
        };
        int copies = perRecipient.values().stream().mapToInt(Integer::intValue).sum();
        return new Tally(expected - perRecipient.size(), copies - perRecipient.size());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String domain(String run) {
        return run + ".mail.bench";
    }

    private record Tally(int lost, int duplicated) {
    }
}
