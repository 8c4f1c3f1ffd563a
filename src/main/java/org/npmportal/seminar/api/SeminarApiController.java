package org.npmportal.seminar.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.npmportal.base.i18n.Messages;
import org.npmportal.seminar.PublicSeminar;
import org.npmportal.seminar.SeminarService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, read-only view of published seminars for partner websites and calendar programs: JSON
 * and iCalendar, without sign-in. Errors are RFC 9457 problem details ({@link SeminarApiProblems}).
 */
@RestController
@RequestMapping("/api")
class SeminarApiController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final SeminarService seminars;
    private final SeminarLinks links;
    private final SeminarCalendarWriter calendar;
    private final Messages messages;

    SeminarApiController(SeminarService seminars, SeminarLinks links, SeminarCalendarWriter calendar,
            Messages messages) {
        this.seminars = seminars;
        this.links = links;
        this.calendar = calendar;
        this.messages = messages;
    }

    /** Upcoming published seminars, optionally in one city and overlapping a range of dates. */
    @GetMapping("/seminars")
    List<SeminarItem> list(@RequestParam(required = false) String city,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        return upcoming(city, from, to).stream().map(s -> SeminarItem.of(s, links, locale)).toList();
    }

    @GetMapping("/seminars/{id}")
    SeminarDetails one(@PathVariable long id, Locale locale) {
        return SeminarDetails.of(published(id), links, locale);
    }

    @GetMapping("/seminars.ics")
    ResponseEntity<byte[]> feed(Locale locale) {
        String text = calendar.write(seminars.upcoming(null, null, null), messages.get(locale, "api.calendar.name"));
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("seminars.ics").build().toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/seminars/{id}.ics")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        String text = calendar.write(List.of(published(id)), null);
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("seminar-" + id + ".ics").build().toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<PublicSeminar> upcoming(String city, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameterException("to", "api.problem.parameter.toBeforeFrom");
        }
        return seminars.upcoming(city, from, to);
    }

    private PublicSeminar published(long id) {
        return seminars.published(id).orElseThrow(() -> new SeminarNotPublishedException(id));
    }
}
