package org.npmportal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real database and the embedded SMTP server (GreenMail over SMTP); run on H2 by
 * {@link MailOutboxTest} and on MariaDB by {@link MailOutboxMariaDbIT}.
 */
abstract class MailOutboxContract {

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    OutgoingMailRepository mails;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    GreenMail embeddedSmtpServer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_committed_mail_is_sent_once_after_the_commit_with_the_message_id_it_was_written_with() throws Exception {
        String domain = uniqueDomain();
        transactions.executeWithoutResult(status -> outbox.enqueue(new MailMessage("test.purpose", 7L,
                "Aigerim@" + domain, Language.KK, "Тіркелуді растаңыз: ұлттық алдын алу тетігі",
                "Сәлеметсіз бе!\nСілтемені ашыңыз.")));
        long id = idOf(jdbc, "aigerim@" + domain);

        var received = awaitMessages(domain, 1);

        assertThat(received[0].getSubject()).isEqualTo("Тіркелуді растаңыз: ұлттық алдын алу тетігі");
        assertThat(received[0].getContent().toString()).contains("Сәлеметсіз бе!");
        var stored = mails.findById(id).orElseThrow();
        assertThat(received[0].getMessageID()).isEqualTo(stored.getMessageId());
        assertThat(stored.getRecipient()).isEqualTo("aigerim@" + domain);
        awaitStatus(id, MailStatus.SENT);
        assertThat(mails.findById(id).orElseThrow().getAttempts()).isEqualTo(1);
    }

