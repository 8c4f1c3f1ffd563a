package org.npmportal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.npmportal.bench.BenchResults.Bound;
import org.npmportal.bench.BenchResults.Metric;
import org.npmportal.support.PortalProcess;
import org.npmportal.support.StormClient;
import org.npmportal.support.StormMail;
import org.npmportal.support.StormOutcome;
import org.npmportal.support.StormSeminars;

/**
 * A registration storm over HTTP against the production jar, rate limits off, its mail going to a GreenMail
 * server in this JVM: for each of {@value #DEFAULT_SEMINARS} seminars with {@value #CAPACITY} seats,
 * {@value #PEOPLE} clients register at once, wait for the confirmation mail, and confirm at once through the
 * JSON API with the token from the mail; {@value #DEFAULT_IN_FLIGHT} seminar is in flight at a time, as the issue
 * has it (200 concurrent clients, repeated over many seminars).
 *
 * <p>Seminars first warm the portal up at the same pace and are not counted: at least {@value #DEFAULT_WARM_UP},
 * then more until the portal's JIT compilers used less than {@value #JIT_SETTLED_PERCENT} % of one core during a
 * warm-up seminar (at most {@value #DEFAULT_MAX_WARM_UP} seminars), so that the figures are those of a portal that
 * has been running, not of its compilers. A fixed count did not do that on every machine: on a 2-core machine half
 * as fast as the one where 8 had sufficed, the C2 compiler still took half a core through the measured seminars
 * after 8 (126–201/s from run to run; 220–223/s after 30). After the run the outbox is left to finish, the
 * portal is stopped and its database is read for the invariants. Then a plain JDBC loop does the same
 * confirmations' statements on a fresh database of the same kind, for {@code registration.raw_jdbc_ratio}.
 *
 * <p>{@code -Dbench.storm.seminars}, {@code -Dbench.storm.in-flight}, {@code -Dbench.storm.warm-up} (the least)
 * and {@code -Dbench.storm.max-warm-up} change the size; {@code -Dbench.storm.in-flight=3} has 600 clients at once
 * on three seminars. {@code -Dbench.storm.profile=/tmp/storm.jfr} records the portal with the JDK's flight recorder
 * during the measured seminars only (the recording costs some of the throughput).
 */
class RegistrationStormBench {

    static final int PEOPLE = 200;
    static final int CAPACITY = 50;
    static final int DEFAULT_SEMINARS = 12;
    static final int DEFAULT_IN_FLIGHT = 1;
    private static final int SEMINARS = Integer.getInteger("bench.storm.seminars", DEFAULT_SEMINARS);
    private static final int IN_FLIGHT = Integer.getInteger("bench.storm.in-flight", DEFAULT_IN_FLIGHT);
    static final int DEFAULT_WARM_UP = 8;
    private static final int WARM_UP = Integer.getInteger("bench.storm.warm-up", DEFAULT_WARM_UP);
    static final int DEFAULT_MAX_WARM_UP = 40;
    private static final int MAX_WARM_UP = Math.max(WARM_UP,
            Integer.getInteger("bench.storm.max-warm-up", DEFAULT_MAX_WARM_UP));
    static final int JIT_SETTLED_PERCENT = 25;
    /** {@code -Dbench.storm.profile=file.jfr}: a JDK flight recording of the portal during the measured seminars. */
    private static final String PROFILE = System.getProperty("bench.storm.profile");
    /** The portal's connection pool: Hikari's default of 10 on H2, the mysql profile's 20 on MariaDB. */
    private static int poolSize(PortalProcess.Database database) {
        return database.mysql() ? 20 : 10;
    }

    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench"), "storm");

