package org.npmportal.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as far as HTTP goes: it keeps cookies, does not follow redirects (tests read them), and signs in
 * the way the sign-in page does, by posting the form with the CSRF token the page carries.
 */
final class WebClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    private final String root;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private final List<String> headers = new ArrayList<>();

    /** @param headers sent with every request, as name, value, name, value… */
    WebClient(int port, String... headers) {
        this.root = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.headers.addAll(List.of(headers));
    }

    HttpResponse<String> get(String path, String... extraHeaders) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).GET(), extraHeaders);
    }

    /** Any method, with a JSON body when {@code json} is not null. */
    HttpResponse<String> call(String method, String path, String json, String... extraHeaders) {
        var request = HttpRequest.newBuilder(URI.create(root + path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request, extraHeaders);
    }

    /** Opens the sign-in page and posts the form, as a browser does; answers what the post answered. */
    HttpResponse<String> signIn(String username, String password) {
        return signIn(username, password, "text/html,application/xhtml+xml");
    }

    /** Signs in as a client that accepts the given media types. */
    HttpResponse<String> signIn(String username, String password, String accept) {
        var page = get("/login").body();
        String form = field(CSRF_PARAMETER.matcher(page).results().findFirst().map(m -> m.group(1)).orElse("_csrf"),
                token(page)) + "&" + field("username", username) + "&" + field("password", password);
        return send(HttpRequest.newBuilder(URI.create(root + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Whether a staff page is served to this client rather than sending it to sign in. */
    boolean isSignedIn() {
        var response = get("/account");
        return response.statusCode() == 200;
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Replaces the session cookie, as someone who copied an old session id would. */
    void useSessionId(String id) {
        cookies.getCookieStore().removeAll();
        var cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(root), cookie);
    }

    private static String token(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("the sign-in page carries no CSRF token");
        }
        return matcher.group(1);
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... extraHeaders) {
        if (!headers.isEmpty()) {
            request.headers(headers.toArray(String[]::new));
        }
        if (extraHeaders.length > 0) {
            request.headers(extraHeaders);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
