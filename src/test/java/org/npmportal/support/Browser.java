package org.npmportal.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Headless Debian Chromium driven by Playwright. Playwright never downloads a browser here: it uses
 * {@code /usr/bin/chromium} (or {@code -Dtest.chromium=...}), which {@code .ci/run} installs.
 */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    /** What Chromium reported as blocked by the portal's content security policy, in any page. */
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    public static Browser launch() {
        Path executable = Paths.get(System.getProperty("test.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Chromium not found at " + executable
                    + ": install Debian's chromium package (apt-get install -y chromium)");
        }
        var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        return new Browser(playwright, chromium);
    }

    /**
     * A fresh browser profile (no cookies) that asks for English pages. Whatever its pages report as blocked
     * by the content security policy is kept, and {@link #close()} fails on it.
     */
    public BrowserContext newContext(String baseUrl) {
        var context = chromium.newContext(new NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("en-GB")
                .setViewportSize(1280, 800));
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
        return context;
    }

    /** Closes the browser; fails if any page broke the portal's content security policy, which breaks the UI. */
    @Override
    public void close() {
        chromium.close();
        playwright.close();
        if (!policyViolations.isEmpty()) {
            throw new AssertionError("The content security policy blocked: " + policyViolations);
        }
    }
}
