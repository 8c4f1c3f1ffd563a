package org.npmportal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
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
 * A real Chromium: a commission member goes from the menu to the demo's 2015 round, declares no conflict for a
 * candidate not yet rated and scores one criterion, which the screen saves at once; an organiser opens the
 * published 2014 round's results. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class BrowserSelectionIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void launchBrowser() {
        browser = Browser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void a_commission_member_declares_and_scores_a_candidate_and_the_score_is_saved_at_once() {
        long round = jdbc.queryForObject("select id from selection_round where title = 'NPM monitors 2015'", Long.class);
        int before = jdbc.queryForObject("""
                select count(*) from selection_score s join selection_member m on m.id = s.member_id
                join app_user u on u.id = m.user_id where s.round_id = ? and u.username = 'commission3'""",
                Integer.class, round);
        try (var context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.setViewportSize(1400, 1000);
            signIn(page, "commission3");

            page.locator("#main-nav").getByText("Selection").click();
            page.getByText("NPM monitors 2015").first().click();
            page.getByText("Rate candidates").click();
            assertThat(page.getByText("Rated ").first()).isVisible();

            page.locator("vaadin-select:not(#language-switch)").click();
            page.locator("vaadin-select-item").getByText("To do").click();
            page.locator("vaadin-grid-cell-content").getByText("Not declared").first().click();
            page.getByText("No conflict of interest").click();
            page.getByText("4 — Has led visits and written reports").first().click();
            assertThat(page.locator(".criterion-scoring-saved").first()).hasText("Saved");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("rating.png")));
        }
        int after = jdbc.queryForObject("""
                select count(*) from selection_score s join selection_member m on m.id = s.member_id
                join app_user u on u.id = m.user_id where s.round_id = ? and u.username = 'commission3'""",
                Integer.class, round);
        org.assertj.core.api.Assertions.assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void an_organiser_reads_the_results_of_the_published_2014_round() {
        long round = jdbc.queryForObject("select id from selection_round where title = 'NPM monitors 2014'", Long.class);
        try (var context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.setViewportSize(1400, 1000);
            signIn(page, "organiser");

            page.navigate("/selection/" + round + "/results");
            assertThat(page.getByText("Agreement (Krippendorff's alpha)")).isVisible();
            assertThat(page.getByText("Reading: ").first()).isVisible();
            assertThat(page.locator("vaadin-grid-cell-content").getByText("Selected").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("selection-results.png")));
        }
    }

    private static void signIn(Page page, String username) {
        page.navigate("/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("demo");
        page.locator("input[name='password']").press("Enter");
        assertThat(page.locator(".view-title")).hasText("Dashboard");
    }
}
