package org.npmportal.registration;

import java.time.LocalDate;

/**
 * A seminar a person attended, as other features show it in the person's record (the selection commission
 * sees it next to a candidate).
 *
 * @param firstDay     the first day, in the seminar's own time zone
 * @param lastDay      the last day, in the seminar's own time zone
 * @param days         how many days the seminar had
 * @param daysAttended on how many of them the person was marked present at check-in
 * @param certificate  whether the person got an attendance certificate
 */
public record SeminarAttended(long seminarId, String title, LocalDate firstDay, LocalDate lastDay, String city,
        int days, int daysAttended, boolean certificate) {
}
