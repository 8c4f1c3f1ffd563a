package org.npmportal.registration;

import org.npmportal.base.UserFacingException;

/** The seminar exists and is public, but does not take registrations now (the API answers 409). */
public class RegistrationClosedException extends UserFacingException {

    public RegistrationClosedException() {
        super("registration.closed");
    }
}
