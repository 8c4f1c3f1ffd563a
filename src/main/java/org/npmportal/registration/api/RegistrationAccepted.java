package org.npmportal.registration.api;

/**
 * The answer to every accepted registration, new or repeated: a mail went to the address with what to
 * do next.
 *
 * @param nextStep always {@value #CHECK_EMAIL}, for partner websites that show their own text
 * @param message  the same in the client's language
 */
record RegistrationAccepted(String nextStep, String message) {

    static final String CHECK_EMAIL = "CHECK_EMAIL";
}
