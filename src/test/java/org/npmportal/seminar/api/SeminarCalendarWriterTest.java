package org.npmportal.seminar.api;

import org.npmportal.base.BaseUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.npmportal.base.i18n.Language;
import org.npmportal.seminar.PublicSeminar;
import org.npmportal.seminar.SeminarFormat;
import org.npmportal.seminar.SeminarStatus;

/** The iCalendar text itself: folding, escaping, time zones, read back as a calendar program would. */
class SeminarCalendarWriterTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private final SeminarCalendarWriter writer = new SeminarCalendarWriter(new SeminarLinks(new BaseUrl("https://npm.example.kz/")));

    @Test
    void a_long_kazakh_line_is_folded_at_75_octets_without_splitting_a_character_and_unfolds_to_the_original() {
        String line = "SUMMARY:" + "Азаптауға қарсы ұлттық алдын алу тетігі: өңірлік семинар 🕊 ".repeat(5);

        String folded = SeminarCalendarWriter.fold(line);

        List<String> physical = Arrays.asList(folded.split("\r\n", -1));
        assertThat(physical).hasSizeGreaterThan(5);
        assertThat(physical).allSatisfy(part -> {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(part.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).as(part).isTrue();
        });
        assertThat(physical.subList(1, physical.size())).allSatisfy(part -> assertThat(part).startsWith(" "));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
    }

    @Test
    void a_line_of_exactly_75_octets_is_left_alone_and_one_more_octet_folds_it() {
        String exactly = "DESCRIPTION:" + "x".repeat(63);
        assertThat(SeminarCalendarWriter.fold(exactly)).isEqualTo(exactly);
        assertThat(SeminarCalendarWriter.fold(exactly + "ә")).isEqualTo(exactly + "\r\n ә");
    }

    @Test
    void an_escaped_comma_at_the_end_of_a_line_moves_to_the_next_line_with_its_backslash() {
        String line = "LOCATION:" + "x".repeat(65) + "\\,";
        assertThat(SeminarCalendarWriter.fold(line)).isEqualTo("LOCATION:" + "x".repeat(65) + "\r\n \\,");
    }

    @Test
    void text_escapes_backslashes_semicolons_commas_and_every_kind_of_line_break() {
        assertThat(SeminarCalendarWriter.escape("a\\b;c,d\r\ne\nf\rg"))
                .isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    }

    @Test
    void control_characters_are_dropped_and_tabs_and_cyrillic_kept() {
        assertThat(SeminarCalendarWriter.escape("Семинар\u0007\tҚазақ\u007f")).isEqualTo("Семинар\tҚазақ");
    }

    @Test
    void utc_offsets_are_written_with_sign_hours_minutes_and_seconds_only_when_needed() {
        assertThat(SeminarCalendarWriter.offset(ZoneOffset.ofHours(6))).isEqualTo("+0600");
        assertThat(SeminarCalendarWriter.offset(ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("-0330");
        assertThat(SeminarCalendarWriter.offset(ZoneOffset.UTC)).isEqualTo("+0000");
        assertThat(SeminarCalendarWriter.offset(ZoneOffset.ofHoursMinutesSeconds(5, 7, 48))).isEqualTo("+050748");
    }

    @Test
    void the_astana_seminar_of_2013_is_an_event_at_0930_almaty_time_that_ical4j_reads_back() throws Exception {
        var seminar = seminar(7, "Семинар: ҰАТ, Астана; 2013", ALMATY, LocalDateTime.of(2013, 11, 19, 9, 30),
                LocalDateTime.of(2013, 11, 20, 16, 30), SeminarFormat.IN_PERSON);

        String text = writer.write(List.of(seminar), null);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
        assertThat(text).contains("DTSTART;TZID=Asia/Almaty:20131119T093000\r\n",
                "DTEND;TZID=Asia/Almaty:20131120T163000\r\n", "DTSTAMP:20131101T061500Z\r\n",
                "UID:seminar-7@npm.example.kz\r\n", "SUMMARY:Семинар: ҰАТ\\, Астана\\; 2013\r\n");
        Calendar calendar = parse(text);
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("PUBLISH");
        assertThat(calendar.getProperty(Property.CALSCALE).map(Property::getValue)).contains("GREGORIAN");

        VTimeZone zone = calendar.<VTimeZone>getComponents(Component.VTIMEZONE).getFirst();
        assertThat(zone.getProperty(Property.TZID).map(Property::getValue)).contains("Asia/Almaty");
        assertThat(zone.getObservances()).allSatisfy(observance -> assertThat(observance.getName())
                .isEqualTo("STANDARD"));
        assertThat(zone.getObservances().getLast().getProperty(Property.TZOFFSETTO).map(Property::getValue))
                .contains("+0600");

        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).getFirst();
        DtStart<Temporal> start = event.<Temporal>getStartDate().orElseThrow();
        assertThat(start.<TzId>getParameter("TZID").map(TzId::getValue)).contains("Asia/Almaty");
        assertThat(ZonedDateTime.from(start.getDate()).toLocalDateTime()).isEqualTo(LocalDateTime.of(2013, 11, 19, 9, 30));
        assertThat(ZonedDateTime.from(start.getDate()).toInstant()).isEqualTo(Instant.parse("2013-11-19T03:30:00Z"));
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Семинар: ҰАТ, Астана; 2013");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Hotel conference hall, Kabanbay Batyr Ave 15, Astana");
        assertThat(value(event, Property.DESCRIPTION))
                .isEqualTo("Екі күн; two days, with \\ backslash\nSecond line\n\nhttps://npm.example.kz/catalogue/7");
        assertThat(value(event, Property.URL)).isEqualTo("https://npm.example.kz/catalogue/7");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void a_zone_with_summer_time_gets_standard_and_daylight_observances_covering_the_events() throws Exception {
        var berlin = ZoneId.of("Europe/Berlin");
        var summer = seminar(1, "Summer", berlin, LocalDateTime.of(2026, 7, 1, 9, 0),
                LocalDateTime.of(2026, 7, 1, 17, 0), SeminarFormat.IN_PERSON);
        var winter = seminar(2, "Winter", berlin, LocalDateTime.of(2026, 12, 1, 9, 0),
                LocalDateTime.of(2026, 12, 1, 17, 0), SeminarFormat.IN_PERSON);

        Calendar calendar = parse(writer.write(List.of(summer, winter), "Seminars"));

        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(zones.getFirst().getObservances()).extracting(Component::getName)
                .contains("STANDARD", "DAYLIGHT");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> ZonedDateTime.from(event.getStartDate().orElseThrow().getDate())
                .toInstant())
                .containsExactly(Instant.parse("2026-07-01T07:00:00Z"), Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("Seminars");
    }

    @Test
    void an_online_seminar_has_no_location_and_each_zone_one_definition() throws Exception {
        var online = seminar(3, "Online", ALMATY, LocalDateTime.of(2026, 9, 1, 10, 0),
                LocalDateTime.of(2026, 9, 1, 12, 0), SeminarFormat.ONLINE);
        var utc = seminar(4, "UTC", ZoneId.of("UTC"), LocalDateTime.of(2026, 9, 2, 10, 0),
                LocalDateTime.of(2026, 9, 2, 12, 0), SeminarFormat.IN_PERSON);
        var again = seminar(5, "Almaty again", ALMATY, LocalDateTime.of(2026, 10, 1, 10, 0),
                LocalDateTime.of(2026, 10, 1, 12, 0), SeminarFormat.IN_PERSON);

        Calendar calendar = parse(writer.write(List.of(online, utc, again), null));

        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE))
                .extracting(zone -> zone.getProperty(Property.TZID).map(Property::getValue).orElseThrow())
                .containsExactly("Asia/Almaty", "UTC");
        VEvent first = calendar.<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(first.getProperty(Property.LOCATION)).isEmpty();
    }

    private static PublicSeminar seminar(long id, String title, ZoneId zone, LocalDateTime start, LocalDateTime end,
            SeminarFormat format) {
        boolean online = format == SeminarFormat.ONLINE;
        return new PublicSeminar(id, title, "Екі күн; two days, with \\ backslash\r\nSecond line", "Topics",
                "Audience", Set.of(Language.RU, Language.KK), format, SeminarStatus.PUBLISHED,
                online ? null : "Astana", null, online ? null : "Hotel conference hall",
                online ? null : "Kabanbay Batyr Ave 15", zone, start.atZone(zone), end.atZone(zone), 60, 60, 0, true,
                "OSCE Centre in Astana", List.of(), List.of(), List.of(), Instant.parse("2013-11-01T06:15:00Z"));
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElseThrow();
    }
}
