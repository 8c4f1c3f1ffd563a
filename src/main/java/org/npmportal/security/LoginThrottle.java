package org.npmportal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.npmportal.base.LinkTokens;
import org.npmportal.base.RateLimitSettings;
import org.npmportal.base.RateLimiter;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing at the sign-in form, in two ways:
 * <ul>
 * <li><b>per account name</b>, an exponential backoff ({@link LoginThrottleSettings}): after a few failures
 * in a row the name is locked for a growing, capped delay, whether or not such an account exists, so the
 * answer never tells which names are real. A successful sign-in clears the name's failures;</li>
 * <li><b>per client address</b>, a sliding window of failures ({@link RateLimitSettings#LOGIN_IP} through
 * {@link RateLimiter}), against someone who tries one password on many names.</li>
 * </ul>
 * Outcomes come from Spring Security's authentication events, whose details carry the client address as
 * the servlet container reports it: the connection's address, or the forwarded one when
 * {@code server.forward-headers-strategy} says a proxy may be trusted. State is in memory and per
 * instance, like {@link RateLimiter}'s; names are held only as hashes, and at most
 * {@code portal.rate-limit.max-keys} of them, the least recently failed forgotten first. With
 * {@code portal.rate-limit.enabled=false} nothing is slowed down.
 */
@Component
class LoginThrottle {

    private final RateLimiter rateLimiter;
    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final boolean enabled;
    private final Map<String, Failures> failuresByName;

    LoginThrottle(RateLimiter rateLimiter, RateLimitSettings rateLimits, LoginThrottleSettings settings,
            Clock clock) {
        this.rateLimiter = rateLimiter;
        this.settings = settings;
        this.clock = clock;
        this.enabled = rateLimits.enabled();
        int maxKeys = rateLimits.maxKeys();
        this.failuresByName = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** How long this sign-in attempt must wait; zero if it may go ahead now. Records nothing. */
    Duration waitBefore(String username, String address) {
        if (!enabled) {
            return Duration.ZERO;
        }
        Duration byAddress = address == null ? Duration.ZERO : rateLimiter.retryAfter(RateLimitSettings.LOGIN_IP, address);
        Duration byName = Duration.ZERO;
        Instant now = clock.instant();
        synchronized (failuresByName) {
            Failures failures = current(key(username), now);
            if (failures != null && failures.lockedUntil.isAfter(now)) {
                byName = Duration.between(now, failures.lockedUntil);
            }
        }
        return byAddress.compareTo(byName) >= 0 ? byAddress : byName;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!enabled) {
            return;
        }
        Authentication attempt = event.getAuthentication();
        address(attempt).ifPresent(address -> rateLimiter.tryAcquire(RateLimitSettings.LOGIN_IP, address));
        Instant now = clock.instant();
        String key = key(attempt.getName());
        synchronized (failuresByName) {
            Failures earlier = current(key, now);
            int count = earlier == null ? 1 : earlier.count + 1;
            failuresByName.put(key, new Failures(count, now, now.plus(settings.delayAfter(count))));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String key = key(event.getAuthentication().getName());
        synchronized (failuresByName) {
            failuresByName.remove(key);
        }
    }

    /** The failures under this key, unless they are old enough to be forgotten. Called under the lock. */
    private Failures current(String key, Instant now) {
        Failures failures = failuresByName.get(key);
        if (failures != null && failures.last.plus(settings.forgetAfter()).isBefore(now)) {
            failuresByName.remove(key);
            return null;
        }
        return failures;
    }

    private static Optional<String> address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details
                ? Optional.ofNullable(details.getRemoteAddress())
                : Optional.empty();
    }

    /** The name as the sign-in looks it up, hashed: no account name is kept in readable form. */
    private static String key(String username) {
        return LinkTokens.hash(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }
}
