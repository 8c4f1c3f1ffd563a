package org.npmportal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * While the SMTP server is down, mail waits in the outbox and is retried with backoff; when the server
 * returns, each mail arrives exactly once. After the last retry a mail is marked failed, and an
 * administrator can send it again. Run on H2 by {@link SmtpOutageTest} and on MariaDB by
 * {@link SmtpOutageMariaDbIT}.
 */
abstract class SmtpOutageContract {

    private static final int PORT = freePort();
    private static GreenMail smtp;

    /** The SMTP server this test stops and starts; no background retries, so that the test decides when to try. */
    static void smtpProperties(DynamicPropertyRegistry registry) {
        registry.add("portal.mail.poll-interval", () -> "PT1H");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    }

    @BeforeAll
    static void startServer() {
        smtp = server();
        smtp.start();
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @AfterEach
    void serverIsBack() {
        if (!smtp.isRunning()) {
            smtp = server();
            smtp.start();
        }
    }

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    OutgoingMailRepository mails;
    @Autowired
    OutboxAdministration administration;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mail_written_during_an_outage_waits_and_arrives_exactly_once_when_the_server_returns() throws Exception {
        smtp.stop();
        String domain = MailOutboxContract.uniqueDomain();
        Instant written = Instant.now();
        transactions.executeWithoutResult(status -> outbox.enqueue(new MailMessage("test.outage", null,
                "p@" + domain, Language.RU, "Подтверждение регистрации", "Текст")));
        long id = MailOutboxContract.idOf(jdbc, "p@" + domain);

        awaitAttempts(id, 1);
        var waiting = mails.findById(id).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.getLastError()).isNotBlank();
        assertThat(waiting.getNextAttemptAt()).isBetween(written.plus(Duration.ofSeconds(50)),
                Instant.now().plus(Duration.ofSeconds(70)));
        dispatcher.dispatchDue(Instant.now());
        assertThat(mails.findById(id).orElseThrow().getAttempts()).as("not due yet, so not tried again").isEqualTo(1);

        smtp = server();
        smtp.start();
        dispatcher.dispatchDue(Instant.now().plus(Duration.ofMinutes(2)));
        dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(2)));

        assertThat(smtp.getReceivedMessagesForDomain(domain)).hasSize(1);
        var sent = mails.findById(id).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).as("the error of the failed try is over").isNull();
        assertThat(sent.getSentAt()).isNotNull();
    }

    @Test
    @WithUserDetails("admin")
    void after_ten_failed_tries_over_about_four_hours_a_mail_is_failed_and_an_admin_can_send_it_again()
            throws Exception {
        smtp.stop();
        String domain = MailOutboxContract.uniqueDomain();
        transactions.executeWithoutResult(status -> outbox.enqueue(new MailMessage("test.giveup", null,
                "p@" + domain, Language.EN, "Reminder", "Text")));
        long id = MailOutboxContract.idOf(jdbc, "p@" + domain);
        awaitAttempts(id, 1);

        Instant first = mails.findById(id).orElseThrow().getNextAttemptAt().minus(Duration.ofMinutes(1));
        Instant now = first;
        for (int attempt = 2; attempt <= 10; attempt++) {
            now = mails.findById(id).orElseThrow().getNextAttemptAt();
            dispatcher.dispatchDue(now);
        }
        var failed = mails.findById(id).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(10);
        assertThat(Duration.between(first, now)).isBetween(Duration.ofHours(4), Duration.ofHours(5));

        smtp = server();
        smtp.start();
        administration.resend(id);
        // The resend wakes the background dispatcher; this call races with it, and only one of them sends.
        dispatcher.dispatchDue(Instant.now().plusSeconds(1));
        awaitStatus(id, MailStatus.SENT);
        dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)));
        assertThat(smtp.getReceivedMessagesForDomain(domain)).hasSize(1);
    }

    private void awaitAttempts(long id, int attempts) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (mails.findById(id).orElseThrow().getAttempts() < attempts && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(mails.findById(id).orElseThrow().getAttempts()).isEqualTo(attempts);
    }

    private void awaitStatus(long id, MailStatus status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (mails.findById(id).orElseThrow().getStatus() != status && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(mails.findById(id).orElseThrow().getStatus()).isEqualTo(status);
    }

    private static GreenMail server() {
        return new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
