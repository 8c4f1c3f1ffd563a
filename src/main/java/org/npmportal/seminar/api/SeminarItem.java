package org.npmportal.seminar.api;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.npmportal.directory.Region;
import org.npmportal.seminar.PublicSeminar;
import org.npmportal.seminar.SeminarFormat;

/**
 * A seminar in the public list. Start and end are ISO 8601 local times of the venue with their UTC
 * offset, such as {@code 2013-11-19T09:30:00+06:00}; {@code timeZone} names the venue's zone.
 */
public record SeminarItem(long id, String title, String city, RegionItem region, String start, String end,
        String timeZone, SeminarFormat format, int capacity, int seatsLeft, int waitlistLength,
        boolean registrationOpen, String url, String calendarUrl) {

    /** Always with seconds and offset, so that clients need not handle the shorter ISO forms. */
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    static SeminarItem of(PublicSeminar seminar, SeminarLinks links, Locale locale) {
        return new SeminarItem(seminar.id(), seminar.title(), seminar.city(), RegionItem.of(seminar.region(), locale),
                withOffset(seminar.start()), withOffset(seminar.end()), seminar.zone().getId(), seminar.format(),
                seminar.capacity(), seminar.seatsLeft(), seminar.waitlistLength(), seminar.registrationOpen(),
                links.page(seminar.id()), links.calendar(seminar.id()));
    }

    static String withOffset(ZonedDateTime time) {
        return WITH_OFFSET.format(time);
    }

    /** A region by its stable code, named in the language the client asked for. */
    public record RegionItem(String code, String name) {

        static RegionItem of(Region region, Locale locale) {
            return region == null ? null : new RegionItem(region.getCode(), region.name(locale));
        }
    }
}
