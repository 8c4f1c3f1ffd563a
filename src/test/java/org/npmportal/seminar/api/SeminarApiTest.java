package org.npmportal.seminar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npmportal.seminar.api.PublicApiClient.json;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarFilter;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.SeminarStatus;
import org.npmportal.seminar.SeminarSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The JSON API over real HTTP, without sign-in: what it lists, what one seminar shows, and the problem
 * details for what it does not show. The test itself is the organiser who prepares seminars.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@WithUserDetails("organiser")
class SeminarApiTest {

    @LocalServerPort
    int port;

    @Value("${portal.base-url}")
    String baseUrl;

    @Autowired
    SeminarService seminars;

    private PublicApiClient api;

    @BeforeEach
    void client() {
        api = new PublicApiClient(port);
    }

    @Test
    void the_list_has_the_upcoming_demo_seminars_with_offsets_seats_and_links_but_not_the_completed_ones() {
        var response = api.get("/api/seminars");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        JsonNode basics = byTitle(json(response), "NPM basics for new monitors");
        long id = basics.get("id").asLong();
        assertThat(basics.get("city").asString()).isEqualTo("Karaganda");
        assertThat(basics.get("region").get("code").asString()).isEqualTo("KARAGANDA");
        assertThat(basics.get("timeZone").asString()).isEqualTo("Asia/Almaty");
        assertThat(basics.get("format").asString()).isEqualTo("IN_PERSON");
        assertThat(basics.get("start").asString()).matches("\\d{4}-\\d{2}-\\d{2}T09:30:00[+-]\\d{2}:\\d{2}");
        var start = OffsetDateTime.parse(basics.get("start").asString());
        assertThat(start.getOffset()).isEqualTo(TestSeminars.ALMATY.getRules().getOffset(start.toInstant()));
        assertThat(start.toLocalDate()).isEqualTo(LocalDate.now(TestSeminars.ALMATY).plusDays(14));
        assertThat(basics.get("end").asString()).endsWith("T17:00:00" + start.getOffset().getId());
        assertThat(basics.get("capacity").asInt()).isEqualTo(40);
        // The demo registrations gave 20 of the 40 seats.
        assertThat(basics.get("seatsLeft").asInt()).isEqualTo(20);
        assertThat(basics.get("waitlistLength").asInt()).isZero();
        assertThat(basics.get("registrationOpen").asBoolean()).isTrue();
        assertThat(basics.get("url").asString()).isEqualTo(baseUrl + "/catalogue/" + id);
        assertThat(basics.get("calendarUrl").asString()).isEqualTo(baseUrl + "/api/seminars/" + id + ".ics");

        assertThat(titles(json(response))).contains("Monitoring closed institutions for children",
                "Reporting after preventive visits", "Documenting allegations of torture: the Istanbul Protocol")
                .noneMatch(title -> title.startsWith("Implementing the National Preventive Mechanism"));
    }

    @Test
    void the_links_come_from_the_configured_base_url_and_not_from_the_host_header() {
        var response = api.get("/api/seminars", "X-Forwarded-Host", "evil.example.com");

        assertThat(json(response).findValuesAsString("url")).isNotEmpty()
                .allSatisfy(url -> assertThat(url).startsWith(baseUrl + "/catalogue/"));
    }

    @Test
    void one_seminar_shows_venue_languages_agenda_trainers_and_partners_but_never_the_meeting_link() {
        long id = idOf("Reporting after preventive visits");

        var response = api.get("/api/seminars/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode seminar = json(response);
        assertThat(seminar.get("id").asLong()).isEqualTo(id);
        assertThat(seminar.get("format").asString()).isEqualTo("HYBRID");
        assertThat(seminar.get("venue").get("name").asString()).isEqualTo("PRI Central Asia office");
        assertThat(seminar.get("venue").get("address").asString()).isEqualTo("Dostyk Ave 85");
        assertThat(seminar.get("venue").get("city").asString()).isEqualTo("Almaty");
        assertThat(seminar.get("leadOrganiser").asString()).isEqualTo("Penal Reform International");
        assertThat(seminar.get("partners").findValuesAsString("role")).contains("CO_ORGANISER", "FUNDER");
        assertThat(seminar.get("trainers").get(0).get("name").asString()).isEqualTo("Aliya Demo-Nurlanova");
        assertThat(seminar.get("trainers").get(0).get("kind").asString()).isEqualTo("TRAINER");
        JsonNode agenda = seminar.get("agenda");
        assertThat(agenda.size()).isEqualTo(4);
        assertThat(agenda.get(0).get("title").asString()).isEqualTo("Introduction and first module");
        assertThat(agenda.get(0).get("start").asString()).endsWith("T09:30:00" + offsetOf(seminar));
        assertThat(agenda.get(0).get("speaker").asString()).isEqualTo("Aliya Demo-Nurlanova");
        assertThat(response.body()).doesNotContain("meet.example.org", "meetingUrl");
    }

    @Test
    void a_seminar_an_organiser_just_published_appears_with_its_kazakh_title_and_languages() {
        String title = TestSeminars.kazakhTitle();
        long id = TestSeminars.publish(seminars, TestSeminars.draft(title, 25));

        JsonNode seminar = json(api.get("/api/seminars/" + id));

        assertThat(seminar.get("title").asString()).isEqualTo(title);
        assertThat(StreamSupport.stream(seminar.get("languages").spliterator(), false).map(JsonNode::asString))
                .containsExactly("ru", "kk");
        assertThat(seminar.get("agenda").get(1).get("room").isNull()).isTrue();
        assertThat(titles(json(api.get("/api/seminars")))).contains(title);
    }

    @Test
    void the_completed_seminars_of_2013_answer_404_problem_details() {
        List<SeminarSummary> completed = seminars.all(new SeminarFilter(Set.of(SeminarStatus.COMPLETED), null, null,
                null, LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31), null));
        assertThat(completed).hasSizeGreaterThanOrEqualTo(2);

        for (SeminarSummary seminar : completed) {
            var response = api.get("/api/seminars/" + seminar.id());
            assertNotFoundProblem(response, seminar.id());
        }
    }

