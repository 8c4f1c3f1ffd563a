package org.npmportal.registration.api;

/** The body is over {@link RegistrationApiController#MAX_BODY_BYTES}; it was not parsed (413). */
class BodyTooLargeException extends RuntimeException {

    BodyTooLargeException() {
        super("Request body over " + RegistrationApiController.MAX_BODY_BYTES + " bytes");
    }
}
