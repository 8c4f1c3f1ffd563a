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
 * A real Chromium: an organiser opens the demo's 2015 roster from the menu, sees the regions short of
 * monitors in the coverage chart and who still needs training, and the 2014 visits. Screenshots of each
 * land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class BrowserRosterIT {

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
    void an_organiser_finds_the_regions_short_of_monitors_and_who_needs_training_on_the_2015_roster() {
        try (var context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.setViewportSize(1400, 1000);
            page.navigate("/login");
            page.locator("input[name='username']").fill("organiser");
            page.locator("input[name='password']").fill("demo");
            page.locator("input[name='password']").press("Enter");
            assertThat(page.locator(".view-title")).hasText("Dashboard");

            page.locator("#main-nav").getByText("Rosters").click();
            assertThat(page.locator(".view-title")).hasText("Rosters");
            page.getByText("NPM monitors 2015").first().click();
            assertThat(page.locator(".view-title")).hasText("NPM monitors 2015");
            assertThat(page.getByText("Carried over from NPM monitors 2014")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("roster-members.png")));

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Coverage")).click();
            assertThat(page.locator(".coverage-row")).hasCount(20);
            assertThat(page.locator(".coverage-row.coverage-short").first()).isVisible();
            assertThat(page.locator(".coverage-row.coverage-short").count()).isGreaterThan(3);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("roster-coverage.png"))
                    .setFullPage(true));

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Training")).click();
            assertThat(page.getByText("NPM basics for new monitors").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("roster-training.png")));

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Members")).click();
            page.locator("vaadin-grid-cell-content").getByText("Айгерім Демо-Сейітова").first().click();
            assertThat(page.getByText("Change role or status")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("roster-member.png")));
            page.getByText("Profile across the years").click();
            assertThat(page.locator(".view-title")).hasText("Айгерім Демо-Сейітова");
            assertThat(page.getByText("Seminars attended")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("monitor-profile.png")));
            page.goBack();

            page.getByText("Year before: NPM monitors 2014").click();
            assertThat(page.locator(".view-title")).hasText("NPM monitors 2014");
            page.getByText("Visits", new Page.GetByTextOptions().setExact(true)).first().click();
            assertThat(page.locator(".visit-statistics")).containsText("276 visits");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("roster-visits.png")));
        }
    }
}
