package org.npmportal.seminar;

/**
 * Published when an organiser cancels a seminar, inside the cancelling transaction, so that the
 * registration feature can write its notification mails to the outbox in the same transaction.
 */
public record SeminarCancelled(long seminarId, String reason) {
}
