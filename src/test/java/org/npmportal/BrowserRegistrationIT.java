package org.npmportal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npmportal.support.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A person goes from the public catalogue to a confirmed seat in a real Chromium, with nothing but the
 * mail the embedded SMTP server received: the registration form, the confirmation link, the seat; then
 * the organiser finds them on the seminar's participant screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class BrowserRegistrationIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/registration/\\S+)");

    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GreenMail embeddedSmtpServer;

    @BeforeAll
    static void launchBrowser() {
        browser = Browser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void a_person_registers_in_the_browser_confirms_from_the_mail_and_gets_a_seat() throws Exception {
        long seminar = jdbc.queryForObject("select id from seminar where title = ?", Long.class,
                "Reporting after preventive visits");
        String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.kz";
        try (var context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();

            page.navigate("/catalogue/" + seminar);
            page.locator("#register").click();
            page.getByLabel("Full name", new Page.GetByLabelOptions().setExact(true)).fill("Әсел Демо-Қасымова");
            page.getByLabel("E-mail address", new Page.GetByLabelOptions().setExact(true)).fill(email);
            page.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true)).fill("ҮЕҰ коалициясы");
            page.getByLabel("I agree that my data is processed to organise this seminar").check();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("registration-form.png"))
                    .setFullPage(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
            assertThat(page.locator("#registration-outcome")).containsText("Check your inbox");

            page.navigate(link(awaitMail(email, 1), "/registration/confirm/"));
            page.locator("#confirm").click();
            assertThat(page.locator("#registration-outcome")).containsText("you have a seat");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("registration-confirmed.png"))
                    .setFullPage(true));

            page.navigate(link(awaitMail(email, 2), "/registration/"));
            assertThat(page.locator("#cancel-registration")).isVisible();
        }
        try (var context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            page.locator("input[name='username']").fill("organiser");
            page.locator("input[name='password']").fill("demo");
            page.locator("input[name='password']").press("Enter");
            assertThat(page.locator(".view-title")).isVisible();

            page.navigate("/seminars/" + seminar + "/participants");
            assertThat(page.locator("#participant-counts")).containsText("Confirmed");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("participants.png")));
            page.getByLabel(Pattern.compile("^Search")).fill("Демо-Қасымова");
            assertThat(page.locator("vaadin-grid")).containsText("Әсел Демо-Қасымова");
            assertThat(page.locator("vaadin-grid")).containsText("Seat confirmed");
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select status from registration where email = ?", String.class, email)).isEqualTo("CONFIRMED");
    }

    /** The newest of at least {@code count} mails to the address, as the SMTP server received it. */
    private MimeMessage awaitMail(String recipient, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            var mine = Arrays.stream(embeddedSmtpServer.getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            if (mine.size() >= count) {
                return mine.get(count - 1);
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(count + " mail(s) to " + recipient + " expected, got " + mine.size());
            }
            Thread.sleep(100);
        }
    }

    /** The path of the first link in the mail that starts with {@code prefix}. */
    private static String link(MimeMessage mail, String prefix) throws Exception {
        String text = org.npmportal.registration.MailText.of(mail);
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).startsWith(prefix)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no link " + prefix + " in " + text);
    }
}
