package org.npmportal.registration;

/** What a link may do. Each token serves one purpose only. */
public enum TokenPurpose {
    /** Confirms the e-mail address; works once. */
    CONFIRM,
    /** Claims an offered seat; works once, until the offer expires. */
    CLAIM,
    /** Shows the registration, cancels it, and downloads the calendar entry and the certificate. */
    MANAGE
}
