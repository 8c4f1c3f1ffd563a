package org.npmportal.registration;

import org.npmportal.base.UserFacingException;

/** No published seminar has this id (the API answers 404). */
public class SeminarUnavailableException extends UserFacingException {

    public SeminarUnavailableException() {
        super("registration.seminarUnavailable");
    }
}
