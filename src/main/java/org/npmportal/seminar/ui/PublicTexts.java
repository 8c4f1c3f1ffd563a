package org.npmportal.seminar.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.npmportal.seminar.PublicSeminar;

/**
 * Texts the public pages share: dates and times as the reader's language writes them, and seats. The date
 * helpers are public for the registration pages, which show the same seminar times.
 */
public final class PublicTexts {

    private PublicTexts() {
    }

    /** "Seats left: 12 of 40", or, when the seminar is full, how many are on the waiting list. */
    static String seats(Component translator, PublicSeminar seminar) {
        return seminar.seatsLeft() > 0
                ? translator.getTranslation("catalogue.seats.left", seminar.seatsLeft(), seminar.capacity())
                : translator.getTranslation("catalogue.seats.full", seminar.waitlistLength());
    }

    /** "19 Nov 2013, 09:30 – 16:30", or with both dates when the seminar lasts several days. */
    public static String span(ZonedDateTime start, ZonedDateTime end, Locale locale) {
        var dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        String last = start.toLocalDate().equals(end.toLocalDate())
                ? time(end, locale) : dateTime.format(end);
        return dateTime.format(start) + " – " + last;
    }

    /** "09:30–10:00" */
    static String times(ZonedDateTime start, ZonedDateTime end, Locale locale) {
        return time(start, locale) + "–" + time(end, locale);
    }

    /** "Tuesday, 19 November 2013" */
    static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day);
    }

    /** "UTC+05:00"; UTC itself as "UTC+00:00", so that every zone reads the same way. */
    public static String offset(ZonedDateTime time) {
        ZoneOffset offset = time.getOffset();
        return "UTC" + (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
    }

    private static String time(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }
}
