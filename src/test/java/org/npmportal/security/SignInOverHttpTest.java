package org.npmportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Headers, cookies and sessions as a browser meets them: real HTTP against the portal on a random port,
 * signing in through the form like the sign-in page does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SignInOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy security;

    @Test
    void pages_api_answers_and_static_files_carry_the_security_headers_and_no_hsts_over_plain_http() {
        var client = new WebClient(port);
        for (String path : List.of("/login", "/catalogue", "/api/seminars", "/api/seminars.ics", "/no-such-page",
                "/VAADIN/no-such-file.js")) {
            var response = client.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .contains(SecurityConfig.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'", "object-src 'none'",
                "default-src 'self'", "form-action 'self'").doesNotContain("*", "http:", "https:");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_not_secure_over_plain_http() {
        String cookie = sessionCookie(new WebClient(port).get("/login"));

        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");
    }

    @Test
    void signing_in_gives_a_new_session_id_and_the_old_one_stays_signed_out() {
        var browser = new WebClient(port);
        browser.get("/login");
        String before = browser.sessionId().orElseThrow();

        var signedIn = browser.signIn("organiser", "demo");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        String after = browser.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.isSignedIn()).isTrue();

        var attacker = new WebClient(port);
        attacker.useSessionId(before);
        assertThat(attacker.isSignedIn()).as("the id from before sign-in").isFalse();
    }

    @Test
    void disabling_an_account_ends_its_open_sessions_at_once() {
        String username = "leaving." + UUID.randomUUID().toString().substring(0, 8);
        var created = asAdmin(() -> accounts.create(draft(username), "tulip-river-lantern-9"));
        var browser = new WebClient(port);
        assertThat(browser.signIn(username, "tulip-river-lantern-9").statusCode()).isEqualTo(302);
        assertThat(browser.isSignedIn()).isTrue();

        asAdmin(() -> {
            var edit = accounts.find(created.getId()).orElseThrow();
            edit.setEnabled(false);
            return accounts.update(edit);
        });

        assertThat(browser.isSignedIn()).isFalse();
        assertThat(new WebClient(port).signIn(username, "tulip-river-lantern-9").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("error"));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        var admin = users.loadUserByUsername("admin");
        security.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities())));
        try {
            return work.get();
        } finally {
            security.clearContext();
        }
    }

    private static AppUser draft(String username) {
        var user = new AppUser();
        user.setUsername(username);
        user.setEmail(username + "@example.org");
        user.setFullName("Leaving Soon");
        user.setPreferredLanguage(Language.EN);
        user.setRoles(EnumSet.of(Role.ORGANISER));
        return user;
    }
}
