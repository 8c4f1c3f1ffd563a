package org.npmportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.npmportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Password guessing at the sign-in form over real HTTP, behind a reverse proxy: the portal trusts
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} here because {@code server.forward-headers-strategy}
 * says so (the proxy is on 127.0.0.1, as Tomcat's default list of internal proxies expects). Small limits
 * (a lock from the third failure, five failures per address) keep the test short; the clock is moved on
 * instead of waited for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "portal.login-throttle.failures-before-lock=3",
        "portal.rate-limit.limits.login-ip.max-requests=5"})
@Import(TestClock.Config.class)
@ActiveProfiles({"test", "demo"})
class LoginThrottleTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String SIGNED_IN = "signed in";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void from_the_third_failure_the_name_waits_one_then_two_minutes_and_a_success_clears_its_failures() {
        var browser = fromNewAddress();
        assertThat(outcome(browser.signIn("organiser", "wrong-1"))).isEqualTo("302 /login?error");
        assertThat(outcome(browser.signIn("organiser", "wrong-2"))).isEqualTo("302 /login?error");
        assertThat(outcome(browser.signIn("organiser", "wrong-3"))).isEqualTo("302 /login?error");

        var refused = browser.signIn("organiser", "demo");
        assertThat(outcome(refused)).as("even the right password waits").isEqualTo("303 /login?blocked=1");
        assertThat(retryAfter(refused)).isBetween(50L, 60L);
        assertThat(browser.isSignedIn()).isFalse();

        clock.advance(Duration.ofSeconds(61));
        assertThat(outcome(browser.signIn("organiser", "wrong-4"))).isEqualTo("302 /login?error");
        var longer = browser.signIn("organiser", "demo");
        assertThat(outcome(longer)).isEqualTo("303 /login?blocked=2");
        assertThat(retryAfter(longer)).isBetween(110L, 120L);

        clock.advance(Duration.ofSeconds(121));
        assertThat(outcome(browser.signIn("organiser", "demo"))).isEqualTo(SIGNED_IN);
        assertThat(browser.isSignedIn()).isTrue();
        var again = fromNewAddress();
        assertThat(outcome(again.signIn("organiser", "wrong-5"))).as("failures start afresh after a success")
                .isEqualTo("302 /login?error");
        assertThat(outcome(again.signIn("organiser", "demo"))).isEqualTo(SIGNED_IN);
    }

    @Test
    void a_name_that_exists_and_one_that_does_not_get_the_same_answers() {
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(attempts(fromNewAddress(), "finance")).isEqualTo(attempts(fromNewAddress(), unknown))
                .endsWith("303 /login?blocked=1");
    }

    @Test
    void failures_are_counted_per_forwarded_address_across_names_and_another_address_is_not_held_back() {
        var guesser = fromNewAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(outcome(guesser.signIn("guess-" + i + "-" + UUID.randomUUID(), "password")))
                    .isEqualTo("302 /login?error");
        }

        assertThat(outcome(guesser.signIn("commission2", "demo"))).isEqualTo("303 /login?blocked=15");
        var script = guesser.signIn("commission2", "demo", "application/json");
        assertThat(script.statusCode()).as("a client that is not a browser").isEqualTo(429);
        assertThat(retryAfter(script)).isBetween(800L, 900L);

        assertThat(outcome(fromNewAddress().signIn("commission2", "demo"))).isEqualTo(SIGNED_IN);
    }

    @Test
    void an_https_request_through_the_proxy_gets_hsts_and_a_secure_session_cookie() {
        var overHttps = new WebClient(port, "X-Forwarded-Proto", "https", "X-Forwarded-For", nextAddress());

        var page = overHttps.get("/login");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(fromNewAddress().get("/login").headers().firstValue("Strict-Transport-Security"))
                .as("plain HTTP through the proxy").isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).containsIgnoringCase("Secure")
                        .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    /** Four wrong passwords for the name, then the answers as status and where they lead. */
    private static List<String> attempts(WebClient browser, String username) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            outcomes.add(outcome(browser.signIn(username, "not-the-password")));
        }
        return outcomes;
    }

    /** Status and where it leads; any redirect away from the sign-in page means signed in. */
    private static String outcome(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
        return response.statusCode() == 302 && !location.startsWith("/login") ? SIGNED_IN
                : response.statusCode() + " " + location;
    }

    private static long retryAfter(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }

    /** A browser behind the proxy, at a client address of its own (a documentation address, never contacted). */
    private WebClient fromNewAddress() {
        return new WebClient(port, "X-Forwarded-For", nextAddress());
    }

    private static String nextAddress() {
        return "203.0.113." + ADDRESSES.incrementAndGet();
    }
}
