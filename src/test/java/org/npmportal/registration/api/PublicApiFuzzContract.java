package org.npmportal.registration.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.api.TestSeminars;
import org.npmportal.support.Fuzz;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property tests of the public API over real HTTP, against a real database: H2 in {@link PublicApiFuzzTest},
 * MariaDB (utf8mb4) in {@link PublicApiFuzzMariaDbIT}. Whatever a client sends, the answer is a 2xx or a
 * 4xx with an RFC 9457 problem body, never a 5xx; a refused registration leaves no registration, link or
 * mail behind; an accepted one is stored exactly as sent, after the documented normalisation.
 */
@WithUserDetails("organiser")
@ExtendWith(Fuzz.SeedInFailures.class)
abstract class PublicApiFuzzContract {

    /** Writes every character outside ASCII as a JSON escape, so that lone surrogates arrive as sent. */
    private static final JsonMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final List<String> TEXT_FIELDS = List.of("fullName", "email", "organisation", "position",
            "region", "language", "needs", "website", "invitationToken");
    private static final List<String> FLAGS = List.of("consentProcessing", "consentListing");
    /** The text fields stored as sent, by their column. */
    private static final Map<String, String> COLUMNS = Map.of("fullName", "full_name", "organisation",
            "organisation", "position", "job_position", "needs", "needs");
    private static final List<String> LANGUAGES = List.of("en", "ru", "kk");
    /** Near Tomcat's default limit on the request line and headers together (8 KB): past it Tomcat may refuse. */
    private static final int TOMCAT_REQUEST_LINE_BYTES = 8 * 1024 - 512;

    @LocalServerPort
    int port;
    @Autowired
    SeminarService seminars;
    @Autowired
    JdbcTemplate jdbc;

    long seminar;
    String domain;
    List<String> regions;
    int people;

    @BeforeEach
    void seminar() {
        seminar = TestSeminars.publish(seminars, TestSeminars.draft(TestSeminars.kazakhTitle(), 40));
        domain = UUID.randomUUID().toString().substring(0, 8) + ".example.kz";
        regions = jdbc.queryForList("select code from region order by code", String.class);
    }

    @Test
    void registrations_in_any_script_with_emoji_html_and_sql_are_accepted_and_stored_exactly_as_sent() {
        var fuzz = new Fuzz("api.valid");
        for (int i = 0; i < Fuzz.tries(25); i++) {
            var body = validBody(fuzz);
            String what = "case " + i + " " + Fuzz.replay() + ": " + shown(body);

            var response = post(fuzz, "application/json", BodyPublishers.ofString(ESCAPING.writeValueAsString(body)),
                    fuzz.pick(LANGUAGES));

            assertThat(response.statusCode()).as(what + " → " + response.body()).isEqualTo(202);
            assertThat(RegistrationApiClient.json(response).get("nextStep").asString()).isEqualTo("CHECK_EMAIL");
            var row = new StoredRegistrations(jdbc).one((String) body.get("email"));
            COLUMNS.forEach((field, column) -> assertThat(row.get(column)).as(what + " " + field)
                    .isEqualTo(Fuzz.normalised((String) body.get(field))));
            assertThat(row.get("language")).as(what).isEqualTo(((String) body.get("language")).toUpperCase(Locale.ROOT));
            assertThat(tokensOf(row)).as(what).containsExactlyInAnyOrder("CONFIRM", "MANAGE");
            assertThat(new StoredRegistrations(jdbc).mailsTo((String) body.get("email"))).as(what)
                    .containsExactly("registration.confirm");
        }
    }

