package org.npmportal.registration.api;

import org.npmportal.base.InvalidInputException;
import tools.jackson.databind.JsonNode;

/** The confirmation's JSON body, {@code {"token": "..."}}, read as strictly as a registration. */
final class ConfirmationJson {

    static final String TOKEN = "token";

    private ConfirmationJson() {
    }

    /** @throws InvalidInputException naming the body, or the token when it is missing or not a string */
    static String token(byte[] body) {
        JsonNode token = RegistrationJson.object(body, "confirmationApi.body.notObject").get(TOKEN);
        if (token == null || token.isNull() || (token.isString() && token.stringValue().isBlank())) {
            throw new InvalidInputException(TOKEN, "confirmationApi.token.required");
        }
        if (!token.isString()) {
            throw new InvalidInputException(TOKEN, "registrationApi.field.text");
        }
        return token.stringValue().strip();
    }
}
