package org.npmportal.base;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limit settings under {@code portal.rate-limit}. Every limit has a built-in default here, so a
 * limit is added by naming it below; properties only change the numbers:
 *
 * <pre>
 * portal.rate-limit.enabled=false                                  # load tests only
 * portal.rate-limit.max-keys=100000
 * portal.rate-limit.limits.registration-ip.max-requests=100
 * portal.rate-limit.limits.registration-ip.window=PT1M
 * </pre>
 *
 * A limit in the properties keeps the default of whatever it does not set. A name in the properties that
 * no limit has stops the start-up, so that a typo does not silently leave the default in force. Names
 * are compared without dashes and case, because environment variables cannot carry dashes in map keys
 * ({@code PORTAL_RATELIMIT_LIMITS_REGISTRATIONIP_MAXREQUESTS=100} works).
 */
@ConfigurationProperties("portal.rate-limit")
public final class RateLimitSettings {

    /** Registration attempts from one IP address. */
    public static final String REGISTRATION_IP = "registration-ip";

    /** Registration attempts for one e-mail address. */
    public static final String REGISTRATION_EMAIL = "registration-email";

    /** Applications to a selection round from one IP address. */
    public static final String APPLICATION_IP = "application-ip";

    /** Applications to a selection round for one e-mail address. */
    public static final String APPLICATION_EMAIL = "application-email";

    /**
     * Failed sign-ins from one IP address. Only failures count, so that an office behind one address
     * where everyone signs in each morning is never refused; someone guessing passwords across many
     * accounts is.
     */
    public static final String LOGIN_IP = "login-ip";

    private static final Map<String, Limit> DEFAULTS = Map.of(
            REGISTRATION_IP, new Limit(30, Duration.ofMinutes(10)),
            REGISTRATION_EMAIL, new Limit(5, Duration.ofHours(1)),
            APPLICATION_IP, new Limit(20, Duration.ofMinutes(10)),
            APPLICATION_EMAIL, new Limit(5, Duration.ofHours(1)),
            LOGIN_IP, new Limit(30, Duration.ofMinutes(15)));

    private final boolean enabled;
    private final int maxKeys;
    private final Map<String, Limit> limits;

    /**
     * @param enabled whether attempts are limited at all; {@code false} lets everything through and
     *                tracks nothing, for load tests
     * @param maxKeys how many keys each limit tracks at most, which bounds the memory an attacker who
     *                rotates addresses can make the portal use
     * @param limits  changes to the built-in limits, by limit name
     */
    public RateLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue("100000") int maxKeys,
            Map<String, LimitProperties> limits) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("portal.rate-limit.max-keys must be at least 1, not " + maxKeys);
        }
        this.enabled = enabled;
        this.maxKeys = maxKeys;
        this.limits = resolve(limits == null ? Map.of() : limits);
    }

    public boolean enabled() {
        return enabled;
    }

    public int maxKeys() {
        return maxKeys;
    }

    /** Every limit by name, with the properties applied to the defaults. */
    public Map<String, Limit> limits() {
        return limits;
    }

    /** @throws IllegalArgumentException if no limit has that name, which is a mistake in the calling code */
    public Limit limit(String name) {
        Limit limit = limits.get(name);
        if (limit == null) {
            throw new IllegalArgumentException("Unknown rate limit '" + name + "'; known are " + limits.keySet());
        }
        return limit;
    }

    private static Map<String, Limit> resolve(Map<String, LimitProperties> configured) {
        Map<String, String> namesByCanonical = new HashMap<>();
        DEFAULTS.keySet().forEach(name -> namesByCanonical.put(canonical(name), name));

        Map<String, Limit> resolved = new HashMap<>(DEFAULTS);
        configured.forEach((configuredName, properties) -> {
            String name = namesByCanonical.get(canonical(configuredName));
            if (name == null) {
                throw new IllegalArgumentException("portal.rate-limit.limits." + configuredName
                        + " names no rate limit; known are " + new TreeSet<>(DEFAULTS.keySet()));
            }
            resolved.put(name, properties.applyTo(name, DEFAULTS.get(name)));
        });
        return Map.copyOf(resolved);
    }

    private static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * One limit: at most {@code maxRequests} attempts per key within any {@code window}.
     *
     * @param maxRequests at least 1
     * @param window      at least one millisecond, the resolution the limiter counts in
     */
    public record Limit(int maxRequests, Duration window) {

        public Limit {
            if (maxRequests < 1) {
                throw new IllegalArgumentException("max-requests must be at least 1, not " + maxRequests);
            }
            if (window == null || window.toMillis() < 1) {
                throw new IllegalArgumentException("window must be at least 1 ms, not " + window);
            }
        }
    }

    /** What the properties say about one limit; anything left out keeps the built-in default. */
    public record LimitProperties(Integer maxRequests, Duration window) {

        Limit applyTo(String name, Limit defaults) {
            try {
                return new Limit(maxRequests == null ? defaults.maxRequests() : maxRequests,
                        window == null ? defaults.window() : window);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("portal.rate-limit.limits." + name + ": " + e.getMessage(), e);
            }
        }
    }
}
