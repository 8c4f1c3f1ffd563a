package org.npmportal.registration;

import java.time.LocalDate;

/**
 * A seminar someone attended: they had a seat and were marked present on at least one day.
 *
 * @param daysPresent days they were marked present
 * @param days        the seminar's days
 */
public record AttendedSeminar(long seminarId, String title, String city, LocalDate firstDay, LocalDate lastDay,
        int daysPresent, int days, String certificateNumber) {

    /** Present on every day, as an attendance certificate requires. */
    public boolean attendedEveryDay() {
        return daysPresent >= days;
    }
}
