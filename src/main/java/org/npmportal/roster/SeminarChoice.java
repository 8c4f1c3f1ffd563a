package org.npmportal.roster;

import java.time.LocalDate;
import org.npmportal.seminar.SeminarStatus;

/** A seminar as training requirements name it. */
public record SeminarChoice(long id, String title, String city, LocalDate firstDay, LocalDate lastDay,
        SeminarStatus status, boolean registrationOpen) {
}
