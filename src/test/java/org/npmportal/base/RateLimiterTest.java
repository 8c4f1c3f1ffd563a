package org.npmportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.npmportal.base.RateLimitSettings.REGISTRATION_EMAIL;
import static org.npmportal.base.RateLimitSettings.REGISTRATION_IP;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.npmportal.base.RateLimitSettings.LimitProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));

    @Test
    void a_key_is_allowed_up_to_the_limit_and_then_refused() {
        var limiter = limiter(3, Duration.ofMinutes(10));

        assertThat(attempts(limiter, REGISTRATION_IP, "203.0.113.7", 5)).containsExactly(true, true, true, false, false);
    }

    @Test
    void keys_and_limits_are_counted_independently() {
        var limiter = limiter(2, Duration.ofMinutes(10));
        attempts(limiter, REGISTRATION_IP, "203.0.113.7", 2);

        assertThat(limiter.tryAcquire(REGISTRATION_IP, "203.0.113.7")).isFalse();
        assertThat(limiter.tryAcquire(REGISTRATION_IP, "203.0.113.8")).isTrue();
        assertThat(limiter.tryAcquire(REGISTRATION_EMAIL, "203.0.113.7")).isTrue();
    }

    @Test
    void an_email_address_is_the_same_key_whatever_its_case_and_surrounding_spaces() {
        var limiter = limiter(2, Duration.ofMinutes(10));

        assertThat(limiter.tryAcquire(REGISTRATION_EMAIL, "Aigerim@Example.KZ")).isTrue();
        assertThat(limiter.tryAcquire(REGISTRATION_EMAIL, " aigerim@example.kz ")).isTrue();
        assertThat(limiter.tryAcquire(REGISTRATION_EMAIL, "AIGERIM@EXAMPLE.KZ")).isFalse();
    }

    @Test
    void the_window_slides_with_the_clock_so_each_attempt_counts_for_exactly_one_window() {
        var limiter = limiter(3, Duration.ofMinutes(10));
        String ip = "198.51.100.1";

        assertThat(limiter.tryAcquire(REGISTRATION_IP, ip)).isTrue();
        clock.advance(Duration.ofMinutes(4));
        assertThat(limiter.tryAcquire(REGISTRATION_IP, ip)).isTrue();
        clock.advance(Duration.ofMinutes(4));
        assertThat(limiter.tryAcquire(REGISTRATION_IP, ip)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire(REGISTRATION_IP, ip)).as("9 minutes after the first").isFalse();
        clock.advance(Duration.ofMinutes(1).minusMillis(1));
        assertThat(limiter.tryAcquire(REGISTRATION_IP, ip)).as("1 ms before the first leaves the window").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(limiter.tryAcquire(REGISTRATION_IP, ip)).as("the first has left the window").isTrue();
        assertThat(limiter.tryAcquire(REGISTRATION_IP, ip)).as("the second is still in it").isFalse();
    }

    @Test
    void retry_after_is_the_time_until_the_oldest_counted_attempt_leaves_the_window() {
        var limiter = limiter(2, Duration.ofMinutes(10));
        String ip = "198.51.100.2";

        assertThat(limiter.retryAfter(REGISTRATION_IP, ip)).isZero();
        limiter.tryAcquire(REGISTRATION_IP, ip);
        assertThat(limiter.retryAfter(REGISTRATION_IP, ip)).as("one attempt left").isZero();
        clock.advance(Duration.ofMinutes(3));
        limiter.tryAcquire(REGISTRATION_IP, ip);
        assertThat(limiter.retryAfter(REGISTRATION_IP, ip)).isEqualTo(Duration.ofMinutes(7));

        clock.advance(Duration.ofMinutes(2));
        assertThat(limiter.tryAcquire(REGISTRATION_IP, ip)).isFalse();
        assertThat(limiter.retryAfter(REGISTRATION_IP, ip)).as("a refused attempt does not extend the wait")
                .isEqualTo(Duration.ofMinutes(5));

        clock.advance(Duration.ofMinutes(5));
        assertThat(limiter.retryAfter(REGISTRATION_IP, ip)).isZero();
        assertThat(limiter.tryAcquire(REGISTRATION_IP, ip)).isTrue();
        assertThat(limiter.retryAfter(REGISTRATION_IP, ip)).as("now the second attempt is the oldest")
                .isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void asking_for_retry_after_records_no_attempt() {
        var limiter = limiter(1, Duration.ofMinutes(10));

        for (int i = 0; i < 5; i++) {
            assertThat(limiter.retryAfter(REGISTRATION_EMAIL, "ask@example.org")).isZero();
        }

        assertThat(limiter.tryAcquire(REGISTRATION_EMAIL, "ask@example.org")).isTrue();
        assertThat(limiter.trackedKeys(REGISTRATION_EMAIL)).isEqualTo(1);
    }

    @Test
    void sixty_four_threads_hammering_one_key_get_exactly_the_limit_through() throws Exception {
        var limiter = limiter(10, Duration.ofMinutes(10));
        var allowed = new AtomicInteger();

        runConcurrently(64, thread -> {
            for (int i = 0; i < 500; i++) {
                if (limiter.tryAcquire(REGISTRATION_IP, "192.0.2.99")) {
                    allowed.incrementAndGet();
                }
            }
        });

        assertThat(allowed).hasValue(10);
        assertThat(limiter.retryAfter(REGISTRATION_IP, "192.0.2.99")).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void under_concurrency_every_key_gets_exactly_its_own_limit() throws Exception {
        var limiter = limiter(10, Duration.ofMinutes(10));
        Map<String, AtomicInteger> allowedByKey = new ConcurrentHashMap<>();

        runConcurrently(64, thread -> {
            for (int i = 0; i < 400; i++) {
                String key = "person" + ((thread + i) % 16) + "@example.org";
                if (limiter.tryAcquire(REGISTRATION_EMAIL, key)) {
                    allowedByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                }
            }
        });

        assertThat(allowedByKey).hasSize(16);
        assertThat(allowedByKey.values()).allSatisfy(allowed -> assertThat(allowed).hasValue(10));
    }

    @Test
    void switched_off_every_attempt_is_allowed_and_nothing_is_tracked(CapturedOutput output) {
        var limiter = new RateLimiter(new RateLimitSettings(false, 100,
                Map.of(REGISTRATION_IP, new LimitProperties(1, Duration.ofHours(1)))), clock);

        for (int i = 0; i < 1_000; i++) {
            assertThat(limiter.tryAcquire(REGISTRATION_IP, "192.0.2.1")).isTrue();
        }

        assertThat(limiter.retryAfter(REGISTRATION_IP, "192.0.2.1")).isZero();
        assertThat(limiter.trackedKeys(REGISTRATION_IP)).isZero();
        assertThat(output.getOut()).contains("Rate limiting is switched off");
    }

    @Test
    void an_unknown_limit_name_is_a_programming_error_even_when_switched_off() {
        var on = limiter(1, Duration.ofMinutes(1));
        var off = new RateLimiter(new RateLimitSettings(false, 100, Map.of()), clock);

        for (RateLimiter limiter : List.of(on, off)) {
            assertThatThrownBy(() -> limiter.tryAcquire("registraton-ip", "192.0.2.1"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registraton-ip");
            assertThatThrownBy(() -> limiter.retryAfter("login", "192.0.2.1"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void keys_whose_window_has_passed_are_forgotten() {
        var limiter = limiter(3, Duration.ofMinutes(10));
        for (int i = 0; i < 50; i++) {
            limiter.tryAcquire(REGISTRATION_IP, "10.0.0." + i);
        }
        assertThat(limiter.trackedKeys(REGISTRATION_IP)).isEqualTo(50);

        clock.advance(Duration.ofMinutes(10));
        limiter.tryAcquire(REGISTRATION_IP, "10.0.1.1");

        assertThat(limiter.trackedKeys(REGISTRATION_IP)).isEqualTo(1);
    }

    @Test
    void rotating_keys_never_makes_the_limiter_hold_more_than_max_keys(CapturedOutput output) {
        var limiter = limiter(2, Duration.ofHours(1), 100);

        for (int i = 0; i < 100_000; i++) {
            limiter.tryAcquire(REGISTRATION_EMAIL, "bot" + i + "@example.org");
        }

        assertThat(limiter.trackedKeys(REGISTRATION_EMAIL)).isEqualTo(100);
        assertThat(output.getOut()).contains("Rate limit 'registration-email' holds its maximum of 100 keys")
                .doesNotContain("@example.org");
        assertThat(output.getOut().lines().filter(line -> line.contains("holds its maximum"))).as("at most once a minute")
                .hasSize(1);
    }

    @Test
    void when_full_the_least_recently_active_key_is_forgotten_and_recent_ones_stay_limited() {
        var limiter = limiter(2, Duration.ofHours(1), 3);
        String attacker = "attacker@example.org";
        attempts(limiter, REGISTRATION_EMAIL, attacker, 2);
        limiter.tryAcquire(REGISTRATION_EMAIL, "one@example.org");
        limiter.tryAcquire(REGISTRATION_EMAIL, "two@example.org");

        assertThat(limiter.tryAcquire(REGISTRATION_EMAIL, attacker)).as("refused, and now the most recent").isFalse();
        limiter.tryAcquire(REGISTRATION_EMAIL, "three@example.org");
        limiter.tryAcquire(REGISTRATION_EMAIL, "four@example.org");

        assertThat(limiter.trackedKeys(REGISTRATION_EMAIL)).isEqualTo(3);
        assertThat(limiter.tryAcquire(REGISTRATION_EMAIL, attacker)).as("still remembered").isFalse();
        assertThat(attempts(limiter, REGISTRATION_EMAIL, "one@example.org", 2))
                .as("forgotten, so counted afresh").containsExactly(true, true);
    }

    @Test
    void the_limiter_never_logs_the_keys_it_is_given(CapturedOutput output) {
        var limiter = limiter(1, Duration.ofMinutes(10), 2);

        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire(REGISTRATION_EMAIL, "secret" + i + "@example.org");
            limiter.tryAcquire(REGISTRATION_IP, "192.0.2." + i);
        }

        assertThat(output.getAll()).doesNotContain("secret", "192.0.2.");
    }

    @Test
    void a_clock_set_back_never_lets_more_attempts_through_than_the_limit() {
        var limiter = limiter(2, Duration.ofMinutes(10));
        limiter.tryAcquire(REGISTRATION_IP, "198.51.100.9");
        clock.advance(Duration.ofMinutes(-5));
        limiter.tryAcquire(REGISTRATION_IP, "198.51.100.9");

        assertThat(limiter.tryAcquire(REGISTRATION_IP, "198.51.100.9")).isFalse();
        clock.advance(Duration.ofMinutes(14));
        assertThat(limiter.tryAcquire(REGISTRATION_IP, "198.51.100.9")).as("9 minutes after the first").isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire(REGISTRATION_IP, "198.51.100.9")).isTrue();
    }

    private RateLimiter limiter(int maxRequests, Duration window) {
        return limiter(maxRequests, window, 100_000);
    }

    /** Both built-in limits set to the same numbers, on the test clock. */
    private RateLimiter limiter(int maxRequests, Duration window, int maxKeys) {
        var limit = new LimitProperties(maxRequests, window);
        return new RateLimiter(new RateLimitSettings(true, maxKeys,
                Map.of(REGISTRATION_IP, limit, REGISTRATION_EMAIL, limit)), clock);
    }

    private static List<Boolean> attempts(RateLimiter limiter, String limit, String key, int times) {
        List<Boolean> allowed = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            allowed.add(limiter.tryAcquire(limit, key));
        }
        return allowed;
    }

    /** Runs {@code work} on that many threads at once, released together, and waits for all of them. */
    private static void runConcurrently(int threads, ThreadWork work) throws Exception {
        var start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<Void> task = () -> {
                    start.await();
                    work.run(thread);
                    return null;
                };
                done.add(executor.submit(task));
            }
            start.countDown();
            for (Future<Void> future : done) {
                future.get();
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ThreadWork {
        void run(int thread) throws Exception;
    }

    /** A clock the test moves by hand, safe to read from many threads. */
    private static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the limiter needs no zone");
        }
    }
}
