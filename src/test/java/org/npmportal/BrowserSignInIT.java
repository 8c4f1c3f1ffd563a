package org.npmportal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npmportal.support.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real Chromium signs in to the portal on a random port as the demo admin, sees the dashboard,
 * switches to Russian and sees Russian labels, also after opening the portal again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class BrowserSignInIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchBrowser() {
        browser = Browser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void the_admin_signs_in_sees_the_dashboard_and_switches_to_russian() {
        try (var context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();

            page.navigate("/");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
            page.locator("input[name='username']").fill("admin");
            page.locator("input[name='password']").fill("demo");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login.png")));
            page.locator("input[name='password']").press("Enter");

            assertThat(page.locator(".view-title")).hasText("Dashboard");
            assertThat(page.locator("#dashboard-figures")).containsText("Partner organisations");
            assertThat(page.locator("#current-user")).containsText("Aigerim Demo-Admin");
            assertThat(page.locator("#main-nav")).containsText("Users");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard-en.png")));

            page.locator("#language-switch").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Русский")).click();

            assertThat(page.locator(".view-title")).hasText("Главная");
            assertThat(page.locator("#main-nav")).containsText("Пользователи");
            assertThat(page.locator("#dashboard-figures")).containsText("Организации-партнёры");
            assertThat(page.locator("#logout")).containsText("Выйти");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard-ru.png")));

            page.navigate("/account");
            assertThat(page.locator(".view-title")).hasText("Мой профиль");
            assertThat(context.cookies()).anySatisfy(cookie -> {
                assertThat(cookie.name).isEqualTo("npm-portal-lang");
                assertThat(cookie.value).isEqualTo("ru");
            });
        }
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_sign_in_page_with_a_message() {
        try (var context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            page.locator("input[name='username']").fill("admin");
            page.locator("input[name='password']").fill("not-the-password");
            page.locator("input[name='password']").press("Enter");

            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error$"));
            assertThat(page.locator("vaadin-login-form")).containsText("Wrong username or password");
        }
    }
}
