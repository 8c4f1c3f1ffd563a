package org.npmportal.registration.api;

/** The body is not declared as JSON, so it is not parsed (415). */
class UnsupportedContentTypeException extends RuntimeException {

    UnsupportedContentTypeException() {
        super("Request body is not application/json");
    }
}
