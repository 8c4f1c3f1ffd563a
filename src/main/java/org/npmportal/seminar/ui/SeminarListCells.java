package org.npmportal.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.npmportal.seminar.SeminarStatus;
import org.npmportal.seminar.SeminarSummary;

/** How the seminar list and calendar show a seminar's dates, place and status. */
final class SeminarListCells {

    private SeminarListCells() {
    }

    /**
     * Start and end in the seminar's own time zone, for example "19 нояб. 2013 г., 09:30 – 20 нояб.
     * 2013 г., 16:30 (Asia/Almaty)"; the end date is left out when the seminar ends on the day it starts.
     */
    static String dates(SeminarSummary seminar, Locale locale) {
        if (seminar.startsAt() == null) {
            return "";
        }
        var dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        var text = new StringBuilder(dateTime.format(seminar.startsAt()));
        LocalDateTime end = seminar.endsAt();
        if (end != null) {
            text.append(" – ").append(end.toLocalDate().equals(seminar.startsAt().toLocalDate())
                    ? time(end, locale) : dateTime.format(end));
        }
        if (seminar.timeZone() != null) {
            text.append(" (").append(seminar.timeZone()).append(')');
        }
        return text.toString();
    }

    static String time(LocalDateTime value, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(value);
    }

    /** The city, and the region when it is not just the city's own name again. */
    static String place(SeminarSummary seminar, Locale locale) {
        String city = seminar.city() == null ? "" : seminar.city();
        if (seminar.region() == null) {
            return city;
        }
        String region = seminar.region().name(locale);
        if (city.isEmpty()) {
            return region;
        }
        return city.equalsIgnoreCase(region) ? city : city + ", " + region;
    }

    static String seats(SeminarSummary seminar) {
        return seminar.seatsTaken() + " / " + (seminar.capacity() == null ? "–" : seminar.capacity());
    }

    /** A small coloured label with the translated status. */
    static Span statusBadge(SeminarStatus status, Component translator) {
        var badge = new Span(translator.getTranslation("seminar.status." + status.name()));
        badge.addClassNames("seminar-status", statusClass(status));
        return badge;
    }

    /** The CSS class that gives a status its colour, in the list and the calendar alike. */
    static String statusClass(SeminarStatus status) {
        return "seminar-status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
