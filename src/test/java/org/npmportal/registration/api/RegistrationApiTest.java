package org.npmportal.registration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npmportal.registration.api.RegistrationApiClient.json;
import static org.npmportal.registration.api.RegistrationApiClient.person;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.npmportal.base.i18n.Messages;
import org.npmportal.registration.RegistrationRequest;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.api.TestSeminars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Registration through the public API over real HTTP, without sign-in, as a partner website sends it:
 * what is stored and mailed, and the problem details for everything that is not. The test itself is the
 * organiser who publishes the seminars.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@WithUserDetails("organiser")
class RegistrationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    SeminarService seminars;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Messages messages;

    @Autowired
    RegistrationApiProblems problems;

    private RegistrationApiClient api;
    private StoredRegistrations stored;
    private String domain;
    private long seminar;

    @BeforeEach
    void publishedSeminarAndClient() {
        api = RegistrationApiClient.fromNewAddress(port);
        stored = new StoredRegistrations(jdbc);
        domain = UUID.randomUUID().toString().substring(0, 8) + ".example.kz";
        seminar = TestSeminars.publish(seminars, TestSeminars.draft(TestSeminars.kazakhTitle(), 30));
    }

    @AfterEach
    void closeClient() {
        api.close();
    }

    @Test
    void a_registration_answers_202_stores_a_pending_registration_and_writes_the_confirmation_mail() {
        String email = "Asel.Kassymova@" + domain.toUpperCase(Locale.ROOT);

        var response = api.register(seminar, person("Әсел Қасымова", email));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.get("nextStep").asString()).isEqualTo("CHECK_EMAIL");
        assertThat(body.get("message").asString()).isEqualTo(messages.get(Locale.ENGLISH, "registrationApi.accepted"));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();

        Map<String, Object> row = stored.one(email);
        assertThat(row.get("seminar_id")).isEqualTo(seminar);
        assertThat(row.get("email")).isEqualTo("asel.kassymova@" + domain);
        assertThat(row.get("full_name")).isEqualTo("Әсел Қасымова");
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("language")).isEqualTo("KK");
        assertThat(row.get("consent_processing")).isEqualTo(true);
        assertThat(row.get("region_id")).isNotNull();
        assertThat(stored.mailsTo(email)).containsExactly("registration.confirm");
    }

    @Test
    void the_same_address_twice_answers_202_with_the_same_body_both_times_and_stays_one_registration() {
        String email = "bauyrzhan@" + domain;

        var first = api.register(seminar, person("Бауыржан Сейітов", email));
        var second = api.register(seminar, person("Бауыржан Сейітов", email.toUpperCase(Locale.ROOT)));

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(stored.count(seminar)).isEqualTo(1);
        assertThat(stored.mailsTo(email)).containsExactly("registration.confirm", "registration.status");
    }

    @Test
    void a_filled_in_honeypot_answers_202_like_a_person_and_stores_and_mails_nothing() {
        String email = "robot@" + domain;
        var body = person("Robot Robotov", email);
        body.put("website", "http://spam.example.com");

        var response = api.register(seminar, body);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).get("nextStep").asString()).isEqualTo("CHECK_EMAIL");
        assertThat(stored.count(seminar)).isZero();
        assertThat(stored.mailsTo(email)).isEmpty();
    }

    @Test
    void kazakh_and_russian_names_and_texts_are_stored_exactly_as_sent() {
        String kazakh = "Әлихан Ғабитұлы Қоңырбаев-Өтегенов";
        String kazakhCapitals = "ҮМІТ ҺӘКІМҚЫЗЫ ҰЛЫҚБЕКОВА";
        String russian = "Ёлкина Наталья Сергеевна д’Артаньян";
        List<String> names = List.of(kazakh, kazakhCapitals, russian);
        for (int i = 0; i < names.size(); i++) {
            var body = person(names.get(i), "person" + i + "@" + domain);
            body.put("organisation", "«Адам құқықтары» ҮЕҰ — Өскемен, Һ-блок, ғимарат №3");
            body.put("position", "Ведущий специалист по мониторингу; аға маман");
            body.put("needs", "Пандус керек.\nНужен сурдопереводчик.");
            body.put("language", i == 2 ? "ru" : "kk");

            assertThat(api.register(seminar, body).statusCode()).as(names.get(i)).isEqualTo(202);

            Map<String, Object> row = stored.one("person" + i + "@" + domain);
            assertThat(row.get("full_name")).isEqualTo(names.get(i));
            assertThat(row.get("organisation")).isEqualTo(body.get("organisation"));
            assertThat(row.get("job_position")).isEqualTo(body.get("position"));
            assertThat(row.get("needs")).isEqualTo(body.get("needs"));
        }
    }

    @Test
    void a_name_typed_with_combining_marks_is_stored_in_composed_form_without_the_surrounding_space() {
        String email = "aigul@" + domain;

        var response = api.register(seminar, person("  Аи\u0306гүл  Серікқызы ", email));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(stored.one(email).get("full_name")).isEqualTo("Айгүл Серікқызы");
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                invalid("a malformed e-mail", b -> b.put("email", "asel.example.kz"),
                        "email", "registration.email.invalid"),
                invalid("an e-mail with a space", b -> b.put("email", "asel kassymova@example.kz"),
                        "email", "registration.email.invalid"),
                invalid("no e-mail", b -> b.remove("email"), "email", "registration.email.required"),
                invalid("digits in the name", b -> b.put("fullName", "Әсел 2000"),
                        "fullName", "registration.fullName.invalid"),
                invalid("no name", b -> b.put("fullName", "   "), "fullName", "registration.fullName.required"),
                invalid("a name of 201 letters", b -> b.put("fullName", "Ә".repeat(201)),
                        "fullName", "registration.fullName.size"),
                invalid("a bell character in the name", b -> b.put("fullName", "Әсел\u0007 Қасымова"),
                        "fullName", "registration.fullName.invalid"),
                invalid("a NUL in the organisation", b -> b.put("organisation", "ҮЕҰ\u0000"),
                        "organisation", "registration.text.controlCharacters"),
                invalid("a line break in the position", b -> b.put("position", "аға\nмаман"),
                        "position", "registration.text.controlCharacters"),
                invalid("an escape sequence in the needs", b -> b.put("needs", "\u001b[2Jпандус"),
                        "needs", "registration.text.controlCharacters"),
                invalid("HTML in the name", b -> b.put("fullName", "<script>alert(1)</script>"),
                        "fullName", "registration.fullName.invalid"),
                invalid("SQL in the name", b -> b.put("fullName", "Robert'); DROP TABLE registration;--"),
                        "fullName", "registration.fullName.invalid"),
                invalid("no consent to the processing", b -> b.remove("consentProcessing"),
                        "consentProcessing", "registration.consentProcessing.required"),
                invalid("consent refused", b -> b.put("consentProcessing", false),
                        "consentProcessing", "registration.consentProcessing.required"),
                invalid("a region nobody has", b -> b.put("region", "ATLANTIS"),
                        "region", "registration.region.unknown"),
                invalid("a language the portal does not speak", b -> b.put("language", "de"),
                        "language", "registrationApi.field.language"),
                invalid("no language", b -> b.remove("language"), "language", "registration.language.required"));
    }

    private static Arguments invalid(String what, Consumer<Map<String, Object>> change, String field, String key) {
        return Arguments.of(Named.of(what, change), field, key);
    }

    @ParameterizedTest
    @MethodSource("invalidFields")
    void invalid_input_answers_400_naming_the_field_with_its_message_and_stores_nothing(
            Consumer<Map<String, Object>> change, String field, String key) {
        String email = "asel@" + domain;
        var body = person("Әсел Қасымова", email);
        change.accept(body);

        var response = api.register(seminar, body);

        JsonNode problem = assertProblem(response, 400);
        assertThat(errors(problem)).contains(Map.entry(field, messages.get(Locale.ENGLISH, key)));
        assertThat(messages.get(Locale.ENGLISH, key)).doesNotStartWith("!");
        assertThat(stored.count(seminar)).isZero();
        assertThat(stored.mailsTo(email)).isEmpty();
    }

    @Test
    void every_field_that_breaks_a_rule_is_named_at_once() {
        var body = person("Әсел 2000", "not-an-address");
        body.put("consentProcessing", false);
        body.put("needs", "\u0000");

        JsonNode problem = assertProblem(api.register(seminar, body), 400);

        assertThat(errors(problem)).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("fullName", "email", "consentProcessing", "needs");
        assertThat(problem.get("title").asString()).isEqualTo("Registration not accepted");
    }

    @Test
    void json_values_of_the_wrong_type_answer_400_naming_each_field_and_store_nothing() {
        var body = person("Әсел Қасымова", "asel@" + domain);
        body.put("fullName", 42);
        body.put("consentProcessing", "true");
        body.put("email", Map.of("address", "asel@" + domain));
        body.put("language", 1);
        body.put("organisation", List.of("ҮЕҰ"));
        body.put("consentListing", 1);

        JsonNode problem = assertProblem(api.register(seminar, body), 400);

        assertThat(errors(problem)).containsExactlyInAnyOrder(
                Map.entry("fullName", messages.get(Locale.ENGLISH, "registrationApi.field.text")),
                Map.entry("email", messages.get(Locale.ENGLISH, "registrationApi.field.text")),
                Map.entry("organisation", messages.get(Locale.ENGLISH, "registrationApi.field.text")),
                Map.entry("language", messages.get(Locale.ENGLISH, "registrationApi.field.text")),
                Map.entry("consentProcessing", messages.get(Locale.ENGLISH, "registrationApi.field.boolean")),
                Map.entry("consentListing", messages.get(Locale.ENGLISH, "registrationApi.field.boolean")));
        assertThat(stored.count(seminar)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "{\"fullName\": \"Әсел\",", "{\"fullName\": 'Әсел'}", "{} trailing",
            "[]", "null", "\"Әсел Қасымова\"", "42",
            "{\"fullName\": \"Әсел Қасымова\", \"fullName\": \"Someone Else\"}"})
    void a_body_that_is_not_one_json_object_answers_400_naming_the_body_and_stores_nothing(String raw) {
        var response = api.post(path(seminar), "application/json", BodyPublishers.ofString(raw));

        JsonNode problem = assertProblem(response, 400);
        assertThat(errors(problem)).extracting(Map.Entry::getKey).containsExactly("body");
        assertThat(response.body()).doesNotContain("Exception", "at org.", "tools.jackson");
        assertThat(stored.count(seminar)).isZero();
    }

    @Test
    void no_body_at_all_answers_400_naming_the_body() {
        var response = api.post(path(seminar), null, BodyPublishers.noBody());

        JsonNode problem = assertProblem(response, 400);
        assertThat(errors(problem)).containsExactly(
                Map.entry("body", messages.get(Locale.ENGLISH, "registrationApi.body.missing")));
    }

    @Test
    void bytes_that_are_not_utf_8_answer_400_naming_the_body() {
        byte[] latin1 = "{\"fullName\": \"Ra\u00fcl\"}".getBytes(StandardCharsets.ISO_8859_1);

        var response = api.post(path(seminar), "application/json", BodyPublishers.ofByteArray(latin1));

        assertThat(errors(assertProblem(response, 400))).extracting(Map.Entry::getKey).containsExactly("body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml", "not a type"})
    void a_body_that_is_not_declared_as_json_answers_415_and_stores_nothing(String contentType) {
        String json = RegistrationApiClient.JSON.writeValueAsString(person("Әсел Қасымова", "asel@" + domain));

        var response = api.post(path(seminar), contentType, BodyPublishers.ofString(json));

        JsonNode problem = assertProblem(response, 415);
        assertThat(problem.get("detail").asString()).contains("application/json");
        assertThat(stored.count(seminar)).isZero();
    }

    @Test
    void json_with_a_charset_or_a_json_suffix_type_is_accepted() {
        var body = person("Әсел Қасымова", "asel@" + domain);
        String json = RegistrationApiClient.JSON.writeValueAsString(body);

        assertThat(api.post(path(seminar), "application/json; charset=UTF-8", BodyPublishers.ofString(json))
                .statusCode()).isEqualTo(202);
        body.put("email", "asel2@" + domain);
        assertThat(api.post(path(seminar), "application/vnd.registration+json",
                BodyPublishers.ofString(RegistrationApiClient.JSON.writeValueAsString(body))).statusCode())
                .isEqualTo(202);
        assertThat(stored.count(seminar)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "99999999999999999999"})
    void a_seminar_id_that_is_not_a_number_answers_400_naming_id(String id) {
        var response = api.register(id, person("Әсел Қасымова", "asel@" + domain));

        JsonNode problem = assertProblem(response, 400);
        assertThat(errors(problem)).containsExactly(
                Map.entry("id", messages.get(Locale.ENGLISH, "registrationApi.field.id")));
    }

    @Test
    void problems_follow_the_accept_language_header() {
        var body = person("Әсел 2000", "asel.example.kz");

        JsonNode russian = assertProblem(api.register(seminar, body, "Accept-Language", "ru-RU,ru;q=0.9"), 400);
        assertThat(russian.get("title").asString()).isEqualTo("Регистрация не принята");
        assertThat(errors(russian)).contains(
                Map.entry("fullName", messages.get(Locale.of("ru"), "registration.fullName.invalid")),
                Map.entry("email", "Это неверный адрес электронной почты. Он должен выглядеть как name@example.org."));

        JsonNode kazakh = assertProblem(api.register(987654321L, person("Әсел Қасымова", "asel@" + domain),
                "Accept-Language", "kk"), 404);
        assertThat(kazakh.get("title").asString()).isEqualTo("Табылмады");
        assertThat(kazakh.get("detail").asString()).containsPattern("\\p{IsCyrillic}")
                .isEqualTo(messages.get(Locale.of("kk"), "registration.seminarUnavailable"));

        var accepted = api.register(seminar, person("Әсел Қасымова", "asel@" + domain), "Accept-Language", "ru");
        assertThat(json(accepted).get("message").asString()).startsWith("Спасибо.");
    }

    @Test
    void an_id_nobody_has_answers_404_and_stores_nothing() {
        var response = api.register(987654321L, person("Әсел Қасымова", "asel@" + domain));

        JsonNode problem = assertProblem(response, 404);
        assertThat(problem.get("detail").asString())
                .isEqualTo(messages.get(Locale.ENGLISH, "registration.seminarUnavailable"));
        assertThat(problem.get("instance").asString()).isEqualTo("/api/seminars/987654321/registrations");
        assertThat(stored.withEmail("asel@" + domain)).isEmpty();
    }

    @Test
    void a_draft_answers_404_like_an_id_nobody_has() {
        long draft = seminars.save(TestSeminars.draft("Draft " + TestSeminars.kazakhTitle(), 30)).getId();

        var response = api.register(draft, person("Әсел Қасымова", "asel@" + domain));

        JsonNode problem = assertProblem(response, 404);
        assertThat(problem.get("detail").asString())
                .isEqualTo(messages.get(Locale.ENGLISH, "registration.seminarUnavailable"));
        assertThat(stored.count(draft)).isZero();
    }

    @Test
    void a_seminar_whose_registration_has_closed_answers_409_and_stores_nothing() {
        long closed = TestSeminars.publishedWithRegistrationClosed(seminars, "Closed " + TestSeminars.kazakhTitle());

        var response = api.register(closed, person("Әсел Қасымова", "asel@" + domain));

        JsonNode problem = assertProblem(response, 409);
        assertThat(problem.get("title").asString()).isEqualTo("Registration closed");
        assertThat(problem.get("detail").asString()).isEqualTo(messages.get(Locale.ENGLISH, "registration.closed"));
        assertThat(stored.count(closed)).isZero();
    }

    @Test
    void a_body_over_16_kb_is_refused_with_413_whether_its_length_is_declared_or_not() {
        var body = person("Әсел Қасымова", "asel@" + domain);
        body.put("needs", "ж".repeat(9_000));
        byte[] json = RegistrationApiClient.JSON.writeValueAsBytes(body);
        assertThat(json.length).isGreaterThan(16 * 1024);

        var declared = api.post(path(seminar), "application/json", BodyPublishers.ofByteArray(json));
        var chunked = api.post(path(seminar), "application/json",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)));

        for (var response : List.of(declared, chunked)) {
            JsonNode problem = assertProblem(response, 413);
            assertThat(problem.get("detail").asString()).contains("16 KB");
        }
        assertThat(stored.count(seminar)).isZero();
    }

    @Test
    void a_body_of_exactly_16_kb_is_read() {
        var body = person("Әсел Қасымова", "asel@" + domain);
        body.put("needs", "ж".repeat(RegistrationRequest.NEEDS_MAX));
        int unpadded = RegistrationApiClient.JSON.writeValueAsBytes(body).length;
        body.put("padding", "x".repeat(16 * 1024 - unpadded - ",\"padding\":\"\"".length()));
        byte[] json = RegistrationApiClient.JSON.writeValueAsBytes(body);
        assertThat(json.length).isEqualTo(16 * 1024);

        var response = api.post(path(seminar), "application/json", BodyPublishers.ofByteArray(json));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(stored.one("asel@" + domain).get("needs")).isEqualTo("ж".repeat(RegistrationRequest.NEEDS_MAX));
    }

    @Test
    void an_unexpected_error_answers_500_with_only_a_reference_code() {
        var request = new MockHttpServletRequest("POST", "/api/seminars/1/registrations");

        var response = problems.unexpected(new IllegalStateException("connection to db-7.internal refused"), request,
                Locale.ENGLISH);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().getTitle()).isEqualTo("Internal error");
        assertThat(response.getBody().getDetail()).containsPattern("reference [2-9A-Z]{4}-[2-9A-Z]{4}\\.")
                .doesNotContain("db-7", "IllegalState");
    }

    private static String path(Object seminarId) {
        return "/api/seminars/" + seminarId + "/registrations";
    }

    /** The problem's {@code errors} as (field, message) pairs, in their order. */
    private static List<Map.Entry<String, String>> errors(JsonNode problem) {
        List<Map.Entry<String, String>> errors = new ArrayList<>();
        for (JsonNode error : problem.get("errors")) {
            errors.add(Map.entry(error.get("field").asString(), error.get("message").asString()));
        }
        return errors;
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("title").asString()).isNotBlank().doesNotStartWith("!");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotStartWith("!");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        return problem;
    }
}