    @Test
    void registration_storm() throws Exception {
        clean(dir);
        PortalProcess.Database database = BenchDatabase.forProcess(dir.resolve("portal")).sharedWithOtherProcesses();
        StormClient.Result result;
        long busyNanos;
        try (StormMail mail = StormMail.start();
                PortalProcess portal = PortalProcess.start(javaArguments(),
                        dir.resolve("portal"), database, StormOutcome.portalArguments(database, mail))) {
            portal.awaitOk("/login", Duration.ofMinutes(4));
            List<Long> seminars = StormSeminars.publish(database, MAX_WARM_UP + SEMINARS, CAPACITY);
            warmUp(portal, mail, seminars.subList(0, MAX_WARM_UP));
            JitTime jit = new JitTime(portal.pid());
            long jitBefore = jit.nanos();
            long cpuBefore = cpuNanos(portal);
            if (PROFILE != null) {
                Jcmd.run(portal.pid(), "JFR.start name=storm settings=profile");
            }
            long begin = System.nanoTime();
            try (StormClient storm = new StormClient(portal.uri(""), mail, Duration.ofMinutes(2))) {
                result = storm.run(seminars.subList(MAX_WARM_UP, seminars.size()), PEOPLE, IN_FLIGHT);
            }
            // Read where the measured seminars end: the jcmd calls and writing the recording take time and CPU too.
            long elapsed = System.nanoTime() - begin;
            long cpu = cpuNanos(portal) - cpuBefore;
            long jitNanos = jit.nanos() - jitBefore;
            if (PROFILE != null) {
                Jcmd.run(portal.pid(), "JFR.stop name=storm filename=" + Path.of(PROFILE).toAbsolutePath());
                System.out.println("storm: the portal's flight recording of the measured seminars is in " + PROFILE);
            }
            System.out.printf("storm: the portal's JIT compilers used %.0f %% of one core during the measured seminars%n",
                    100.0 * jitNanos / elapsed);
            System.out.printf("storm: the portal used %.2f ms of CPU per confirmation (its registration, confirmation"
                    + " and both mails; the JIT's share included), %.0f %% of one core%n",
                    cpu / 1e6 / Math.max(1, result.confirmed.size()), 100.0 * cpu / elapsed);
            StormOutcome.awaitOutboxEmpty(database, mail, Duration.ofMinutes(3));
            busyNanos = busyNanos(result);
            portal.stop(Duration.ofSeconds(60));
            StormOutcome stored = StormOutcome.read(database, mail);
            record(result, busyNanos, stored, database);
        }
    }

    /**
     * The CPU time the portal's process has used so far, all threads: the figure that the machine's other load
     * moves least, for comparing changes when the throughput itself varies from run to run.
     */
    private static long cpuNanos(PortalProcess portal) {
        return ProcessHandle.of(portal.pid()).flatMap(process -> process.info().totalCpuDuration())
                .map(Duration::toNanos).orElse(0L);
    }

    /** The portal's JVM: 1 GB of heap, and deep stacks in the flight recording when one is asked for. */
    private static List<String> javaArguments() {
        List<String> arguments = new ArrayList<>(List.of("-Xmx1g"));
        if (PROFILE != null) {
            arguments.add("-XX:FlightRecorderOptions:stackdepth=256");
        }
        arguments.addAll(List.of("-jar", PortalProcess.jar().toString()));
        return arguments;
    }

    /**
     * Runs seminars, {@link #IN_FLIGHT} at a time, until at least {@link #WARM_UP} have run and the portal's JIT
     * used less than {@link #JIT_SETTLED_PERCENT} % of a core during the last of them, or all given have run.
     */
    private static void warmUp(PortalProcess portal, StormMail mail, List<Long> seminars) throws Exception {
        JitTime jit = new JitTime(portal.pid());
        int done = 0;
        double jitPercent = Double.NaN;
        try (StormClient warmUp = new StormClient(portal.uri(""), mail, Duration.ofMinutes(2))) {
            while (done < seminars.size() && (done < WARM_UP || jitPercent >= JIT_SETTLED_PERCENT)) {
                var next = seminars.subList(done, Math.min(seminars.size(), done + IN_FLIGHT));
                long jitBefore = jit.nanos();
                long begin = System.nanoTime();
                var warm = warmUp.run(next, PEOPLE, IN_FLIGHT);
                jitPercent = 100.0 * (jit.nanos() - jitBefore) / (System.nanoTime() - begin);
                if (warm.confirmed.isEmpty()) {
                    throw new IllegalStateException("the warm-up got no confirmation; failures: " + warm.failureSamples
                            + "\n" + portal.log());
                }
                done += next.size();
            }
        }
        System.out.printf("storm: warmed up with %d seminars; the JIT used %.0f %% of one core during the last%n", done,
                jitPercent);
    }

