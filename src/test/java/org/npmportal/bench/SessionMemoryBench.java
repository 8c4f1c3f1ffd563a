package org.npmportal.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npmportal.bench.BenchResults.Metric;
import org.npmportal.support.Browser;
import org.npmportal.support.PortalProcess;

/**
 * How much server memory one signed-in organiser costs: the production jar with the demo data, then real
 * Chromium pages, each in its own browser context (its own session), sign in as the demo organiser and open
 * the seminar list until its grid shows rows. The pages stay open while the portal's live heap is measured,
 * so every UI is alive (a closed tab's UI would stay until its heartbeat expired). Live heap is what remains
 * after a full collection ({@code jcmd <pid> GC.run}, then {@code GC.heap_info}); the figure is the growth
 * divided by the number of UIs. A class histogram of the portal with all UIs open is written beside the
 * results, to see what a session holds.
 */
class SessionMemoryBench {

    private static final int UIS = Integer.getInteger("bench.session.uis", 60);
    private static final int WARM_UP_UIS = 3;
    private static final double TARGET_KB = 300;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final Pattern USED = Pattern.compile("heap .*used (\\d+)K");

    @TempDir
    Path workDir;

    @Test
    void the_live_heap_of_many_signed_in_organisers_with_the_seminar_list() throws Exception {
        Path dir = workDir.resolve("portal");
        try (var portal = PortalProcess.start(List.of("-jar", PortalProcess.jar().toString()), dir,
                BenchDatabase.forProcess(dir), List.of());
                var browser = Browser.launch()) {
            portal.awaitOk("/login", START_TIMEOUT);
            // The rest of the demo data loads in the background after the first page; a baseline taken while it
            // loads counts its work in progress, which is freed later, so the growth comes out too small.
            portal.awaitLog("Demo data loaded in the background", START_TIMEOUT);
            String base = "http://localhost:" + portal.port();
            List<BrowserContext> open = new ArrayList<>();
            try {
                // The first UIs load classes, templates and caches that every later one shares.
                for (int i = 0; i < WARM_UP_UIS; i++) {
                    open.add(openSeminarList(browser, base));
                }
                long before = liveHeapKb(portal.pid());
                for (int i = 0; i < UIS; i++) {
                    open.add(openSeminarList(browser, base));
                }
                long after = liveHeapKb(portal.pid());
                Files.writeString(Path.of(System.getProperty("bench.dir", "target/bench"), "session-histogram.txt"),
                        Jcmd.run(portal.pid(), "GC.class_histogram"));
                if (after <= before) {
                    throw new IllegalStateException("the live heap did not grow (" + before + " KB before, " + after
                            + " KB after): something else was freed meanwhile, so this run measures nothing");
                }
                double perUi = (after - before) / (double) UIS;
                System.out.printf("SessionMemoryBench: live heap %d KB before, %d KB after %d UIs: %.1f KB per UI%n",
                        before, after, UIS, perUi);
                BenchResults.record(new Metric("session.kb_per_ui", perUi, "KB", TARGET_KB, BenchDatabase.kind(),
                        "growth of the production jar's live heap (after a full GC) divided by the number of UIs: "
                                + UIS + " Chromium pages, each its own session, signed in as the demo organiser"
                                + " with the seminar list (/seminars) showing rows, all kept open; measured after "
                                + WARM_UP_UIS + " warm-up UIs"));
            } finally {
                for (var context : open) {
                    context.close();
                }
            }
        }
    }

    /** A new browser profile signs in as the demo organiser and opens the seminar list until its grid has rows. */
    private static BrowserContext openSeminarList(Browser browser, String base) {
        BrowserContext context = browser.newContext(base);
        context.setDefaultTimeout(120_000);
        Page page = context.newPage();
        // Asked for first, so that signing in leads straight there: one page, one UI per session.
        page.navigate("/seminars");
        page.locator("input[name='username']").fill("organiser");
        page.locator("input[name='password']").fill("demo");
        page.locator("input[name='password']").press("Enter");
        page.waitForFunction("""
                () => {
                  const grid = document.querySelector('vaadin-grid.seminar-list-grid');
                  return grid && grid.size > 0 && [...grid.querySelectorAll('vaadin-grid-cell-content')]
                      .filter(cell => cell.textContent.trim()).length > 2 * 7;
                }""");
        return context;
    }

    /** The heap in use after two full collections, in KB. */
    private static long liveHeapKb(long pid) throws IOException, InterruptedException {
        Jcmd.run(pid, "GC.run");
        Jcmd.run(pid, "GC.run");
        String info = Jcmd.run(pid, "GC.heap_info");
        Matcher used = USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap figure in GC.heap_info:\n" + info);
        }
        return Long.parseLong(used.group(1));
    }
}
