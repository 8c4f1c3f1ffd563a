package org.npmportal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Collects the figures of one benchmark run and writes them to {@code target/bench/results.json} (one
 * flat object of metric name to number) and {@code target/bench/results.md} (a short table for people).
 *
 * <p>Every bench class of a run executes in the same forked JVM, so this one static collection merges
 * their figures; each {@link #record} rewrites both files from everything recorded in this JVM so far.
 * A new run therefore starts from an empty collection and never carries over a figure from an earlier
 * run, and a run cut short still leaves the figures it did measure.
 */
final class BenchResults {

    /** Where a figure came from; the JSON says it with numbers only, see the README. */
    enum Database {
        NONE("none (in-process)"),
        H2("H2 (a file for portal processes, in memory in-process)"),
        MYSQL("MariaDB/MySQL (DB_URL)");

        private final String label;

        Database(String label) {
            this.label = label;
        }
    }

    /** Whether the target is an upper bound (times, losses) or a lower bound (throughputs, ratios). */
    enum Bound {
        AT_MOST("≤"), AT_LEAST("≥");

        private final String sign;

        Bound(String sign) {
            this.sign = sign;
        }
    }

    record Metric(String name, double value, String unit, Bound bound, double target, Database database,
            String meaning) {

        /** A figure whose target is an upper bound ("at most"). */
        Metric(String name, double value, String unit, double target, Database database, String meaning) {
            this(name, value, unit, Bound.AT_MOST, target, database, meaning);
        }

        boolean met() {
            return bound == Bound.AT_MOST ? value <= target : value >= target;
        }
    }

    private static final Path DIRECTORY = Path.of(System.getProperty("bench.dir", "target/bench"));
    private static final Map<String, Metric> METRICS = new LinkedHashMap<>();
    /** How fast this machine runs Java on one core, so that figures from different machines can be compared. */
    private static final double CPU_REFERENCE_MS = cpuReferenceMillis();

    static {
        // A run that records nothing must not leave the figures of an earlier run looking current.
        try {
            Files.deleteIfExists(DIRECTORY.resolve("results.json"));
            Files.deleteIfExists(DIRECTORY.resolve("results.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BenchResults() {
    }

    static synchronized void record(Metric metric) {
        METRICS.put(metric.name(), metric);
        write();
    }

    private static void write() {
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve("results.json"), json());
            Files.writeString(DIRECTORY.resolve("results.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json() {
        Map<String, Number> flat = new LinkedHashMap<>();
        for (Metric metric : METRICS.values()) {
            flat.put(metric.name(), metric.value());
            flat.put(metric.name() + ".target", metric.target());
            flat.put(metric.name() + ".met", metric.met() ? 1 : 0);
            flat.put(metric.name() + ".database_is_h2", metric.database() == Database.H2 ? 1 : 0);
            flat.put(metric.name() + ".database_is_mysql", metric.database() == Database.MYSQL ? 1 : 0);
        }
        flat.put("meta.database_is_h2", BenchDatabase.kind() == Database.H2 ? 1 : 0);
        flat.put("meta.database_is_mysql", BenchDatabase.kind() == Database.MYSQL ? 1 : 0);
        flat.put("meta.cpu_cores", Runtime.getRuntime().availableProcessors());
        flat.put("meta.cpu_reference_ms", CPU_REFERENCE_MS);
        flat.put("meta.jdk_feature_version", Runtime.version().feature());
        flat.put("meta.epoch_seconds", System.currentTimeMillis() / 1000);

        StringBuilder out = new StringBuilder("{\n");
        int i = 0;
        for (var entry : flat.entrySet()) {
            out.append("  \"").append(entry.getKey()).append("\": ").append(number(entry.getValue()))
                    .append(++i < flat.size() ? ",\n" : "\n");
        }
        return out.append("}\n").toString();
    }

    private static String markdown() {
        StringBuilder out = new StringBuilder("# NPM Portal benchmarks\n\n")
                .append("| metric | value | target | met? | database | meaning |\n")
                .append("|---|---:|---:|---|---|---|\n");
        for (Metric metric : METRICS.values()) {
            out.append("| `").append(metric.name()).append("` | ").append(number(metric.value())).append(' ')
                    .append(metric.unit()).append(" | ").append(metric.bound().sign).append(' ').append(number(metric.target())).append(' ')
                    .append(metric.unit()).append(" | ").append(metric.met() ? "yes" : "**no**").append(" | ")
                    .append(metric.database().label)
                    .append(" | ").append(metric.meaning()).append(" |\n");
        }
        return out.append("\nMachine: ").append(machine()).append('\n').toString();
    }

    /** The middle of the samples; the mean of the two middle ones when their number is even. */
    static double median(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** The nearest-rank percentile: the smallest sample that at least {@code percent} % of the samples do not exceed. */
    static double percentile(long[] samples, double percent) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /**
     * Sorting the same 2,000,000 random ints on one thread: the best of 7 runs in milliseconds (the first runs
     * include the JIT's work). Smaller is faster; a machine with twice the figure runs Java about half as fast.
     */
    private static double cpuReferenceMillis() {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 7; run++) {
            int[] values = new SplittableRandom(2013).ints(2_000_000).toArray();
            long start = System.nanoTime();
            Arrays.sort(values);
            best = Math.min(best, System.nanoTime() - start);
            if (values[0] > values[values.length - 1]) {
                throw new IllegalStateException("not sorted");
            }
        }
        return best / 1e6;
    }

    static String machine() {
        return "CPU reference " + number(CPU_REFERENCE_MS) + " ms (bench.BenchResults: sorting 2,000,000 ints, best"
                + " of 7), " + Runtime.getRuntime().availableProcessors() + " cores, JDK " + Runtime.version() + " ("
                + System.getProperty("java.vendor") + "), " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    }

    private static String number(Number value) {
        double d = value.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        // Two decimals below 10, so that a ratio such as 0.46 is not shown as 0.5 (met or not is decided exactly).
        return new BigDecimal(String.format(Locale.ROOT, Math.abs(d) < 10 ? "%.2f" : "%.1f", d)).toPlainString();
    }
}
