package org.npmportal.base;

import java.time.Duration;
import java.util.Objects;

/**
 * Someone tried something too often, as {@link RateLimiter} decided; nothing was done. The message asks
 * them to wait whole minutes (rounded up, at least one); the API answers 429 and can put
 * {@link #retryAfter()} into a {@code Retry-After} header.
 */
public class RateLimitedException extends UserFacingException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super("error.rateLimited", minutesToWait(Objects.requireNonNull(retryAfter, "retryAfter")));
        this.retryAfter = retryAfter;
    }

    /** How long until the next attempt would be allowed. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes to wait, rounded up and at least one, as every "try again in N minutes" message says. */
    public static long minutesToWait(Duration retryAfter) {
        long minutes = retryAfter.toMinutes();
        boolean partMinuteLeft = retryAfter.compareTo(Duration.ofMinutes(minutes)) > 0;
        return Math.max(1, partMinuteLeft ? minutes + 1 : minutes);
    }
}