    @Test
    void any_value_of_the_wrong_kind_in_any_field_answers_202_or_a_problem_and_a_refusal_stores_nothing() {
        var fuzz = new Fuzz("api.fields");
        for (int i = 0; i < Fuzz.tries(40); i++) {
            var body = validBody(fuzz);
            String email = (String) body.get("email");
            int changes = fuzz.between(1, 3);
            for (int c = 0; c < changes; c++) {
                spoil(fuzz, body);
            }
            String what = "case " + i + " " + Fuzz.replay() + ": " + shown(body);
            var before = stored(email);

            var response = post(fuzz, "application/json", BodyPublishers.ofString(ESCAPING.writeValueAsString(body)),
                    fuzz.pick(LANGUAGES));

            assertThat(response.statusCode()).as(what + " → " + response.body()).isIn(202, 400, 413);
            if (response.statusCode() == 400) {
                JsonNode problem = assertProblem(response, what);
                assertThat(problem.get("errors").isArray()).as(what).isTrue();
                assertThat(problem.get("errors").size()).as(what).isPositive();
                assertThat(stored(email)).as(what + ": nothing stored").isEqualTo(before);
            } else if (response.statusCode() == 413) {
                assertProblem(response, what);
                assertThat(stored(email)).as(what + ": nothing stored").isEqualTo(before);
            } else if (body.get("email") == email && !(body.get("website") instanceof String w && !w.isBlank())) {
                var row = new StoredRegistrations(jdbc).one(email);
                COLUMNS.forEach((field, column) -> assertThat(row.get(column)).as(what + " " + field)
                        .isEqualTo(body.get(field) instanceof String text ? Fuzz.normalised(text) : null));
                COLUMNS.forEach((field, column) -> assertThat(Fuzz.holdsForbidden((String) row.get(column),
                        field.equals("needs"))).as(what + ": control characters taken in " + field).isFalse());
            } else {
                assertThat(stored(email)).as(what + ": a robot's registration is not stored").isEqualTo(before);
            }
        }
    }

    @Test
    void malformed_bodies_odd_content_types_and_odd_seminar_ids_answer_a_problem_and_store_nothing() {
        var fuzz = new Fuzz("api.bodies");
        for (int i = 0; i < Fuzz.tries(40); i++) {
            var body = validBody(fuzz);
            String email = (String) body.get("email");
            String json = RegistrationApiClient.JSON.writeValueAsString(body);
            String contentType = "application/json";
            String id = String.valueOf(seminar);
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            String kind;
            switch (fuzz.between(0, 9)) {
                case 0 -> {
                    kind = "truncated";
                    bytes = json.substring(0, fuzz.between(0, json.length() - 1)).getBytes(StandardCharsets.UTF_8);
                }
                case 1 -> {
                    kind = "bytes that are not UTF-8";
                    bytes = json.replace("\"fullName\":\"", "\"fullName\":\"\u0001").getBytes(StandardCharsets.UTF_8);
                    int at = 0;
                    while (bytes[at] != 1) {
                        at++;
                    }
                    bytes[at] = (byte) (int) fuzz.oneOf(0xC3, 0xFF, 0xED, 0x80);
                }
                case 2 -> {
                    kind = "nested deeply";
                    int depth = fuzz.between(1_000, 8_000);
                    bytes = ("{\"fullName\":" + "[".repeat(depth) + "]".repeat(depth) + "}")
                            .getBytes(StandardCharsets.UTF_8);
                }
                case 3 -> {
                    kind = "over the size limit";
                    body.put("needs", "ә".repeat(fuzz.between(8_200, 40_000)));
                    bytes = RegistrationApiClient.JSON.writeValueAsBytes(body);
                }
                case 4 -> {
                    kind = "not an object";
                    bytes = fuzz.oneOf("[" + json + "]", "\"" + email + "\"", "42", "null", "true", "{}", "[]",
                            "\uFEFF" + json.substring(1)).getBytes(StandardCharsets.UTF_8);
                }
                case 5 -> {
                    kind = "a field twice";
                    bytes = json.replace("{", "{\"email\":\"x" + email + "\",").getBytes(StandardCharsets.UTF_8);
                }
                case 6 -> {
                    kind = "content type";
                    contentType = fuzz.oneOf("text/plain", "application/xml", "application/x-www-form-urlencoded",
                            "multipart/form-data; boundary=x", "application/", "json", "*/*", "application/jsonx",
                            "text/json", "application/jsonp", null);
                }
                case 7 -> {
                    kind = "seminar id";
                    id = fuzz.oneOf("abc", "-1", "0", "99999999999999999999", "1.5", "1e3", "%20", "0x10", "987654321",
                            "%D3%98", "%F0%9F%98%80", "'%20OR%201=1", "%3Cscript%3E", String.valueOf(Long.MAX_VALUE),
                            String.valueOf(Long.MIN_VALUE), "null");
                }
                case 8 -> {
                    kind = "empty";
                    bytes = fuzz.oneOf("", " ", "\r\n\t ").getBytes(StandardCharsets.UTF_8);
                }
                default -> {
                    kind = "random bytes";
                    bytes = new byte[fuzz.between(1, 2_000)];
                    for (int b = 0; b < bytes.length; b++) {
                        bytes[b] = (byte) fuzz.between(0, 255);
                    }
                }
            }
            String what = "case " + i + " (" + kind + ", " + contentType + ", id " + id + ") " + Fuzz.replay();
            var before = stored(email);
            int registrations = count("select count(*) from registration");

            var response = postTo(fuzz, "/api/seminars/" + id + "/registrations", contentType,
                    BodyPublishers.ofByteArray(bytes), fuzz.pick(LANGUAGES));

            assertThat(response.statusCode()).as(what + " → " + response.body()).isBetween(400, 499);
            assertProblem(response, what);
            assertThat(stored(email)).as(what + ": nothing stored").isEqualTo(before);
            assertThat(count("select count(*) from registration")).as(what).isEqualTo(registrations);
        }
    }

