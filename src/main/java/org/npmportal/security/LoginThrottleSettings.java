package org.npmportal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in failures for one account slow further attempts down, under {@code portal.login-throttle}.
 * A few failures in a row cost nothing (people mistype); the {@code failuresBeforeLock}-th and every
 * later one lock the account name for a delay that starts at {@code firstDelay} and doubles up to
 * {@code maxDelay}. The lock is the same for names that exist and names that do not, so it reveals none.
 * Failures are forgotten {@code forgetAfter} after the last one, and at once after a successful sign-in.
 */
@ConfigurationProperties("portal.login-throttle")
record LoginThrottleSettings(@DefaultValue("5") int failuresBeforeLock, @DefaultValue("PT1M") Duration firstDelay,
        @DefaultValue("PT15M") Duration maxDelay, @DefaultValue("PT1H") Duration forgetAfter) {

    LoginThrottleSettings {
        if (failuresBeforeLock < 1) {
            throw new IllegalArgumentException("portal.login-throttle.failures-before-lock must be at least 1");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException(
                    "portal.login-throttle needs 0 < first-delay <= max-delay, not " + firstDelay + ", " + maxDelay);
        }
        if (forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("portal.login-throttle.forget-after must be at least max-delay");
        }
    }

    /** The lock after the given number of failures in a row; zero before the {@code failuresBeforeLock}-th. */
    Duration delayAfter(int failures) {
        int over = failures - failuresBeforeLock + 1;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay;
        for (int i = 1; i < over && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
