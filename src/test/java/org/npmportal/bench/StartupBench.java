package org.npmportal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npmportal.bench.BenchResults.Database;
import org.npmportal.bench.BenchResults.Metric;
import org.npmportal.support.PortalProcess;

/**
 * How long the production jar takes from {@code java -jar} until the sign-in page answers 200, on the
 * embedded default with a new, empty H2 database each time (so Flyway migrations and the demo logins are
 * part of every start; the rest of the demo data follows in the background): once as it is, and once with the JDK's ahead-of-time class cache. Each plain start is
 * followed by a second start on the database it made ({@code startup.restart_ms}, informational), and the
 * time until the demo data, loaded in the background after the demo logins, is complete is printed.
 *
 * <p>{@code /login} is polled rather than {@code /}, because {@code /} answers a signed-out visitor with a
 * redirect to {@code /login}; the first 200 there is the first moment a person can use the portal.
 */
class StartupBench {

    private static final int RUNS = Integer.getInteger("bench.startup.runs", 3);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration CACHE_WRITE_TIMEOUT = Duration.ofSeconds(300);
    private static final double TARGET_MS = 6000;
    private static final double AOT_TARGET_MS = 3000;
    private static final String DEMO_DATA_LOADED = "Demo data loaded in the background";

    private final Path jar = PortalProcess.jar();

    @TempDir
    Path workDir;

    @Test
    void starting_the_production_jar() throws Exception {
        long[] plain = new long[RUNS];
        long[] demoData = new long[RUNS];
        long[] restart = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long begin = System.nanoTime();
            try (PortalProcess portal = start(List.of("-jar", jar.toString()), "plain-" + i)) {
                portal.awaitOk("/login", START_TIMEOUT);
                plain[i] = millisSince(begin);
                awaitLogLine(portal, DEMO_DATA_LOADED);
                demoData[i] = millisSince(begin);
            }
            // The same directory again: the database exists, migrations and demo data are already there.
            restart[i] = timeToLoginPage(List.of("-jar", jar.toString()), "plain-" + i);
        }
        BenchResults.record(new Metric("startup.ms", BenchResults.median(plain), "ms", TARGET_MS, Database.H2,
                "median of " + RUNS + " starts of `java -jar target/npm-portal.jar` until the first 200 on /login"));
        BenchResults.record(new Metric("startup.restart_ms", BenchResults.median(restart), "ms", TARGET_MS,
                Database.H2, "informational: median of " + RUNS + " second starts of the same jar on the database"
                        + " the first start made, until the first 200 on /login"));
        System.out.printf("startup: the demo data finished loading in the background %d ms after the process "
                + "started (median of %d first starts)%n", (long) BenchResults.median(demoData), RUNS);

        // The class cache needs the application on a plain class path, which the nested jars of the
        // Spring Boot jar are not; Spring Boot's own tools mode lays it out that way.
        Path extracted = workDir.resolve("extracted");
        run(List.of("-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", extracted.toString()));
        Path app = extracted.resolve(jar.getFileName());
        boolean aotCache = Runtime.version().feature() >= 25;
        Path cache = extracted.resolve(aotCache ? "app.aot" : "app.jsa");

        train(List.of(aotCache ? "-XX:AOTCacheOutput=" + cache : "-XX:ArchiveClassesAtExit=" + cache,
                "-jar", app.toString()));
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run wrote no cache at " + cache);
        }
        List<String> withCache = aotCache
                ? List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache, "-jar", app.toString())
                : List.of("-Xshare:on", "-XX:SharedArchiveFile=" + cache, "-jar", app.toString());
        long[] cached = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            cached[i] = timeToLoginPage(withCache, "aot-" + i);
        }
        BenchResults.record(new Metric("startup.aot_ms", BenchResults.median(cached), "ms", AOT_TARGET_MS,
                Database.H2, "median of " + RUNS + " starts of the extracted jar with "
                        + (aotCache ? "`-XX:AOTCache` (JDK 25+)" : "a CDS archive (before JDK 25)")
                        + " until the first 200 on /login"));
    }

    /** Starts the portal, waits for the sign-in page, stops it and returns the milliseconds in between. */
    private long timeToLoginPage(List<String> javaArguments, String name) throws Exception {
        long begin = System.nanoTime();
        try (PortalProcess portal = start(javaArguments, name)) {
            portal.awaitOk("/login", START_TIMEOUT);
            return millisSince(begin);
        }
    }

    private static long millisSince(long begin) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
    }

    /** The demo data after the demo logins is loaded in the background; this line says it is all there. */
    private static void awaitLogLine(PortalProcess portal, String line) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!portal.log().contains(line)) {
            if (System.nanoTime() > deadline || !portal.isAlive()) {
                throw new IllegalStateException("no \"" + line + "\" in the log:\n" + portal.log());
            }
            Thread.sleep(50);
        }
    }

    /**
     * A training run: the JVM writes the cache when it exits, so the portal is taken as far as serving
     * the sign-in page, then stopped, and given time to write the cache.
     */
    private void train(List<String> javaArguments) throws Exception {
        PortalProcess portal = start(javaArguments, "training");
        try {
            portal.awaitOk("/login", START_TIMEOUT);
        } finally {
            portal.stop(CACHE_WRITE_TIMEOUT);
        }
    }

    /** Each start gets its own directory, H2 database and free ports, so no start inherits another's state. */
    private PortalProcess start(List<String> javaArguments, String name) {
        Path dir = workDir.resolve(name);
        return PortalProcess.start(javaArguments, dir, PortalProcess.Database.h2In(dir), List.of());
    }

    private void run(List<String> javaArguments) throws Exception {
        Path dir = Files.createDirectories(workDir.resolve("extract"));
        List<String> command = new ArrayList<>();
        command.add(PortalProcess.java().toString());
        command.addAll(javaArguments);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("extract.log").toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("extracting the jar failed:\n" + Files.readString(dir.resolve("extract.log")));
        }
    }
}
