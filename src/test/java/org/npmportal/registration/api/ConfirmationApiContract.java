package org.npmportal.registration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npmportal.registration.api.RegistrationApiClient.json;
import static org.npmportal.registration.api.RegistrationApiClient.person;
import static org.npmportal.registration.api.RegistrationApiTest.assertProblem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.api.TestSeminars;
import org.npmportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;

/**
 * Confirming an address through {@code POST /api/registrations/confirmations} over real HTTP, as a client
 * that cannot press the confirmation page's button does: the same seat, waitlist place and mail as the
 * button, and problem details for everything else. H2 in {@link ConfirmationApiTest}, MariaDB in
 * {@link ConfirmationApiMariaDbIT}. The test itself is the organiser who publishes the seminars.
 */
@WithUserDetails("organiser")
abstract class ConfirmationApiContract {

    @LocalServerPort
    int port;
    @Autowired
    SeminarService seminars;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    private RegistrationApiClient api;
    private StoredRegistrations stored;
    private String domain;

    @BeforeEach
    void client() {
        api = RegistrationApiClient.fromNewAddress(port);
        stored = new StoredRegistrations(jdbc);
        domain = UUID.randomUUID().toString().substring(0, 8) + ".example.kz";
    }

    @AfterEach
    void closeClientAndResetClock() {
        api.close();
        clock.reset();
    }

    @Test
    void confirming_answers_200_with_the_seat_stores_it_and_writes_the_seat_mail_like_the_button() {
        long seminar = seminar(30, 25);
        String email = "asel@" + domain;

        var response = confirm(registered(seminar, email));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.get("outcome").asString()).isEqualTo("DONE");
        assertThat(body.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(body.get("placeInQueue").asInt()).isZero();
        assertThat(body.get("message").asString()).startsWith("Thank you: your address is confirmed and you have a seat");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        var row = stored.one(email);
        assertThat(row.get("status")).isEqualTo("CONFIRMED");
        assertThat(row.get("email_confirmed_at")).isNotNull();
        assertThat(counters(seminar)).containsExactly(1, 0);
        assertThat(stored.mailsTo(email)).containsExactly("registration.confirm", "registration.seated");
    }

