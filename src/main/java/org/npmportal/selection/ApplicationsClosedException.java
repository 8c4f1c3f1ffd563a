package org.npmportal.selection;

import org.npmportal.base.UserFacingException;

/** The round does not take applications now (not open yet, closed, or past the application window). */
public class ApplicationsClosedException extends UserFacingException {

    ApplicationsClosedException() {
        super("selection.application.closed");
    }
}
