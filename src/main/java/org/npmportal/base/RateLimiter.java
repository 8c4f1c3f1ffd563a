package org.npmportal.base;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Limits how often one key (an IP address, an e-mail address) may try something, per named limit from
 * {@link RateLimitSettings}. State is in memory and per portal instance.
 *
 * <p><b>Sliding-window log.</b> For each key the limiter keeps the times of the attempts it allowed
 * within the last window, and allows another while fewer than {@code maxRequests} remain. That is
 * exactly what "5 per hour" promises to a reader: never more than 5 in any hour. It also tells a refused
 * person exactly when to come back: when their oldest counted attempt leaves the window. A token
 * bucket would keep less state but lets a full burst through and then the refill, nearly twice the limit
 * within one window; a fixed-window counter allows twice the limit across a window boundary. The log
 * costs at most {@code maxRequests} timestamps per key, little for the small limits of a public form.
 * A refused attempt is not counted, so someone who keeps trying gets in when {@link #retryAfter} said.
 *
 * <p><b>Concurrency.</b> Each limit has its own lock, and the check and the record happen under it, so
 * concurrent attempts never exceed the limit. The locked work is a few array operations; at the rates
 * a registration form or a login sees, one lock per limit is simpler than striping and not a bottleneck.
 *
 * <p><b>Memory and personal data.</b> Keys are held only as a 128-bit SHA-256 fingerprint of the
 * trimmed, lower-cased key, so e-mail addresses are matched case-insensitively, a key costs the same
 * memory however long an attacker makes it, and no address is held or logged in readable form. Each
 * limit keeps its keys in the order of their last attempt; every call first drops keys from the front
 * whose window has passed. At most {@code maxKeys} keys are kept per limit. When that many are kept, a
 * new key makes the limiter forget the key tried least recently (its count starts again), and a warning
 * without keys is logged at most once a minute per limit. This is the safe choice: refusing new keys
 * would let an attacker with enough addresses close the form to everyone, and letting new keys through
 * untracked would switch the limit off exactly when under attack. Forgetting the least recent key keeps
 * every recently active key limited, and to make a key be forgotten an attacker must try
 * {@code maxKeys} other keys after it.
 *
 * <p>With {@code portal.rate-limit.enabled=false} every attempt is allowed and nothing is kept.
 */
@Component
public class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    private static final long WARNING_INTERVAL_MILLIS = Duration.ofMinutes(1).toMillis();

    private final boolean enabled;
    private final Clock clock;
    private final Map<String, LimitState> states;

    public RateLimiter(RateLimitSettings settings, Clock clock) {
        this.enabled = settings.enabled();
        this.clock = clock;
        Map<String, LimitState> byName = new HashMap<>();
        settings.limits().forEach((name, limit) -> byName.put(name, new LimitState(name, limit, settings.maxKeys())));
        this.states = Map.copyOf(byName);
        if (!enabled) {
            log.warn("Rate limiting is switched off (portal.rate-limit.enabled=false): the public form and API "
                    + "accept any number of attempts. Switch it off only for load tests.");
        }
    }

    /**
     * Records an attempt by {@code key} under {@code limit} and says whether it is allowed.
     *
     * @throws IllegalArgumentException if no limit has that name
     */
    public boolean tryAcquire(String limit, String key) {
        LimitState state = state(limit);
        if (!enabled) {
            return true;
        }
        Fingerprint fingerprint = Fingerprint.of(key);
        long now = clock.millis();
        synchronized (state) {
            return state.tryAcquire(fingerprint, now);
        }
    }

    /**
     * How long until {@code key} may try again under {@code limit}; zero if it may now. Records nothing.
     *
     * @throws IllegalArgumentException if no limit has that name
     */
    public Duration retryAfter(String limit, String key) {
        LimitState state = state(limit);
        if (!enabled) {
            return Duration.ZERO;
        }
        Fingerprint fingerprint = Fingerprint.of(key);
        long now = clock.millis();
        synchronized (state) {
            return Duration.ofMillis(state.millisUntilAllowed(fingerprint, now));
        }
    }

    /** How many keys {@code limit} holds state for, to show that memory stays bounded. */
    int trackedKeys(String limit) {
        LimitState state = state(limit);
        synchronized (state) {
            return state.attemptsByKey.size();
        }
    }

    private LimitState state(String limit) {
        LimitState state = states.get(Objects.requireNonNull(limit, "limit"));
        if (state == null) {
            throw new IllegalArgumentException("Unknown rate limit '" + limit + "'; known are " + states.keySet());
        }
        return state;
    }

    /** One limit's keys; every method runs under the lock on this object. */
    private static final class LimitState {

        private final String name;
        private final int maxRequests;
        private final long windowMillis;
        private final int maxKeys;
        /** In the order of each key's last attempt, least recent first. */
        private final LinkedHashMap<Fingerprint, Attempts> attemptsByKey = new LinkedHashMap<>();
        private long nextWarningAt = Long.MIN_VALUE;
        private long forgottenSinceWarning;

        LimitState(String name, RateLimitSettings.Limit limit, int maxKeys) {
            this.name = name;
            this.maxRequests = limit.maxRequests();
            this.windowMillis = limit.window().toMillis();
            this.maxKeys = maxKeys;
        }

        boolean tryAcquire(Fingerprint key, long now) {
            forgetIdleKeys(now);
            Attempts attempts = attemptsByKey.remove(key);
            if (attempts == null) {
                makeRoom(now);
                attempts = new Attempts(Math.min(maxRequests, 4));
            }
            attemptsByKey.put(key, attempts);
            attempts.forgetUpTo(now - windowMillis);
            if (attempts.count() >= maxRequests) {
                return false;
            }
            attempts.add(now, maxRequests);
            return true;
        }

        long millisUntilAllowed(Fingerprint key, long now) {
            forgetIdleKeys(now);
            Attempts attempts = attemptsByKey.get(key);
            if (attempts == null) {
                return 0;
            }
            attempts.forgetUpTo(now - windowMillis);
            if (attempts.count() < maxRequests) {
                return 0;
            }
            return Math.max(0, attempts.oldest() + windowMillis - now);
        }

        private void forgetIdleKeys(long now) {
            long cutoff = now - windowMillis;
            Iterator<Attempts> leastRecentFirst = attemptsByKey.values().iterator();
            while (leastRecentFirst.hasNext() && leastRecentFirst.next().allUpTo(cutoff)) {
                leastRecentFirst.remove();
            }
        }

        private void makeRoom(long now) {
            if (attemptsByKey.size() < maxKeys) {
                return;
            }
            Iterator<Fingerprint> leastRecentFirst = attemptsByKey.keySet().iterator();
            leastRecentFirst.next();
            leastRecentFirst.remove();
            forgottenSinceWarning++;
            if (now >= nextWarningAt) {
                log.warn("Rate limit '{}' holds its maximum of {} keys (portal.rate-limit.max-keys) and has forgotten "
                        + "the least recently active key {} time(s) since the last warning; a forgotten key counts "
                        + "afresh. Many different addresses are trying: an attack, or traffic that needs a higher "
                        + "maximum.", name, maxKeys, forgottenSinceWarning);
                nextWarningAt = now + WARNING_INTERVAL_MILLIS;
                forgottenSinceWarning = 0;
            }
        }
    }

    /** The allowed attempts of one key within the window, oldest first, in a ring that grows to the limit. */
    private static final class Attempts {

        private long[] times;
        private int first;
        private int count;

        Attempts(int initialCapacity) {
            times = new long[initialCapacity];
        }

        int count() {
            return count;
        }

        long oldest() {
            return times[first];
        }

        /** Whether every attempt is at or before {@code cutoff}, that is, the key is idle. */
        boolean allUpTo(long cutoff) {
            return count == 0 || times[(first + count - 1) % times.length] <= cutoff;
        }

        void forgetUpTo(long cutoff) {
            while (count > 0 && times[first] <= cutoff) {
                first = (first + 1) % times.length;
                count--;
            }
        }

        void add(long time, int maxCount) {
            if (count == times.length) {
                long[] larger = new long[Math.min(maxCount, times.length * 2)];
                for (int i = 0; i < count; i++) {
                    larger[i] = times[(first + i) % times.length];
                }
                times = larger;
                first = 0;
            }
            // A clock set back must not unsort the log, or expired attempts would hide behind a newer one.
            long latest = count == 0 ? time : times[(first + count - 1) % times.length];
            times[(first + count) % times.length] = Math.max(time, latest);
            count++;
        }
    }

    private record Fingerprint(long high, long low) {

        static Fingerprint of(String key) {
            String normalised = Objects.requireNonNull(key, "key").strip().toLowerCase(Locale.ROOT);
            ByteBuffer digest = ByteBuffer.wrap(sha256().digest(normalised.getBytes(StandardCharsets.UTF_8)));
            return new Fingerprint(digest.getLong(), digest.getLong());
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }
    }
}
