package org.npmportal.registration;

/** A link's stored token and the seminar of its registration: what following the link needs before it queues. */
record LinkTarget(RegistrationToken token, long seminarId) {
}