    @Test
    void a_draft_answers_404_and_is_not_listed() {
        Seminar draft = seminars.save(TestSeminars.draft("Draft only " + TestSeminars.kazakhTitle(), 30));

        assertNotFoundProblem(api.get("/api/seminars/" + draft.getId()), draft.getId());
        assertThat(titles(json(api.get("/api/seminars")))).doesNotContain(draft.getTitle());
    }

    @Test
    void an_id_nobody_has_answers_404_problem_details() {
        assertNotFoundProblem(api.get("/api/seminars/987654321"), 987654321);
    }

    @Test
    void a_from_that_is_not_a_date_answers_400_problem_details_naming_from() {
        var response = api.get("/api/seminars?from=notadate");

        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.get("parameter").asString()).isEqualTo("from");
        assertThat(problem.get("detail").asString()).contains("“from”", "yyyy-MM-dd");
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void an_id_that_is_not_a_number_answers_400_problem_details_naming_id() {
        JsonNode problem = assertProblem(api.get("/api/seminars/abc"), 400);

        assertThat(problem.get("parameter").asString()).isEqualTo("id");
        assertThat(problem.get("detail").asString()).contains("“id”");
    }

    @Test
    void a_to_before_from_answers_400_naming_to() {
        JsonNode problem = assertProblem(api.get("/api/seminars?from=2030-05-02&to=2030-05-01"), 400);

        assertThat(problem.get("parameter").asString()).isEqualTo("to");
    }

    @Test
    void the_list_filters_by_city_and_by_dates() {
        assertThat(json(api.get("/api/seminars?city=shymkent")).findValuesAsString("city"))
                .isNotEmpty().allMatch("Shymkent"::equals);

        String title = TestSeminars.kazakhTitle();
        TestSeminars.publish(seminars, TestSeminars.draft(title, 200));
        LocalDate day1 = LocalDate.now(TestSeminars.ALMATY).plusDays(200);
        assertThat(titles(json(api.get("/api/seminars?from=" + day1.plusDays(1) + "&to=" + day1.plusDays(1)))))
                .contains(title);
        assertThat(titles(json(api.get("/api/seminars?from=" + day1.plusDays(2))))).doesNotContain(title);
        assertThat(titles(json(api.get("/api/seminars?to=" + day1.minusDays(1))))).doesNotContain(title);
    }

    @Test
    void problems_and_region_names_follow_the_accept_language_header() {
        JsonNode problem = assertProblem(api.get("/api/seminars/987654321", "Accept-Language", "ru-RU,ru;q=0.9"), 404);
        assertThat(problem.get("title").asString()).isEqualTo("Не найдено");
        assertThat(problem.get("detail").asString()).contains("987654321").containsPattern("\\p{IsCyrillic}");

        JsonNode basics = byTitle(json(api.get("/api/seminars", "Accept-Language", "kk")), "NPM basics for new monitors");
        assertThat(basics.get("region").get("name").asString()).containsPattern("\\p{IsCyrillic}");
    }

    @Test
    void the_api_needs_no_sign_in_and_starts_no_session() {
        long id = idOf("NPM basics for new monitors");

        for (String path : List.of("/api/seminars", "/api/seminars/" + id, "/api/seminars/987654321",
                "/api/seminars?from=notadate", "/api/seminars.ics", "/api/seminars/" + id + ".ics")) {
            HttpResponse<String> response = api.get(path);
            assertThat(response.statusCode()).as(path).isIn(200, 400, 404);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    private long idOf(String title) {
        return seminars.upcoming(null, null, null).stream().filter(s -> s.title().equals(title)).findFirst()
                .orElseThrow().id();
    }

    private void assertNotFoundProblem(HttpResponse<String> response, long id) {
        JsonNode problem = assertProblem(response, 404);
        assertThat(problem.get("detail").asString()).contains(String.valueOf(id));
        assertThat(problem.get("instance").asString()).isEqualTo("/api/seminars/" + id);
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    private static String offsetOf(JsonNode seminar) {
        return OffsetDateTime.parse(seminar.get("start").asString()).getOffset().getId();
    }

    private static JsonNode byTitle(JsonNode list, String title) {
        for (JsonNode seminar : list) {
            if (seminar.get("title").asString().equals(title)) {
                return seminar;
            }
        }
        throw new AssertionError("Not in the list: " + title);
    }

    private static List<String> titles(JsonNode list) {
        return list.findValuesAsString("title");
    }
}
