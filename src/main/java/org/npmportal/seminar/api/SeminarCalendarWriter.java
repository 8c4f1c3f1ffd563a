package org.npmportal.seminar.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.time.ZonedDateTime;
import org.npmportal.seminar.PublicSeminar;
import org.npmportal.seminar.Seminar;
import org.springframework.stereotype.Component;

/**
 * Writes published seminars as an iCalendar (RFC 5545) text: one event per seminar in the venue's time
 * zone, with a time-zone definition taken from the JDK's zone rules for each zone used, so that calendar
 * programs show the right local time whatever zone they are in.
 */
@Component
public class SeminarCalendarWriter {

    static final String PRODID = "-//NPM Portal//Seminars//EN";
    static final int MAX_LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** For zones without any transition, such as UTC: the observance then starts at the epoch. */
    private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

    private final SeminarLinks links;

    SeminarCalendarWriter(SeminarLinks links) {
        this.links = links;
    }

    /**
     * @param calendarName shown by calendar programs as the name of a subscribed feed; {@code null}
     *                     for a single seminar's file
     */
    public String write(List<PublicSeminar> seminars, String calendarName) {
        return calendar(seminars.stream().map(Event::of).toList(), calendarName);
    }

    /**
     * One seminar's file, from the seminar's own fields: an event needs nothing of its agenda, trainers or
     * partners, so none of them is read (this runs for every seat mail, under the seminar's lock).
     */
    public String write(Seminar seminar) {
        return calendar(List.of(Event.of(seminar)), null);
    }

    private String calendar(List<Event> seminars, String calendarName) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:" + PRODID);
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        if (calendarName != null) {
            lines.add("X-WR-CALNAME:" + escape(calendarName));
        }
        spansByZone(seminars).forEach((zone, span) -> timeZone(lines, zone, span[0], span[1]));
        seminars.forEach(seminar -> event(lines, seminar));
        lines.add("END:VCALENDAR");
        return lines.stream().map(SeminarCalendarWriter::fold).collect(Collectors.joining(CRLF, "", CRLF));
    }

    /** What an event shows of a seminar. */
    private record Event(long id, String title, String description, String venueName, String venueAddress,
            String city, ZoneId zone, ZonedDateTime start, ZonedDateTime end, Instant updatedAt) {

        static Event of(PublicSeminar s) {
            return new Event(s.id(), s.title(), s.description(), s.venueName(), s.venueAddress(), s.city(), s.zone(),
                    s.start(), s.end(), s.updatedAt());
        }

        static Event of(Seminar s) {
            ZoneId zone = s.zone();
            return new Event(s.getId(), s.getTitle(), s.getDescription(), s.getVenueName(), s.getVenueAddress(),
                    s.getCity(), zone, s.getStartsAt().atZone(zone), s.getEndsAt().atZone(zone), s.getUpdatedAt());
        }
    }

    private void event(List<String> lines, Event seminar) {
        String page = links.page(seminar.id());
        String zone = seminar.zone().getId();
        lines.add("BEGIN:VEVENT");
        lines.add("UID:seminar-" + seminar.id() + "@" + links.host());
        lines.add("DTSTAMP:" + UTC.format(seminar.updatedAt()));
        lines.add("LAST-MODIFIED:" + UTC.format(seminar.updatedAt()));
        lines.add("DTSTART;TZID=" + zone + ":" + LOCAL.format(seminar.start().toLocalDateTime()));
        lines.add("DTEND;TZID=" + zone + ":" + LOCAL.format(seminar.end().toLocalDateTime()));
        lines.add("SUMMARY:" + escape(seminar.title()));
        String description = seminar.description() == null || seminar.description().isBlank()
                ? page : seminar.description().strip() + "\n\n" + page;
        lines.add("DESCRIPTION:" + escape(description));
        String location = Stream.of(seminar.venueName(), seminar.venueAddress(), seminar.city())
                .filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", "));
        if (!location.isEmpty()) {
            lines.add("LOCATION:" + escape(location));
        }
        lines.add("URL:" + page);
        lines.add("STATUS:CONFIRMED");
        lines.add("END:VEVENT");
    }

    /** The first and last instant each zone has to cover, in the order the zones first appear. */
    private static Map<ZoneId, Instant[]> spansByZone(List<Event> seminars) {
        Map<ZoneId, Instant[]> spans = new LinkedHashMap<>();
        for (Event seminar : seminars) {
            Instant start = seminar.start().toInstant();
            Instant end = seminar.end().toInstant();
            spans.merge(seminar.zone(), new Instant[] {start, end}, (known, added) -> new Instant[] {
                    known[0].isBefore(added[0]) ? known[0] : added[0],
                    known[1].isAfter(added[1]) ? known[1] : added[1]});
        }
        return spans;
    }

    /**
     * A VTIMEZONE with one observance per offset change from the one in force at {@code from} up to
     * {@code to}. Each observance has a single onset and no RRULE: the events span a few years at most,
     * and single onsets stay right when a country changes its rules.
     */
    static void timeZone(List<String> lines, ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        ZoneOffsetTransition first = rules.previousTransition(from.plusSeconds(1));
        if (first == null) {
            ZoneOffset offset = rules.getOffset(from);
            observance(lines, "STANDARD", EPOCH, offset, offset);
        } else {
            if (rules.isDaylightSavings(first.getInstant())) {
                // Start with the standard time before the summer the events fall into.
                ZoneOffsetTransition standard = rules.previousTransition(first.getInstant());
                first = standard == null ? first : standard;
            }
            for (ZoneOffsetTransition transition = first;
                    transition != null && !transition.getInstant().isAfter(to);
                    transition = rules.nextTransition(transition.getInstant())) {
                observance(lines, rules.isDaylightSavings(transition.getInstant()) ? "DAYLIGHT" : "STANDARD",
                        transition.getDateTimeBefore(), transition.getOffsetBefore(), transition.getOffsetAfter());
            }
        }
        lines.add("END:VTIMEZONE");
    }

    private static void observance(List<String> lines, String kind, LocalDateTime onset, ZoneOffset before,
            ZoneOffset after) {
        lines.add("BEGIN:" + kind);
        lines.add("DTSTART:" + LOCAL.format(onset));
        lines.add("TZOFFSETFROM:" + offset(before));
        lines.add("TZOFFSETTO:" + offset(after));
        lines.add("END:" + kind);
    }

    /** An RFC 5545 UTC offset: {@code +0600}, with seconds only when there are any. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int absolute = Math.abs(total);
        String text = String.format("%s%02d%02d", total < 0 ? "-" : "+", absolute / 3600, absolute / 60 % 60);
        return absolute % 60 == 0 ? text : text + String.format("%02d", absolute % 60);
    }

    /**
     * Escapes a TEXT value: backslash, semicolon and comma get a backslash, every line break becomes
     * {@code \n}, and other control characters, which TEXT may not contain, are dropped.
     */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c == '\t' || (c >= 0x20 && c != 0x7f)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Folds a content line so that no physical line is longer than 75 octets of UTF-8 (the leading space
     * of a continuation counts), breaking only between characters, never inside one, and never inside
     * an escape such as {@code \,}, which RFC 5545 would allow but some calendar programs misread.
     */
    static String fold(String line) {
        var out = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int end = i + Character.charCount(codePoint);
            int size = utf8Length(codePoint);
            if (codePoint == '\\' && end < line.length()) {
                int escaped = line.codePointAt(end);
                end += Character.charCount(escaped);
                size += utf8Length(escaped);
            }
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(line, i, end);
            octets += size;
            i = end;
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
