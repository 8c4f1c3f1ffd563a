package org.npmportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchException;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.npmportal.base.i18n.Language;
import org.npmportal.mail.MailMessage;
import org.npmportal.mail.MailOutbox;
import org.npmportal.support.Await;
import org.npmportal.support.TcpProxy;
import org.npmportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal with a {@link TcpProxy} between it and its database, cut to make the database go away. While
 * it is away the API answers 503 with Retry-After and problem details, and pages say "try again", in the
 * user's language; when it is back, the next request works and the mail dispatcher and the scheduled jobs
 * go on by themselves, without a restart. Run on H2 by {@link DatabaseOutageTest} and on MariaDB by
 * {@link DatabaseOutageMariaDbIT}, which start the portal as {@link OutagePortal} and put the proxy in
 * {@link #proxy}.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class DatabaseOutageContract extends SpringBrowserlessTest {

    private static final Pattern LOG_LINE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T");
    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    static TcpProxy proxy;

    /**
     * The whole portal on a real port, with a short pool timeout and short job intervals; closed after its
     * class, as its database goes with it. While the database is away the pool tries to connect again at
     * growing intervals of up to 5 s, so a request waits at most that long after the database returns: the
     * timeout (30 s by default) is longer, and the first request after the outage gets its connection.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.hikari.connection-timeout=6000",
        "spring.datasource.hikari.validation-timeout=500",
        "spring.datasource.hikari.maximum-pool-size=4",
        "portal.registration.job-interval=PT0.5S",
        "portal.mail.poll-interval=PT0.5S",
        "portal.jobs.lock-at-most-for=PT3S",
    })
    @Import(TestClock.Config.class)
    @ActiveProfiles({"test", "demo"})
    @DirtiesContext
    @interface OutagePortal {
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    GreenMail embeddedSmtpServer;
    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void databaseIsBack() {
        proxy.restore();
    }

    @Test
    void while_the_database_is_away_api_and_pages_say_try_again_in_the_users_language_and_the_next_request_works(
            CapturedOutput output) throws Exception {
        var before = get("/api/seminars", "en");
        assertThat(before.statusCode()).isEqualTo(200);
        var id = FIRST_ID.matcher(before.body());
        assertThat(id.find()).as(before.body()).isTrue();
        String seminar = "/api/seminars/" + id.group(1);

        proxy.cut();
        int logStart = output.getOut().length();

        var list = get("/api/seminars", "ru");
        assertThat(list.statusCode()).isEqualTo(503);
        assertThat(list.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(list.body()).contains("\"status\":503", "\"title\":\"Сервис временно недоступен\"",
                "Попробуйте ещё раз через 5 секунд");
        var one = get(seminar, "kk");
        assertThat(one.statusCode()).isEqualTo(503);
        assertThat(one.body()).contains("Қызмет уақытша қолжетімсіз");
        var registration = http.send(HttpRequest.newBuilder(url(seminar + "/registrations"))
                .header("Accept-Language", "en").header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("""
                        {"fullName": "Aigerim Sadykova", "email": "aigerim@outage.example.org",
                         "organisation": "NGO", "position": "Monitor", "region": "KARAGANDA", "language": "kk",
                         "consentProcessing": true, "consentListing": false, "website": ""}""")).build(),
                BodyHandlers.ofString());
        assertThat(registration.statusCode()).isEqualTo(503);
        assertThat(registration.headers().firstValue("Retry-After")).isPresent();
        assertThat(registration.body()).contains("cannot reach its database", "nothing was changed");
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        navigate("catalogue", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("InternalErrorView");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).anySatisfy(text -> assertThat(text)
                .startsWith("Портал сейчас не может связаться со своей базой данных. Попробуйте ещё раз"));
        // A click whose service call fails goes to the session's error handler, which shows a notification.
        Exception clickFailure = catchException(() -> transactions.executeWithoutResult(status -> outbox.enqueue(
                new MailMessage("test.outage", null, "click@outage.example.org", Language.RU, "Never", "Never"))));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(clickFailure));
        assertThat($(Notification.class).all()).filteredOn(Notification::isOpened).last()
                .extracting(notification -> test(notification).getText()).asString()
                .startsWith("Портал сейчас не может связаться со своей базой данных");
        String duringOutage = output.getOut().substring(logStart);

        proxy.restore();

        assertThat(get("/api/seminars", "en").statusCode()).as("the first request after the outage").isEqualTo(200);
        assertThat(navigate("catalogue", Component.class).getClass().getSimpleName()).isEqualTo("PublicCatalogueView");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE email = ?", Integer.class,
                "aigerim@outage.example.org")).as("nothing half-stored").isZero();
        assertThat(duringOutage.lines().filter(line -> line.contains("Database unavailable"))).hasSize(5);
        assertThat(linesWithStackTraces(duringOutage)).as("no stack trace per request; the pool's report of each"
                + " broken connection at most").hasSizeLessThanOrEqualTo(4)
                .allSatisfy(line -> assertThat(line).contains("marked as broken"));
    }

    @Test
    void after_an_outage_the_mail_dispatcher_and_the_scheduled_jobs_go_on_by_themselves(CapturedOutput output)
            throws Exception {
        String domain = UUID.randomUUID() + ".outage.example.org";
        transactions.executeWithoutResult(status -> outbox.enqueue(new MailMessage("test.outage", null,
                "first@" + domain, Language.EN, "Before the outage", "Text")));
        Await.until("the first mail", () -> embeddedSmtpServer.getReceivedMessagesForDomain(domain).length == 1);

        proxy.cut();
        int logStart = output.getOut().length();
        Await.until("the dispatcher and the jobs to meet the outage", () -> {
            String log = output.getOut().substring(logStart);
            return log.contains("Mail dispatch failed") && log.contains("Registration jobs failed");
        });
        // A connection that the outage broke and no one has tried since is still in the pool; one returned less
        // than half a second before it is lent again is lent unchecked (Hikari's bypass window), and its first
        // query fails. Portal requests meet that as one "try again"; the test's own queries below must not, so
        // the outage lasts until the dispatcher's and the jobs' attempts have dropped every such connection.
        var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        Await.until("the pool to drop the connections the outage broke", () -> pool.getTotalConnections() == 0);
        proxy.restore();

        // A run that the outage cut short could not release its lock: the job waits until the lock runs out.
        Timestamp lastStart = jdbc.queryForObject("SELECT locked_at FROM job_lock WHERE name = 'registration-jobs'",
                Timestamp.class);
        // A due mail that nothing wakes the dispatcher for: only its scheduled poll can send it.
        jdbc.update("INSERT INTO mail_outbox (version, created_at, purpose, reference_id, recipient, language,"
                + " subject, body, message_id, status, attempts, next_attempt_at)"
                + " SELECT 0, created_at, purpose, reference_id, ?, language, 'After the outage', body, ?, 'PENDING',"
                + " 0, created_at FROM mail_outbox WHERE recipient = ?",
                "second@" + domain, "<" + UUID.randomUUID() + "@npm-portal.test>", "first@" + domain);
        Await.until("the mail after the outage",
                () -> embeddedSmtpServer.getReceivedMessagesForDomain(domain).length == 2);
        assertThat(embeddedSmtpServer.getReceivedMessagesForDomain(domain)[1].getSubject())
                .isEqualTo("After the outage");
        Await.until("the registration jobs to run again", () -> jdbc.queryForObject("SELECT COUNT(*) FROM job_lock"
                + " WHERE name = 'registration-jobs' AND locked_at > ?", Integer.class, lastStart) == 1);
    }

    /** The log lines that a stack trace follows. */
    private static List<String> linesWithStackTraces(String log) {
        List<String> lines = log.lines().toList();
        List<String> withTraces = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (LOG_LINE.matcher(lines.get(i - 1)).lookingAt() && !lines.get(i).isBlank()
                    && !LOG_LINE.matcher(lines.get(i)).lookingAt()) {
                withTraces.add(lines.get(i - 1));
            }
        }
        return withTraces;
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).header("Accept-Language", language).GET().build(),
                BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
