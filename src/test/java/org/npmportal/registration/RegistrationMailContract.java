package org.npmportal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.seminar.SeminarService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Registration through the inbox, end to end over SMTP: people read their links from the mail a real
 * SMTP server (GreenMail) received, and when that server goes away in the middle of a rush of
 * confirmations, every mail still arrives exactly once after it returns. Run on H2 by
 * {@link RegistrationMailTest} and on MariaDB by {@link RegistrationMailMariaDbIT}.
 */
@WithUserDetails("organiser")
abstract class RegistrationMailContract {

    static final int PORT = freePort();
    private static final Pattern LINK = Pattern.compile("https?://\\S+/registration/(confirm|claim)?/?([A-Za-z0-9_-]{43})");
    static GreenMail smtp;

    @Autowired
    RegistrationService service;
    @Autowired
    SeminarService seminars;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;

    Participants people;
    String domain;

    /** The portal sends to our own SMTP server and retries quickly, so the test need not wait for minutes. */
    static void smtpProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("portal.mail.retry-delays", () -> "PT1S,PT1S,PT1S,PT2S,PT2S,PT2S,PT4S,PT4S,PT4S");
        registry.add("portal.mail.poll-interval", () -> "PT0.5S");
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

    @BeforeEach
    void participants() {
        people = new Participants(jdbc, security);
        domain = UUID.randomUUID().toString().substring(0, 8) + ".example.kz";
    }

    @AfterEach
    void serverIsBack() {
        if (!smtp.isRunning()) {
            smtp = server();
            smtp.start();
        }
    }

    @Test
    void a_person_gets_a_seat_using_only_the_mail_the_smtp_server_received() throws Exception {
        long seminar = Participants.seminar(seminars, "Inbox " + UUID.randomUUID(), 3, false, 20);
        String email = "aigerim@" + domain;

        service.register(seminar, Participants.request("Айгерім Нұрланқызы", email), "10.9.0.1");
        MimeMessage confirmMail = awaitMail(email, 1).getFirst();
        assertThat(confirmMail.getSubject()).startsWith("Тіркеуіңізді растаңыз: Inbox ");
        String confirmToken = link(text(confirmMail), "confirm");

        assertThat(service.confirm(confirmToken).outcome()).isEqualTo(LinkOutcome.DONE);

        MimeMessage seatMail = awaitMail(email, 2).get(1);
        assertThat(seatMail.getSubject()).startsWith("Орныңыз расталды:");
        assertThat(text(seatMail)).contains("Құрметті Айгерім Нұрланқызы!", "Asia/Almaty");
        assertThat(attachmentNames(seatMail)).containsExactly("seminar-" + seminar + ".ics");
        assertThat(people.count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(1);
    }

    @Test
    void when_the_smtp_server_is_down_during_a_rush_every_mail_arrives_exactly_once_after_it_returns()
            throws Exception {
        long seminar = Participants.seminar(seminars, "Outage " + UUID.randomUUID(), 5, false, 20);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String email = "p" + i + "@" + domain;
            emails.add(email);
            service.register(seminar, Participants.request("Қатысушы Бір", email), "10.9.1." + i);
        }
        for (String email : emails) {
            awaitMail(email, 1);
        }
        List<String> confirmLinks = emails.stream().map(people::confirmToken).toList();

        smtp.stop();
        people.atOnce(confirmLinks.stream().<Callable<LinkResult>>map(token -> () -> service.confirm(token)).toList());
        service.cancel(people.manageToken(seatedOf(emails).getFirst(), "registration.seated"));
        Thread.sleep(1500);
        smtp = server();
        smtp.start();

        int expected = jdbc.queryForObject("select count(*) from mail_outbox where recipient like ?", Integer.class,
                "%@" + domain);
        assertThat(expected).isEqualTo(12 + 12 + 2);
        awaitAllSent(expected);
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(domain);
        List<String> ids = new ArrayList<>();
        for (MimeMessage message : received) {
            ids.add(message.getMessageID());
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        // The first 12 confirmation mails went out before the outage to the first server.
        assertThat(received).hasSize(expected - 12);
        assertThat(people.count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(4);
        assertThat(people.count(seminar, RegistrationStatus.OFFERED)).isEqualTo(1);
        assertThat(people.count(seminar, RegistrationStatus.WAITLISTED)).isEqualTo(6);
    }

    private List<String> seatedOf(List<String> emails) {
        return emails.stream().filter(e -> people.purposesOfMailTo(e).contains("registration.seated")).toList();
    }

    private void awaitAllSent(int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && sent() < expected) {
            Thread.sleep(200);
        }
        assertThat(sent()).isEqualTo(expected);
    }

    private int sent() {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient like ? and status = 'SENT'",
                Integer.class, "%@" + domain);
    }

    private List<MimeMessage> awaitMail(String recipient, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        List<MimeMessage> mine;
        do {
            mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, recipient)).toList();
            if (mine.size() >= count) {
                return mine;
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError(count + " mail(s) to " + recipient + " expected, got " + mine.size());
    }

    private static boolean sentTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String link(String text, String kind) {
        var matcher = LINK.matcher(text);
        while (matcher.find()) {
            if (kind.equals(matcher.group(1))) {
                return matcher.group(2);
            }
        }
        throw new AssertionError("no " + kind + " link in " + text);
    }

    static String text(Part part) throws Exception {
        return MailText.of(part);
    }

    static List<String> attachmentNames(Part part) throws Exception {
        List<String> names = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var body = multipart.getBodyPart(i);
                if (body.getFileName() != null) {
                    names.add(body.getFileName());
                } else {
                    names.addAll(attachmentNames(body));
                }
            }
        }
        return names;
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
