package org.npmportal.registration.api;

/** No certificate behind this link: the link is wrong or expired, or there is no certificate yet (404). */
class CertificateNotFoundException extends RuntimeException {

    CertificateNotFoundException() {
        super("No certificate for this link");
    }
}
