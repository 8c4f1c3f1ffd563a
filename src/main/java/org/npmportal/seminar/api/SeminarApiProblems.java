package org.npmportal.seminar.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.temporal.Temporal;
import java.util.Locale;
import org.npmportal.base.ErrorReference;
import org.npmportal.base.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the API's errors into RFC 9457 problem details in the client's language
 * ({@code Accept-Language}): 404 for seminars the public may not see, 400 naming the bad parameter,
 * and for anything unexpected a 500 with only a reference code, the stack trace going to the log.
 */
@RestControllerAdvice(assignableTypes = SeminarApiController.class)
class SeminarApiProblems {

    private static final Logger log = LoggerFactory.getLogger(SeminarApiProblems.class);
    /** RFC 9457's type for problems that mean no more than their HTTP status; written out, not left implicit. */
    private static final URI BLANK = URI.create("about:blank");

    private final Messages messages;

    SeminarApiProblems(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notPublished(SeminarNotPublishedException error, HttpServletRequest request,
            Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "api.problem.notFound.title", request, locale,
                messages.get(locale, "api.problem.notFound.detail", String.valueOf(error.id())));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException error, HttpServletRequest request,
            Locale locale) {
        Class<?> type = error.getRequiredType();
        String key;
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            key = "api.problem.parameter.date";
        } else if (type != null && (Number.class.isAssignableFrom(type) || type == long.class || type == int.class)) {
            key = "api.problem.parameter.number";
        } else {
            key = "api.problem.parameter.invalid";
        }
        return badParameter(error.getName(), key, request, locale);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException error, HttpServletRequest request,
            Locale locale) {
        return badParameter(error.parameter(), error.messageKey(), request, locale);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception error, HttpServletRequest request, Locale locale) {
        if (error instanceof ErrorResponse springError) {
            // Spring's own protocol errors (method not allowed, not acceptable …) keep their status.
            ProblemDetail body = springError.getBody();
            if (body.getType() == null) {
                body.setType(BLANK);
            }
            body.setInstance(instance(request));
            return ResponseEntity.status(springError.getStatusCode())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        String reference = ErrorReference.newCode();
        log.error("API request {} failed [ref {}]", request.getRequestURI(), reference, error);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.unexpected.title", request, locale,
                messages.get(locale, "api.problem.unexpected.detail", reference));
    }

    private ResponseEntity<ProblemDetail> badParameter(String parameter, String key, HttpServletRequest request,
            Locale locale) {
        var response = problem(HttpStatus.BAD_REQUEST, "api.problem.parameter.title", request, locale,
                messages.get(locale, key, parameter));
        response.getBody().setProperty("parameter", parameter);
        return response;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String titleKey, HttpServletRequest request,
            Locale locale, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(BLANK);
        problem.setTitle(messages.get(locale, titleKey));
        problem.setInstance(instance(request));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The request's path, or none when the client sent a path that is not a valid URI. */
    private static URI instance(HttpServletRequest request) {
        try {
            return new URI(request.getRequestURI());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
