package org.npmportal.seminar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npmportal.seminar.api.SeminarCalendarWriterTest.parse;
import static org.npmportal.seminar.api.SeminarCalendarWriterTest.value;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.seminar.SeminarService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The iCalendar feed and single-seminar files over real HTTP, read back with ical4j as a calendar
 * program reads them. The test itself is the organiser who publishes a seminar with a Kazakh title.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@WithUserDetails("organiser")
class SeminarCalendarApiTest {

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
    void the_feed_has_a_kazakh_seminar_at_its_local_time_with_a_stable_uid_and_its_time_zone() throws Exception {
        String title = TestSeminars.kazakhTitle();
        long id = TestSeminars.publish(seminars, TestSeminars.draft(title, 18));
        LocalDate day1 = LocalDate.now(TestSeminars.ALMATY).plusDays(18);

        HttpResponse<String> first = api.get("/api/seminars.ics");
        HttpResponse<String> second = api.get("/api/seminars.ics");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).contains("text/calendar;charset=UTF-8");
        assertWellFormed(first.body());
        Calendar calendar = parse(first.body());
        VEvent event = event(calendar, "seminar-" + id + "@localhost");
        assertThat(value(event, Property.SUMMARY)).isEqualTo(title);
        assertThat(value(event, Property.LOCATION)).isEqualTo("Әділет үйі, 2-зал, Тәуке хан даңғылы, 5, Шымкент");
        assertThat(value(event, Property.URL)).isEqualTo(baseUrl + "/catalogue/" + id);
        assertThat(value(event, Property.DESCRIPTION)).startsWith("Екі күндік семинар; құқық қорғау")
                .contains("\nSecond line, with a comma.").endsWith(baseUrl + "/catalogue/" + id);
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.DTSTAMP)).endsWith("Z");
        DtStart<Temporal> start = event.<Temporal>getStartDate().orElseThrow();
        assertThat(start.<TzId>getParameter("TZID").map(TzId::getValue)).contains("Asia/Almaty");
        assertThat(ZonedDateTime.from(start.getDate()).toLocalDateTime()).isEqualTo(day1.atTime(10, 0));
        assertThat(first.body()).contains("DTSTART;TZID=Asia/Almaty:" + day1.toString().replace("-", "") + "T100000");
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE))
                .extracting(zone -> value(zone, Property.TZID)).containsExactly("Asia/Almaty");

        assertThat(uids(parse(second.body()))).isEqualTo(uids(calendar));
        assertThat(summaries(calendar)).contains("NPM basics for new monitors")
                .noneMatch(summary -> summary.startsWith("Implementing the National Preventive Mechanism"));
        assertThat(first.body()).doesNotContain("meet.example.org");
    }

    @Test
    void one_seminar_downloads_as_an_attachment_with_the_same_uid_as_in_the_feed() throws Exception {
        String title = TestSeminars.kazakhTitle();
        long id = TestSeminars.publish(seminars, TestSeminars.draft(title, 40));

        HttpResponse<String> response = api.get("/api/seminars/" + id + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/calendar;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"seminar-" + id + ".ics\"");
        assertWellFormed(response.body());
        Calendar calendar = parse(response.body());
        assertThat(uids(calendar)).containsExactly("seminar-" + id + "@localhost");
        assertThat(uids(parse(api.get("/api/seminars.ics").body()))).contains("seminar-" + id + "@localhost");
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(value(event, Property.SUMMARY)).isEqualTo(title);
        LocalDateTime end = ZonedDateTime.from(event.<Temporal>getEndDate().orElseThrow().getDate()).toLocalDateTime();
        assertThat(end).isEqualTo(LocalDate.now(TestSeminars.ALMATY).plusDays(41).atTime(16, 0));
    }

    @Test
    void a_draft_has_no_calendar_file_and_a_bad_id_is_named() {
        long id = seminars.save(TestSeminars.draft("Draft " + TestSeminars.kazakhTitle(), 30)).getId();

        HttpResponse<String> draft = api.get("/api/seminars/" + id + ".ics", "Accept", "text/calendar");
        assertThat(draft.statusCode()).isEqualTo(404);
        assertThat(draft.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(PublicApiClient.json(draft).get("status").asInt()).isEqualTo(404);

        HttpResponse<String> notANumber = api.get("/api/seminars/abc.ics");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(PublicApiClient.json(notANumber).get("parameter").asString()).isEqualTo("id");
    }

    /** CRLF after every line, nothing longer than 75 octets, continuation lines starting with a space. */
    private static void assertWellFormed(String body) {
        assertThat(body).endsWith("\r\n");
        assertThat(body.replace("\r\n", "")).doesNotContain("\r", "\n");
        List<String> lines = Arrays.asList(body.split("\r\n"));
        assertThat(lines).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> value(event, Property.UID).equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("No event " + uid));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream().map(e -> value(e, Property.UID)).toList();
    }

    private static List<String> summaries(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream().map(e -> value(e, Property.SUMMARY)).toList();
    }
}