    @Test
    void the_read_endpoints_answer_any_parameter_and_id_with_200_or_a_problem_never_a_5xx() {
        var fuzz = new Fuzz("api.reads");
        try (var api = RegistrationApiClient.fromNewAddress(port)) {
            for (int i = 0; i < Fuzz.tries(60); i++) {
                String path = switch (fuzz.between(0, 4)) {
                    case 0 -> "/api/seminars?" + query(fuzz, "city", "from", "to");
                    case 1 -> "/api/seminars/" + oddId(fuzz);
                    case 2 -> "/api/seminars/" + oddId(fuzz) + ".ics";
                    case 3 -> "/api/seminars.ics?" + query(fuzz, "city", "from", "to", "lang");
                    default -> "/api/registrations/" + encode(fuzz.oneOf(fuzz.hostileText(), "A".repeat(43),
                            UUID.randomUUID().toString(), "")) + "/certificate.pdf";
                };
                String what = "case " + i + " GET " + path + " " + Fuzz.replay();

                var response = api.get(path, "Accept-Language", fuzz.oneOf("en", "ru", "kk", "kk-KZ,ru;q=0.8",
                        "*", "xx", "ru;q=abc"), "Accept", fuzz.oneOf("*/*", "application/json", "text/calendar",
                        "application/problem+json", "application/json, text/calendar, */*;q=0.1", "application/pdf"));

                assertThat(response.statusCode()).as(what + " → " + response.body()).isLessThan(500);
                if (response.statusCode() >= 400 && refusedByTomcat(path)) {
                    // Refused by the web server (Tomcat) before the portal sees it, with the server's own page.
                    assertThat(response.statusCode()).as(what).isEqualTo(400);
                } else if (response.statusCode() >= 400) {
                    assertProblem(response, what);
                }
            }
        }
    }