    @Test
    void a_mail_written_in_a_transaction_that_rolls_back_is_neither_stored_nor_sent() {
        String domain = uniqueDomain();
        long before = mails.count();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            outbox.enqueue(new MailMessage("test.rollback", null, "x@" + domain, Language.EN, "Never", "Never"));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)));

        assertThat(mails.count()).isEqualTo(before);
        assertThat(embeddedSmtpServer.getReceivedMessagesForDomain(domain)).isEmpty();
    }

    @Test
    void mail_can_only_be_written_inside_the_transaction_of_the_change_that_causes_it() {
        assertThatThrownBy(() -> outbox.enqueue(new MailMessage("test.notx", null, "x@" + uniqueDomain(),
                Language.EN, "No transaction", "Body"))).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void an_attachment_arrives_with_its_name_type_and_bytes() throws Exception {
        String domain = uniqueDomain();
        byte[] ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        transactions.executeWithoutResult(status -> outbox.enqueue(new MailMessage("test.attachment", null,
                "p@" + domain, Language.RU, "Календарь", "Во вложении файл календаря.",
                List.of(new MailMessage.Attachment("seminar-1.ics", "text/calendar", ics)))));

        var received = awaitMessages(domain, 1);

        var multipart = (MimeMultipart) received[0].getContent();
        assertThat(multipart.getCount()).isEqualTo(2);
        var attachment = multipart.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("seminar-1.ics");
        assertThat(attachment.getContentType()).startsWith("text/calendar");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(ics);
    }

    @Test
    void mails_kept_for_the_commit_are_written_at_the_commit_each_with_its_own_attachments() throws Exception {
        String domain = uniqueDomain();
        int count = 40;
        // MariaDB with the MySQL driver keeps whole seconds only (the driver reads MariaDB's version as 5.5).
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long writtenBeforeCommit = transactions.execute(status -> {
            outbox.writeAtCommit();
            outbox.writeAtCommit();
            for (int i = 0; i < count; i++) {
                // Every third mail has no attachment, every fifth two: the files must still find their own mail.
                var files = new ArrayList<MailMessage.Attachment>();
                if (i % 3 != 0) {
                    files.add(new MailMessage.Attachment("seminar-" + i + ".ics", "text/calendar",
                            ("calendar " + i).getBytes(StandardCharsets.UTF_8)));
                }
                if (i % 5 == 0) {
                    files.add(new MailMessage.Attachment("programme-" + i + ".pdf", "application/pdf",
                            ("programme " + i).getBytes(StandardCharsets.UTF_8)));
                }
                outbox.enqueue(new MailMessage("test.atCommit", (long) i, "P" + i + "@" + domain, Language.RU,
                        "Письмо " + i, "Текст " + i, files));
            }
            return jdbc.queryForObject("select count(*) from mail_outbox where recipient like ?", Long.class,
                    "%@" + domain);
        });
        Instant after = Instant.now();

        assertThat(writtenBeforeCommit).as("kept until the commit").isZero();
        var stored = jdbc.queryForList("select id, recipient, subject, reference_id from mail_outbox"
                + " where recipient like ? order by reference_id", "%@" + domain);
        assertThat(stored).hasSize(count);
        for (int i = 0; i < count; i++) {
            var row = stored.get(i);
            long id = ((Number) row.get("id")).longValue();
            assertThat(row.get("recipient")).isEqualTo("p" + i + "@" + domain);
            assertThat(row.get("subject")).isEqualTo("Письмо " + i);
            var mail = mails.findById(id).orElseThrow();
            assertThat(mail.getLanguage()).isEqualTo(Language.RU);
            assertThat(mail.getCreatedAt()).isBetween(before, after);
            var files = jdbc.queryForList("select filename, content from mail_attachment where mail_id = ?"
                    + " order by filename desc", id);
            var expected = new ArrayList<String>();
            if (i % 3 != 0) {
                expected.add("seminar-" + i + ".ics=calendar " + i);
            }
            if (i % 5 == 0) {
                expected.add("programme-" + i + ".pdf=programme " + i);
            }
            assertThat(files).extracting(file -> file.get("filename") + "="
                    + new String((byte[]) file.get("content"), StandardCharsets.UTF_8))
                    .containsExactlyElementsOf(expected);
        }
        var received = awaitMessages(domain, count);
        assertThat(Arrays.stream(received).map(MailOutboxContract::messageId).distinct()).hasSize(count);
    }

    @Test
    void mails_kept_for_the_commit_of_a_transaction_that_rolls_back_are_never_written() {
        String domain = uniqueDomain();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            outbox.writeAtCommit();
            outbox.enqueue(new MailMessage("test.atCommit", null, "x@" + domain, Language.EN, "Never", "Never",
                    List.of(new MailMessage.Attachment("never.ics", "text/calendar", new byte[] {1}))));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        transactions.executeWithoutResult(status -> outbox.enqueue(new MailMessage("test.atCommit", null,
                "y@" + domain, Language.EN, "Written at once", "Text")));

        assertThat(jdbc.queryForList("select recipient from mail_outbox where recipient like ?", String.class,
                "%@" + domain)).as("the next transaction writes at once again").containsExactly("y@" + domain);
    }

    @Test
    void many_dispatchers_at_once_send_every_mail_exactly_once() throws Exception {
        String domain = uniqueDomain();
        int count = 40;
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(new MailMessage("test.concurrent", (long) i, "p" + i + "@" + domain,
                        Language.EN, "Mail " + i, "Body " + i));
            }
        });
        List<Long> ids = jdbc.queryForList("select id from mail_outbox where recipient like ?", Long.class,
                "%@" + domain);
        assertThat(ids).hasSize(count);
        int threads = 6;
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(threads)) {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    start.await();
                    return dispatcher.dispatchDue(Instant.now());
                });
            }
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                future.get();
            }
        }

        var received = awaitMessages(domain, count);
        Thread.sleep(500);
        received = embeddedSmtpServer.getReceivedMessagesForDomain(domain);
        assertThat(received).hasSize(count);
        assertThat(Arrays.stream(received).map(MailOutboxContract::messageId).distinct()).hasSize(count);
        for (long id : ids) {
            var mail = mails.findById(id).orElseThrow();
            assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
            assertThat(mail.getAttempts()).isEqualTo(1);
        }
    }

    private MimeMessage[] awaitMessages(String domain, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        MimeMessage[] received = embeddedSmtpServer.getReceivedMessagesForDomain(domain);
        while (received.length < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            received = embeddedSmtpServer.getReceivedMessagesForDomain(domain);
        }
        assertThat(received).as("mails received for %s", domain).hasSize(expected);
        return received;
    }

    private void awaitStatus(long id, MailStatus status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (mails.findById(id).orElseThrow().getStatus() != status && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(mails.findById(id).orElseThrow().getStatus()).isEqualTo(status);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of the one mail written to this address. */
    static long idOf(JdbcTemplate jdbc, String recipient) {
        return jdbc.queryForObject("select id from mail_outbox where recipient = ?", Long.class, recipient);
    }

    static String uniqueDomain() {
        return "outbox-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }
}
