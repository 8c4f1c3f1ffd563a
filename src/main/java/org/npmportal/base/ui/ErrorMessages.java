package org.npmportal.base.ui;

import java.util.Locale;
import org.npmportal.base.DatabaseOutage;
import org.npmportal.base.ErrorReference;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Turns any exception into a sentence in the user's language. Errors the user caused name the problem;
 * everything else is logged with a reference code and shown only as that code.
 */
@Component
public class ErrorMessages {

    private static final Logger log = LoggerFactory.getLogger(ErrorMessages.class);

    private final Messages messages;

    ErrorMessages(Messages messages) {
        this.messages = messages;
    }

    public String describe(Throwable error, Locale locale) {
        Throwable cause = rootUserCause(error);
        if (cause instanceof InvalidInputException invalid) {
            return invalid.problems().stream()
                    .map(problem -> messages.get(locale, problem.messageKey()))
                    .distinct()
                    .reduce((a, b) -> a + " " + b)
                    .orElse(messages.get(locale, "error.invalidInput"));
        }
        if (cause instanceof UserFacingException userError) {
            return messages.get(locale, userError.messageKey(), userError.arguments());
        }
        if (cause instanceof AccessDeniedException) {
            log.info("Access denied: {}", cause.getMessage());
            return messages.get(locale, "error.accessDenied");
        }
        if (cause instanceof OptimisticLockingFailureException) {
            return messages.get(locale, "error.concurrentChange");
        }
        if (cause instanceof PessimisticLockingFailureException || cause instanceof QueryTimeoutException) {
            log.warn("Busy: {}", cause.getClass().getSimpleName());
            return messages.get(locale, "error.busy");
        }
        String reference = ErrorReference.newCode();
        if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException) {
            // The cause is known and the same for every click until the database is back: no stack trace each time.
            log.warn("Database unavailable [ref {}]: {}", reference, DatabaseOutage.summary(error));
            return messages.get(locale, "error.unavailable", reference);
        }
        log.error("Unexpected error [ref {}]", reference, error);
        return messages.get(locale, "error.unexpected", reference);
    }

    private static Throwable rootUserCause(Throwable error) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (current instanceof UserFacingException || current instanceof AccessDeniedException
                    || current instanceof OptimisticLockingFailureException
                    || current instanceof PessimisticLockingFailureException
                    || current instanceof QueryTimeoutException
                    || current instanceof DataAccessResourceFailureException
                    || current instanceof CannotCreateTransactionException) {
                return current;
            }
            current = current.getCause();
        }
        return error;
    }
}