    /** Found by the read property: a link without a certificate answered an empty 404 without a problem body. */
    @Test
    void a_link_without_a_certificate_answers_a_404_problem_in_the_clients_language_that_no_cache_keeps() {
        try (var api = RegistrationApiClient.fromNewAddress(port)) {
            var response = api.get("/api/registrations/" + "A".repeat(43) + "/certificate.pdf", "Accept-Language", "ru",
                    "Accept", "application/pdf");

            assertThat(response.statusCode()).isEqualTo(404);
            JsonNode problem = assertProblem(response, "certificate");
            assertThat(problem.get("title").asString()).isEqualTo("Не найдено");
            assertThat(problem.get("detail").asString()).startsWith("По этой ссылке нет сертификата.");
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    /**
     * Found by the malformed-request property: Spring read the seminar id {@code 0x…} as a hexadecimal number,
     * so such an address registered people for the seminar with that number.
     */
    @Test
    void a_seminar_id_written_in_hexadecimal_names_no_seminar_and_registers_nobody() {
        String email = "hex." + people++ + "@" + domain;
        var before = stored(email);
        try (var api = RegistrationApiClient.fromNewAddress(port)) {
            var response = api.post("/api/seminars/0x" + Long.toHexString(seminar) + "/registrations",
                    "application/json", BodyPublishers.ofString("""
                            {"fullName": "Әсел Нұрланқызы", "email": "%s", "language": "kk",
                             "consentProcessing": true, "consentListing": false}""".formatted(email)),
                    "Accept-Language", "en");

            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode problem = assertProblem(response, "hexadecimal id");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("id");
        }
        assertThat(stored(email)).isEqualTo(before);
    }

    /**
     * Requests that Tomcat refuses with its own 400 page before any of the portal's code runs: a request line
     * over its limit, an encoded NUL, slash or backslash in the path.
     */
    private static boolean refusedByTomcat(String path) {
        String beforeQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return path.length() > TOMCAT_REQUEST_LINE_BYTES || beforeQuery.contains("%00")
                || beforeQuery.toUpperCase(Locale.ROOT).contains("%2F")
                || beforeQuery.toUpperCase(Locale.ROOT).contains("%5C");
    }

    /** The parts of the query parameters the endpoints know, with values of every kind, or unknown ones. */
    private static String query(Fuzz fuzz, String... names) {
        var parts = new ArrayList<String>();
        for (String name : names) {
            if (fuzz.chance(0.6)) {
                String value = switch (fuzz.between(0, 5)) {
                    case 0 -> "2026-0" + fuzz.between(1, 9) + "-" + fuzz.between(10, 31);
                    case 1 -> fuzz.oneOf("2026-02-30", "+999999999-12-31", "-999999999-01-01", "9999-12-31",
                            "0000-01-01", "2026-13-01", "20260101", "yesterday", "2026-01-01T00:00:00Z");
                    case 2 -> fuzz.oneOf("Шымкент", "Алматы", "%", "_", "!", "Астана'; --");
                    default -> fuzz.hostileText();
                };
                parts.add(encode(name) + "=" + encode(value));
            }
        }
        if (fuzz.chance(0.2)) {
            parts.add(fuzz.oneOf("from", "city", "to") + "=" + encode(fuzz.freeText(20)));
        }
        return String.join("&", parts);
    }

    private String oddId(Fuzz fuzz) {
        return fuzz.oneOf(String.valueOf(seminar), "abc", "-1", "0", "99999999999999999999", "1.5", "%20", "0x10",
                "987654321", "%D3%98", "%F0%9F%98%80", String.valueOf(Long.MAX_VALUE), String.valueOf(Long.MIN_VALUE),
                "1;x=1", "%00", "%2e%2e", "..%2F1", "１２", encode(fuzz.hostileText()));
    }

    private static String encode(String text) {
        // Lone surrogates cannot be sent in a URL at all; the client sends "?" for them.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A registration the portal must accept, in a random language, with every text field generated. */
    private Map<String, Object> validBody(Fuzz fuzz) {
        var body = new LinkedHashMap<String, Object>();
        body.put("fullName", fuzz.name(200));
        body.put("email", "p" + people++ + "." + fuzz.between(0, 99_999) + "@" + domain);
        body.put("organisation", fuzz.chance(0.8) ? fuzz.freeText(200) : null);
        body.put("position", fuzz.chance(0.8) ? fuzz.freeText(200) : null);
        body.put("region", fuzz.chance(0.7) ? fuzz.pick(regions) : null);
        body.put("language", fuzz.pick(LANGUAGES));
        body.put("needs", fuzz.chance(0.5) ? fuzz.freeText(880)
                + (fuzz.chance(0.3) ? "\n" + fuzz.freeText(100) : "") : null);
        body.put("consentProcessing", true);
        body.put("consentListing", fuzz.chance(0.5));
        if (fuzz.chance(0.3)) {
            body.put("website", fuzz.oneOf("", " "));
        }
        if (fuzz.chance(0.2)) {
            body.put("somethingElse", fuzz.freeText(30));
        }
        return body;
    }

    /** Changes one field to a value of the wrong kind, hostile text, or removes it. */
    private static void spoil(Fuzz fuzz, Map<String, Object> body) {
        String field = fuzz.chance(0.8) ? fuzz.pick(TEXT_FIELDS) : fuzz.pick(FLAGS);
        Object value = switch (fuzz.between(0, 6)) {
            case 0 -> fuzz.oneOf(42, 3.14, -1, true, false, List.of(), Map.of(), List.of("x"), Map.of("a", 1),
                    Long.MAX_VALUE);
            case 1 -> fuzz.oneOf("true", "false", "1", "yes", "EN", "kk-KZ", "Қазақша", "");
            case 2 -> null;
            default -> fuzz.hostileText();
        };
        if (fuzz.chance(0.15)) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
    }

    private HttpResponse<String> post(Fuzz fuzz, String contentType, BodyPublisher body, String language) {
        return postTo(fuzz, "/api/seminars/" + seminar + "/registrations", contentType, body, language);
    }

    private HttpResponse<String> postTo(Fuzz fuzz, String path, String contentType, BodyPublisher body,
            String language) {
        try (var api = RegistrationApiClient.fromNewAddress(port)) {
            return api.post(path, contentType, body, "Accept-Language", language, "Accept",
                    fuzz.oneOf("application/json", "*/*", "application/problem+json",
                            "application/json, application/problem+json"));
        }
    }

    /** Registrations, links and mails of this seminar, and mails to this address: what a request may leave. */
    private List<Integer> stored(String email) {
        return List.of(count("select count(*) from registration where seminar_id = ?", seminar),
                count("select count(*) from registration_token t join registration r on r.id = t.registration_id "
                        + "where r.seminar_id = ?", seminar),
                count("select count(*) from mail_outbox m where m.reference_id in "
                        + "(select id from registration where seminar_id = ?) or m.recipient = ?", seminar,
                        email.toLowerCase(Locale.ROOT)));
    }

    private List<String> tokensOf(Map<String, Object> row) {
        return jdbc.queryForList("select purpose from registration_token where registration_id = ?", String.class,
                row.get("id"));
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    private static JsonNode assertProblem(HttpResponse<String> response, String what) {
        assertThat(response.headers().firstValue("Content-Type").orElse("none")).as(what + " → " + response.body())
                .startsWith("application/problem+json");
        JsonNode problem = RegistrationApiClient.json(response);
        assertThat(problem.get("status").asInt()).as(what).isEqualTo(response.statusCode());
        assertThat(problem.get("title").asString()).as(what).isNotBlank();
        assertThat(problem.get("detail").asString()).as(what).isNotBlank();
        return problem;
    }

    private static String shown(Map<String, Object> body) {
        var parts = new ArrayList<String>();
        body.forEach((key, value) -> parts.add(key + "=" + (value instanceof String text ? Fuzz.printable(text)
                : String.valueOf(value))));
        return String.join(", ", parts);
    }
}
