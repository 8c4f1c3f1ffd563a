package org.npmportal.bench;

import java.io.IOException;

/**
 * The time another JVM's JIT compilers have spent so far, read with {@code jcmd <pid> PerfCounter.print}
 * ({@code java.ci.totalTime} in ticks of {@code sun.os.hrt.frequency}). A benchmark uses it to tell a portal that
 * is still compiling its hot paths from one that has settled: on two cores a busy C2 compiler takes a quarter to
 * half of the machine from the requests being measured.
 */
final class JitTime {

    private final long pid;

    JitTime(long pid) {
        this.pid = pid;
    }

    /** Nanoseconds of compilation so far, summed over the compiler threads. */
    long nanos() throws IOException, InterruptedException {
        String counters = Jcmd.run(pid, "PerfCounter.print");
        double ticks = counter(counters, "java.ci.totalTime");
        double frequency = counter(counters, "sun.os.hrt.frequency");
        return (long) (ticks / frequency * 1e9);
    }

    private static double counter(String counters, String name) {
        return counters.lines().filter(line -> line.startsWith(name + "=")).findFirst()
                .map(line -> Double.parseDouble(line.substring(name.length() + 1).trim()))
                .orElseThrow(() -> new IllegalStateException("no " + name + " in jcmd's counters:\n" + counters));
    }
}
