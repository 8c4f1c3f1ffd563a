package org.npmportal.selection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npmportal.registration.MailText;
import org.npmportal.selection.Outcome;
import org.npmportal.selection.ResultsFixture;
import org.npmportal.selection.ResultsService;
import org.npmportal.selection.RoundPhase;
import org.npmportal.selection.SelectionService;
import org.npmportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Publishing from the results page, through to the inbox: every candidate of the round receives their
 * result in their own language from a real SMTP server (GreenMail).
 */
@SpringBootTest
@Import(TestClock.Config.class)
@ActiveProfiles({"test", "demo"})
@WithUserDetails(ResultsFixture.ORGANISER)
class ResultsPublishMailTest extends SpringBrowserlessTest {

    private static final int PORT = freePort();
    private static GreenMail smtp;

    @Autowired
    ApplicationContext context;
    @Autowired
    ResultsService results;
    @Autowired
    SelectionService rounds;

    @DynamicPropertySource
    static void smtpProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("portal.mail.poll-interval", () -> "PT0.5S");
    }

    @BeforeAll
    static void startServer() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Test
    void publishing_from_the_page_mails_every_candidate_their_result_in_their_own_language() throws Exception {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var fixture = new ResultsFixture(context);
        var round = fixture.decided("Publish", false);
        fixture.as(ResultsFixture.CHAIR, () -> results.override(round.id(), round.candidate("C-005"), Outcome.RESERVE,
                "Speaks Kazakh and Russian, needed in Almaty"));
        navigate("", Component.class);
        var view = navigate("selection/" + round.id() + "/results", ResultsView.class);
        roundTrip();

        test(view.publish).click();
        roundTrip();
        assertThat(test(view.publishDialog).getText()).contains("Each of the 5 candidates", "the 3 selected",
                "\"NPM monitors 2015\"", "cannot be undone");
        test(view.publishDialog).confirm();

        assertThat(view.phase.getText()).isEqualTo("Published");
        assertThat(view.publish.isVisible()).isFalse();
        assertThat(fixture.as(ResultsFixture.ORGANISER, () -> rounds.get(round.id())).orElseThrow().getPhase())
                .isEqualTo(RoundPhase.PUBLISHED);

        Map<String, MimeMessage> mails = awaitMails(round.emailDomain(), 5);
        assertThat(mails).containsOnlyKeys("c-001@" + round.emailDomain(), "c-002@" + round.emailDomain(),
                "c-003@" + round.emailDomain(), "c-004@" + round.emailDomain(), "c-005@" + round.emailDomain());
        var kazakhSelected = mails.get("c-001@" + round.emailDomain());
        assertThat(kazakhSelected.getSubject()).isEqualTo("Іріктеу қорытындысы: " + round.title());
        assertThat(MailText.of(kazakhSelected)).startsWith("Құрметті Айгерім Сапарова!")
                .contains("монитор етіп іріктеді", "C-001");
        var russianReserve = mails.get("c-002@" + round.emailDomain());
        assertThat(russianReserve.getSubject()).isEqualTo("Итоги отбора: " + round.title());
        assertThat(MailText.of(russianReserve)).contains("резервный список", "под номером 1");
        var englishSelected = mails.get("c-003@" + round.emailDomain());
        assertThat(englishSelected.getSubject()).isEqualTo("Result of the selection: " + round.title());
        assertThat(MailText.of(englishSelected)).contains("Dear Vera Kim", "selected you as a monitor");
        assertThat(MailText.of(mails.get("c-005@" + round.emailDomain())))
                .as("moved to the reserve by the chair").contains("под номером 2");
    }

    /** Each recipient's mail, once the server has received as many as expected for the domain. */
    private static Map<String, MimeMessage> awaitMails(String domain, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        List<MimeMessage> received;
        do {
            received = Arrays.asList(smtp.getReceivedMessagesForDomain(domain));
            if (received.size() >= count) {
                break;
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        assertThat(received).hasSize(count);
        return received.stream().collect(Collectors.toMap(ResultsPublishMailTest::recipient, m -> m));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