    private void record(StormClient.Result result, long busyNanos, StormOutcome stored,
            PortalProcess.Database database) throws Exception {
        BenchResults.Database kind = BenchDatabase.kind();
        int confirmations = result.confirmed.size();
        double perSecond = confirmations / (busyNanos / 1e9);
        long[] millis = result.confirmTimings.stream().mapToLong(t -> t.nanos() / 1_000_000).sorted().toArray();
        double p99 = millis.length == 0 ? Double.NaN : millis[(int) Math.ceil(millis.length * 0.99) - 1];
        String size = SEMINARS + " seminars × " + PEOPLE + " clients, " + CAPACITY + " seats each, " + IN_FLIGHT
                + " seminars in flight";
        BenchResults.record(new Metric("registration.confirm_per_s", perSecond, "/s", Bound.AT_LEAST, 300, kind,
                confirmations + " confirmations answered 200 ÷ the time during which at least one confirmation "
                        + "request was in flight (" + size + "; " + result.failures.get() + " requests unanswered)"));
        BenchResults.record(new Metric("registration.p99_ms", p99, "ms", 500, kind,
                "99th percentile of POST /api/registrations/confirmations, from sending the request to having read "
                        + "the whole answer, over " + millis.length + " confirmations released together per seminar"));
        BenchResults.record(new Metric("registration.oversold", stored.oversold(), "", 0, kind,
                "seminars where confirmed registrations (or the seat counter) exceed the capacity, read from the "
                        + "database after the portal stopped"));
        BenchResults.record(new Metric("registration.duplicates", stored.duplicates(), "", 0, kind,
                "registrations beyond one per seminar and address, plus mails received beyond one per recipient and "
                        + "subject (a mail sent twice, or written twice)"));
        int threads = IN_FLIGHT * PEOPLE;
        double raw = RawConfirmations.perSecond(BenchDatabase.forProcess(dir.resolve("raw")), SEMINARS, PEOPLE,
                CAPACITY, IN_FLIGHT, threads, poolSize(database));
        BenchResults.record(new Metric("registration.raw_jdbc_ratio", perSecond / raw, "", Bound.AT_LEAST, 0.5, kind,
                "registration.confirm_per_s ÷ " + Math.round(raw) + " confirmations/s of a plain JDBC loop with the "
                        + "same statements and commits on a fresh database of the same kind (after as many seminars untimed), " + threads
                        + " threads sharing " + poolSize(database) + " connections like the portal's pool, "
                        + IN_FLIGHT + " seminar(s) at a time like the storm"));
        if (stored.oversold() > 0 || stored.duplicates() > 0 || !stored.problems().isEmpty()) {
            throw new IllegalStateException("the storm broke an invariant: " + stored);
        }
    }

    /** The time during which at least one confirmation request was in flight. */
    private static long busyNanos(StormClient.Result result) {
        var timings = result.confirmTimings.stream().sorted(Comparator.comparingLong(StormClient.Timing::startNanos))
                .toList();
        long busy = 0;
        long start = Long.MIN_VALUE;
        long end = Long.MIN_VALUE;
        for (var timing : timings) {
            if (timing.startNanos() > end) {
                busy += end - start;
                start = timing.startNanos();
                end = timing.endNanos();
            } else {
                end = Math.max(end, timing.endNanos());
            }
        }
        return busy + (end - start);
    }

    private static void clean(Path directory) throws Exception {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
