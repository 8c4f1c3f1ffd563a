package org.npmportal.base;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.npmportal.base.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every endpoint's answer while the database cannot be reached: 503 with {@code Retry-After} and RFC 9457
 * problem details in the client's language ({@code Accept-Language}), instead of a 500. Nothing was
 * stored, and the same request works once the database is back, without a restart (the connection pool
 * replaces broken connections by itself). It comes before the features' own error handlers, whose
 * catch-all would otherwise turn an outage into an internal error. One line per request goes to the log,
 * without a stack trace: the cause is known, and a trace per request would bury everything else.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageProblems {

    /** How long a client should wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageProblems.class);

    private final Messages messages;

    DatabaseOutageProblems(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception error, HttpServletRequest request, Locale locale) {
        String reference = ErrorReference.newCode();
        log.warn("Database unavailable for {} {} [ref {}]: {}", request.getMethod(), request.getRequestURI(),
                reference, DatabaseOutage.summary(error));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.get(locale, "faults.unavailable.detail", RETRY_AFTER_SECONDS, reference));
        problem.setType(URI.create("about:blank"));
        problem.setTitle(messages.get(locale, "faults.unavailable.title"));
        problem.setProperty("reference", reference);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
