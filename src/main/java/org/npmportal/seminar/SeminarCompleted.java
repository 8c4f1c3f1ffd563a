package org.npmportal.seminar;

/** Published inside the completing transaction, so that registration can issue attendance certificates. */
public record SeminarCompleted(long seminarId) {
}
