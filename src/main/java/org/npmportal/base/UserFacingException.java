package org.npmportal.base;

import java.util.Arrays;

/**
 * An error the user caused and can fix, such as a duplicate name or an action that the current state
 * does not allow. It carries a message key; nothing was changed. Errors the user cannot fix are
 * ordinary exceptions, logged with a reference code and shown as a generic message.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + messageKey + " " + Arrays.toString(arguments) + "]";
    }
}
