package org.npmportal.registration.api;

/**
 * The answer to a confirmation that went through now or before.
 *
 * @param outcome      {@code DONE} when this request confirmed the address, {@code ALREADY_DONE} when an
 *                     earlier one did
 * @param status       the registration's status now: {@code CONFIRMED} (a seat), {@code WAITLISTED},
 *                     {@code AWAITING_APPROVAL}, or a later one
 * @param placeInQueue the place on the waitlist (1 = next to be offered a seat) when waitlisted, else 0
 * @param message      what happened, in the client's language
 */
record ConfirmationAnswer(String outcome, String status, int placeInQueue, String message) {
}
