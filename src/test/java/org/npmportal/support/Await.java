package org.npmportal.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something that other threads or processes bring about; fails after two minutes. */
public final class Await {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Gave up waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
