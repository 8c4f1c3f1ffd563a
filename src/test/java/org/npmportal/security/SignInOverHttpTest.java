package org.npmportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.i18n.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

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
    @Autowired
    Messages messages;

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    void the_public_api_answers_without_a_session_even_to_a_signed_in_browser() {
        var stranger = new WebClient(port);
        var list = stranger.get("/api/seminars");
        var confirmation = stranger.call("POST", "/api/registrations/confirmations", "{\"token\":\"nobody-got-this\"}");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(confirmation.statusCode()).as(confirmation.body()).isEqualTo(404);
        for (var response : List.of(list, confirmation)) {
            assertThat(response.headers().allValues("Set-Cookie")).as(response.uri().getPath()).isEmpty();
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(response.uri().getPath())
                    .contains(SecurityConfig.CONTENT_SECURITY_POLICY);
        }
        assertThat(stranger.sessionId()).isEmpty();
        var head = stranger.call("HEAD", "/api/seminars", null);
        assertThat(head.statusCode()).as("HEAD as GET").isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));

        var organiser = new WebClient(port);
        organiser.signIn("organiser", "demo");
        String session = organiser.sessionId().orElseThrow();
        var deleting = organiser.call("DELETE", "/api/seminars", null);
        assertThat(deleting.statusCode()).as("a staff session counts for nothing in the API").isEqualTo(404);
        assertThat(deleting.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(organiser.sessionId()).contains(session);
        assertThat(organiser.isSignedIn()).isTrue();
    }

    @Test
    void whatever_the_public_api_does_not_offer_is_a_404_problem_in_the_client_s_language_not_a_page() {
        var client = new WebClient(port);
        List<String[]> refused = List.of(new String[] {"DELETE", "/api/seminars"},
                new String[] {"PUT", "/api/seminars/1"}, new String[] {"POST", "/api/seminars"},
                new String[] {"PATCH", "/api/registrations/confirmations"},
                new String[] {"GET", "/api/registrations/confirmations"},
                new String[] {"GET", "/api/seminars/1/registrations"}, new String[] {"GET", "/api/nothing"},
                new String[] {"GET", "/api/"}, new String[] {"HEAD", "/api/admin/users"});
        for (Language language : Language.values()) {
            for (String[] request : refused) {
                String what = request[0] + " " + request[1] + " in " + language;
                var response = client.call(request[0], request[1], null, "Accept-Language", language.tag());

                assertThat(response.statusCode()).as(what).isEqualTo(404);
                assertThat(response.headers().allValues("Set-Cookie")).as(what).isEmpty();
                if (!request[0].equals("HEAD")) {
                    assertThat(response.headers().firstValue("Content-Type")).as(what)
                            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                    var problem = JSON.readTree(response.body());
                    assertThat(problem.get("status").asInt()).as(what).isEqualTo(404);
                    assertThat(problem.get("title").asString()).as(what)
                            .isEqualTo(messages.get(language, "publicApi.noSuchAddress.title"));
                    assertThat(problem.get("detail").asString()).as(what)
                            .isEqualTo(messages.get(language, "publicApi.noSuchAddress.detail", request[0]))
                            .contains(request[0], "/api/seminars/{id}").doesNotContain("!");
                    assertThat(problem.get("instance").asString()).as(what).isEqualTo(request[1]);
                }
            }
        }
        assertThat(messages.get(Language.RU, "publicApi.noSuchAddress.title"))
                .isNotEqualTo(messages.get(Language.EN, "publicApi.noSuchAddress.title"));
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
