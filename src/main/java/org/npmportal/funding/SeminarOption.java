package org.npmportal.funding;

import java.time.LocalDate;

/** A seminar an expenditure may have paid for. */
public record SeminarOption(long id, String title, String city, LocalDate firstDay) {
}
