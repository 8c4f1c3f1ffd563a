package org.npmportal.seminar.api;

/** A query parameter that parses but makes no sense, named so that the client can fix it. */
class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String messageKey;

    InvalidParameterException(String parameter, String messageKey) {
        super("Invalid parameter " + parameter);
        this.parameter = parameter;
        this.messageKey = messageKey;
    }

    String parameter() {
        return parameter;
    }

    String messageKey() {
        return messageKey;
    }
}
