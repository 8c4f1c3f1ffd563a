package org.npmportal.funding;

import java.time.LocalDate;

/**
 * What a seminar cost, in one grant currency, and per attending participant (people with a seat who were
 * marked present on at least one day); perParticipant is null when nobody attended.
 */
public record SeminarCost(long seminarId, String title, String city, LocalDate firstDay, Money total, long attending,
        Money perParticipant) {
}
