package org.npmportal.registration;

/**
 * A seminar's registrations as seat decisions see them: those holding a seat (confirmed or offered one), those
 * waiting, and the highest waitlist number ever given (numbers are never reused, so the queue keeps its order).
 */
record SeatCounts(long seats, long waiting, int lastWaitlistNumber) {
}
