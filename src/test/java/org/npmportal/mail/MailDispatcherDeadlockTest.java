package org.npmportal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On MariaDB, recording a sent mail can be chosen as a deadlock's victim when other dispatchers claim mail or
 * release stale claims at the same moment (seen in {@link MailOutboxMariaDbIT}). The record is tried again: given
 * up, the rest of the claimed batch would wait for {@code portal.mail.stale-claim} (10 minutes) and the mail
 * whose record failed would be sent twice. The deadlock is played by a repository that fails once.
 */
@PortalTest
class MailDispatcherDeadlockTest {

    @Autowired
    OutgoingMailRepository mails;
    @Autowired
    OutboxRows rows;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JavaMailSender sender;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MailSettings settings;
    @Autowired
    GreenMail embeddedSmtpServer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_mail_whose_sent_record_meets_a_deadlock_is_recorded_on_the_next_try_and_the_batch_goes_on()
            throws Exception {
        String domain = MailOutboxContract.uniqueDomain();
        // Written without the event that wakes the portal's own dispatcher, and due only in an hour, which that
        // dispatcher's polls do not reach: the one below sends them.
        transactions.executeWithoutResult(status -> rows.insert(List.of(row("a@" + domain), row("b@" + domain),
                row("c@" + domain))));
        var recordCalls = new AtomicInteger();
        var dispatcher = new MailDispatcher(failingFirstRecord(recordCalls), entityManager, sender, transactions,
                settings, Clock.systemUTC());
        try {
            int sent = dispatcher.dispatchDue(Instant.now().plus(Duration.ofHours(2)));

            assertThat(sent).isEqualTo(3);
        } finally {
            dispatcher.stop();
        }
        assertThat(recordCalls).as("three records and the one that met the deadlock").hasValue(4);
        assertThat(jdbc.queryForList("select status, attempts from mail_outbox where recipient like ?",
                "%@" + domain)).hasSize(3).allSatisfy(mail -> {
                    assertThat(mail.get("status")).isEqualTo("SENT");
                    assertThat(((Number) mail.get("attempts")).intValue()).isEqualTo(1);
                });
        assertThat(embeddedSmtpServer.getReceivedMessagesForDomain(domain)).hasSize(3);
    }

    private OutgoingMailRepository failingFirstRecord(AtomicInteger recordCalls) {
        return (OutgoingMailRepository) Proxy.newProxyInstance(OutgoingMailRepository.class.getClassLoader(),
                new Class<?>[] {OutgoingMailRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("recordSent") && recordCalls.incrementAndGet() == 1) {
                        throw new CannotAcquireLockException("Deadlock found when trying to get lock");
                    }
                    try {
                        return method.invoke(mails, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static OutboxRows.Row row(String recipient) {
        return new OutboxRows.Row(new MailMessage("test.deadlock", null, recipient, Language.EN, "Deadlock", "Text"),
                "<" + UUID.randomUUID() + "@npm-portal.test>", Instant.now().plus(Duration.ofHours(1)));
    }
}
