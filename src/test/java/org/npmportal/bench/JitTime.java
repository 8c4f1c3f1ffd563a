package org.npmportal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.npmportal.support.PortalProcess;

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
    long nanos() {
        String counters = jcmd("PerfCounter.print");
        double ticks = counter(counters, "java.ci.totalTime");
        double frequency = counter(counters, "sun.os.hrt.frequency");
        return (long) (ticks / frequency * 1e9);
    }

    private String jcmd(String command) {
        var jcmd = PortalProcess.java().resolveSibling("jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
                    .start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(jcmd + " " + pid + " " + command + " failed: "
                        + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + jcmd, e);
        }
    }

    private static double counter(String counters, String name) {
        return counters.lines().filter(line -> line.startsWith(name + "=")).findFirst()
                .map(line -> Double.parseDouble(line.substring(name.length() + 1).trim()))
                .orElseThrow(() -> new IllegalStateException("no " + name + " in jcmd's counters:\n" + counters));
    }
}
