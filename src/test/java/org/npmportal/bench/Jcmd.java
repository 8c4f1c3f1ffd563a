package org.npmportal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.npmportal.support.PortalProcess;

/** Runs the JDK's {@code jcmd} against another JVM, such as a portal the benchmark started. */
final class Jcmd {

    private Jcmd() {
    }

    /** The output of {@code jcmd <pid> <command>}; fails with that output if jcmd fails or takes over 2 minutes. */
    static String run(long pid, String command) throws IOException, InterruptedException {
        var jcmd = PortalProcess.java().resolveSibling("jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed:\n" + output);
        }
        return output;
    }
}
