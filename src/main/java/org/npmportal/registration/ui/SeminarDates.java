package org.npmportal.registration.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.npmportal.registration.SeminarOutline;

/** How the organisers' participant screens write a seminar's dates and days. */
final class SeminarDates {

    private SeminarDates() {
    }

    /** "19 Nov 2013, 09:30 – 20 Nov 2013, 16:30 (Asia/Almaty)"; the end date is left out for a one-day seminar. */
    static String span(SeminarOutline seminar, Locale locale) {
        if (seminar.startsAt() == null) {
            return "";
        }
        var dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        var text = new StringBuilder(dateTime.format(seminar.startsAt()));
        LocalDateTime end = seminar.endsAt();
        if (end != null) {
            text.append(" – ").append(end.toLocalDate().equals(seminar.startsAt().toLocalDate())
                    ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(end)
                    : dateTime.format(end));
        }
        return text.append(" (").append(seminar.zone().getId()).append(')').toString();
    }

    /** A seminar day with its weekday, such as "Tue, 19 Nov 2013". */
    static String day(LocalDate day, Locale locale) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + ", "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }
}