    @Test
    void the_same_link_confirmed_twice_answers_already_done_in_russian_and_still_holds_one_seat() {
        long seminar = seminar(30, 25);
        String email = "bauyrzhan@" + domain;
        String token = registered(seminar, email);
        assertThat(confirm(token).statusCode()).isEqualTo(200);

        var again = confirm(token, "Accept-Language", "ru");

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonNode body = json(again);
        assertThat(body.get("outcome").asString()).isEqualTo("ALREADY_DONE");
        assertThat(body.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(body.get("message").asString()).isEqualTo("Эта регистрация уже подтверждена.");
        assertThat(counters(seminar)).containsExactly(1, 0);
        assertThat(stored.mailsTo(email)).containsExactly("registration.confirm", "registration.seated");
    }

    @Test
    void past_capacity_the_answer_is_the_waitlist_place_and_the_seat_stays_with_the_first_to_confirm() {
        long seminar = seminar(30, 1);
        String first = registered(seminar, "first@" + domain);
        String second = registered(seminar, "second@" + domain);
        assertThat(json(confirm(first)).get("status").asString()).isEqualTo("CONFIRMED");

        JsonNode body = json(confirm(second, "Accept-Language", "kk"));

        assertThat(body.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(body.get("placeInQueue").asInt()).isEqualTo(1);
        assertThat(body.get("message").asString()).contains("1");
        assertThat(stored.one("second@" + domain).get("waitlist_number")).isEqualTo(1);
        assertThat(counters(seminar)).containsExactly(1, 1);
        assertThat(stored.mailsTo("second@" + domain)).containsExactly("registration.confirm", "registration.waitlisted");
    }

    @Test
    void a_token_the_portal_never_sent_answers_404_in_kazakh_and_changes_nothing() {
        long seminar = seminar(30, 25);
        registered(seminar, "unchanged@" + domain);

        var response = confirm("A".repeat(43), "Accept-Language", "kk");

        JsonNode problem = assertProblem(response, 404);
        assertThat(problem.get("title").asString()).isEqualTo("Белгісіз сілтеме");
        assertThat(stored.one("unchanged@" + domain).get("status")).isEqualTo("PENDING");
        assertThat(counters(seminar)).containsExactly(0, 0);
    }

    @Test
    void a_link_confirmed_after_its_48_hours_answers_410_and_gives_no_seat() {
        long seminar = seminar(30, 25);
        String token = registered(seminar, "late@" + domain);
        clock.advance(Duration.ofHours(49));

        JsonNode problem = assertProblem(confirm(token), 410);

        assertThat(problem.get("title").asString()).isEqualTo("Link expired");
        assertThat(stored.one("late@" + domain).get("status")).isEqualTo("PENDING");
        assertThat(counters(seminar)).containsExactly(0, 0);
    }

    @Test
    void a_link_confirmed_after_the_seminar_started_answers_409_and_gives_no_seat() {
        long seminar = seminar(1, 25);
        String token = registered(seminar, "started@" + domain);
        clock.advance(Duration.ofHours(40));

        JsonNode problem = assertProblem(confirm(token, "Accept-Language", "ru"), 409);

        assertThat(problem.get("title").asString()).isEqualTo("Семинар недоступен");
        assertThat(counters(seminar)).containsExactly(0, 0);
        assertThat(stored.mailsTo("started@" + domain)).containsExactly("registration.confirm");
    }

    @Test
    void bad_bodies_answer_400_naming_the_token_or_the_body_and_confirm_nothing() {
        long seminar = seminar(30, 25);
        registered(seminar, "bodies@" + domain);

        assertThat(errorField(post("{}"))).isEqualTo("token");
        assertThat(errorField(post("{\"token\": \"  \"}"))).isEqualTo("token");
        assertThat(errorField(post("{\"token\": 42}"))).isEqualTo("token");
        assertThat(errorField(post("[\"token\"]"))).isEqualTo("body");
        assertThat(errorField(post("{\"token\": "))).isEqualTo("body");
        assertThat(errorField(post("{\"token\": \"a\", \"token\": \"b\"}"))).isEqualTo("body");
        JsonNode missing = assertProblem(post("{}"), 400);
        assertThat(missing.get("title").asString()).isEqualTo("Confirmation not accepted");

        assertThat(stored.one("bodies@" + domain).get("status")).isEqualTo("PENDING");
    }

    @Test
    void a_body_that_is_not_declared_json_answers_415_and_confirms_nothing() {
        long seminar = seminar(30, 25);
        String token = registered(seminar, "plain@" + domain);

        var response = api.post(ConfirmationApiController.PATH, "text/plain",
                BodyPublishers.ofString("{\"token\": \"" + token + "\"}"));

        assertProblem(response, 415);
        assertThat(stored.one("plain@" + domain).get("status")).isEqualTo("PENDING");
    }

    @Test
    void a_mail_scanner_that_opens_the_address_with_get_confirms_nothing() throws Exception {
        long seminar = seminar(30, 25);
        registered(seminar, "scanned@" + domain);

        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + ConfirmationApiController.PATH)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isNotEqualTo(200);
        }
        assertThat(stored.one("scanned@" + domain).get("status")).isEqualTo("PENDING");
    }

    private long seminar(int daysAhead, int capacity) {
        var draft = TestSeminars.draft(TestSeminars.kazakhTitle(), daysAhead);
        draft.setCapacity(capacity);
        return TestSeminars.publish(seminars, draft);
    }

    /** Registers through the API and returns the token of the confirmation link in the mail written for it. */
    private String registered(long seminar, String email) {
        assertThat(api.register(seminar, person("Әсел Қасымова", email)).statusCode()).isEqualTo(202);
        return stored.confirmToken(email);
    }

    private HttpResponse<String> confirm(String token, String... headers) {
        return api.confirm(token, headers);
    }

    private HttpResponse<String> post(String body) {
        return api.post(ConfirmationApiController.PATH, "application/json", BodyPublishers.ofString(body));
    }

    private static String errorField(HttpResponse<String> response) {
        JsonNode errors = assertProblem(response, 400).get("errors");
        assertThat(errors.size()).as(response.body()).isEqualTo(1);
        return errors.get(0).get("field").asString();
    }

    /** The seminar's stored seat and waitlist counters. */
    private List<Integer> counters(long seminar) {
        return jdbc.queryForObject("select seats_taken, waitlist_length from seminar where id = ?",
                (rs, n) -> List.of(rs.getInt(1), rs.getInt(2)), seminar);
    }
}
