package org.npmportal.registration.api;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP requests to the running portal, without cookies or credentials, as a partner website makes
 * them. Each client sends from its own address in 127.0.0.0/8, because the portal limits registrations
 * per client address: tests that share a portal must not use up each other's attempts.
 */
final class RegistrationApiClient implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger LAST_ADDRESS = new AtomicInteger();

    private final HttpClient http;
    private final String root;
    private final String address;

    private RegistrationApiClient(int port, InetAddress address) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).localAddress(address).build();
        this.root = "http://localhost:" + port;
        this.address = address.getHostAddress();
    }

    /** A client with a loopback address no other client in this test run has used. */
    static RegistrationApiClient fromNewAddress(int port) {
        int n = LAST_ADDRESS.incrementAndGet();
        try {
            return new RegistrationApiClient(port, InetAddress.getByAddress(
                    new byte[] {127, 77, (byte) (n >> 8), (byte) n}));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address the portal sees this client at. */
    String address() {
        return address;
    }

    /** Registers for a seminar with the body as JSON. */
    HttpResponse<String> register(Object seminarId, Map<String, Object> body, String... headers) {
        return post("/api/seminars/" + seminarId + "/registrations", "application/json",
                BodyPublishers.ofString(JSON.writeValueAsString(body)), headers);
    }

    /** Confirms an address with the token from the confirmation link. */
    HttpResponse<String> confirm(String token, String... headers) {
        return post(ConfirmationApiController.PATH, "application/json",
                BodyPublishers.ofString(JSON.writeValueAsString(Map.of("token", token))), headers);
    }

    /** Sends a raw body to the registration address; {@code contentType} null sends none. */
    HttpResponse<String> post(String path, String contentType, BodyPublisher body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(root + path)).POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A plain GET, as a partner website or a calendar program makes it. */
    HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(root + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A complete registration in Kazakh that the portal accepts; change it to make it wrong. */
    static Map<String, Object> person(String fullName, String email) {
        var body = new LinkedHashMap<String, Object>();
        body.put("fullName", fullName);
        body.put("email", email);
        body.put("organisation", "Адам құқықтары жөніндегі ҮЕҰ");
        body.put("position", "Мониторинг маманы");
        body.put("region", "KARAGANDA");
        body.put("language", "kk");
        body.put("needs", null);
        body.put("consentProcessing", true);
        body.put("consentListing", false);
        body.put("website", "");
        body.put("invitationToken", null);
        return body;
    }

    @Override
    public void close() {
        http.close();
    }
}
