package org.npmportal.seminar;

/**
 * Published inside the saving transaction when an organiser raises a seminar's capacity, so that
 * registration can offer the new seats to the waitlist in the same transaction.
 */
public record SeminarCapacityRaised(long seminarId) {
}
