package org.npmportal.registration.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.npmportal.base.ErrorReference;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.RateLimitedException;
import org.npmportal.base.i18n.Messages;
import org.npmportal.registration.RegistrationClosedException;
import org.npmportal.registration.SeminarUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The errors of the registration API and of the certificate download as RFC 9457 problem details in
 * the client's language ({@code Accept-Language}). A 400 lists every bad field under {@code errors} as
 * {@code {"field", "message"}}, with {@code "body"} for the body as a whole and {@code "id"} for the
 * seminar id in the path; 404, 409, 413, 415 and 429 (with {@code Retry-After}) say what happened in
 * {@code detail}; the confirmation API adds 404 for a link the portal never sent, 410 for an expired one and
 * 409 for a seminar that no longer takes participants; anything unexpected is a 500 with only a reference
 * code, the stack trace going to the log.
 * Nothing here logs the request body or a token.
 */
@RestControllerAdvice(assignableTypes = {RegistrationApiController.class, ConfirmationApiController.class,
        CertificateDownloadController.class})
class RegistrationApiProblems {

    private static final Logger log = LoggerFactory.getLogger(RegistrationApiProblems.class);
    /** RFC 9457's type for problems that mean no more than their HTTP status; written out, not left implicit. */
    private static final URI BLANK = URI.create("about:blank");

    /** How long a client should wait after a 503 before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final Messages messages;

    RegistrationApiProblems(Messages messages) {
        this.messages = messages;
    }

    /** One bad field, with the message in the client's language. */
    record FieldError(String field, String message) {
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException error, HttpServletRequest request,
            Locale locale) {
        return invalid(error.problems().stream()
                .map(p -> new FieldError(RegistrationJson.jsonName(p.field()), messages.get(locale, p.messageKey())))
                .toList(), request, locale);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> idNotANumber(MethodArgumentTypeMismatchException error, HttpServletRequest request,
            Locale locale) {
        return invalid(List.of(new FieldError(error.getName(), messages.get(locale, "registrationApi.field.id"))),
                request, locale);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> seminarUnavailable(SeminarUnavailableException error, HttpServletRequest request,
            Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "registrationApi.problem.notFound.title", request, locale,
                messages.get(locale, error.messageKey()));
    }

    /** The same answer for every link that leads to no certificate, and never kept by a cache. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> noCertificate(CertificateNotFoundException error, HttpServletRequest request,
            Locale locale) {
        var response = problem(HttpStatus.NOT_FOUND, "registrationApi.problem.notFound.title", request, locale,
                messages.get(locale, "publicApi.certificate.notFound"));
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .cacheControl(CacheControl.noStore()).body(response.getBody());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> registrationClosed(RegistrationClosedException error, HttpServletRequest request,
            Locale locale) {
        return problem(HttpStatus.CONFLICT, "registrationApi.problem.closed.title", request, locale,
                messages.get(locale, error.messageKey()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> confirmationRefused(ConfirmationRefusedException error, HttpServletRequest request,
            Locale locale) {
        String key = "confirmationApi.problem." + error.outcome().name();
        HttpStatus status = switch (error.outcome()) {
            case EXPIRED -> HttpStatus.GONE;
            case SEMINAR_UNAVAILABLE -> HttpStatus.CONFLICT;
            default -> HttpStatus.NOT_FOUND;
        };
        return problem(status, key + ".title", request, locale, messages.get(locale, key + ".detail"));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException error, HttpServletRequest request, Locale locale) {
        var response = problem(HttpStatus.TOO_MANY_REQUESTS, "registrationApi.problem.rateLimited.title", request,
                locale, messages.get(locale, error.messageKey(), error.arguments()));
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(wholeSeconds(error.retryAfter())))
                .body(response.getBody());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLargeException error, HttpServletRequest request,
            Locale locale) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "registrationApi.problem.tooLarge.title", request, locale,
                messages.get(locale, "registrationApi.problem.tooLarge.detail",
                        RegistrationApiController.MAX_BODY_BYTES / 1024));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupportedContentType(UnsupportedContentTypeException error,
            HttpServletRequest request, Locale locale) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "registrationApi.problem.contentType.title", request,
                locale, messages.get(locale, "registrationApi.problem.contentType.detail"));
    }

    /**
     * The database is too busy to give the seminar's lock, or an answer, in time: nothing was stored, and the
     * client should simply try again, so 503 with a Retry-After rather than a 500. A database that cannot be
     * reached at all is answered before this, for every endpoint, by {@code base.DatabaseOutageProblems}.
     */
    @ExceptionHandler({PessimisticLockingFailureException.class, QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception error, HttpServletRequest request, Locale locale) {
        String reference = ErrorReference.newCode();
        log.warn("Registration API request {} could not be served now [ref {}]: {}", request.getRequestURI(),
                reference, error.getClass().getSimpleName());
        var response = problem(HttpStatus.SERVICE_UNAVAILABLE, "registrationApi.problem.unavailable.title", request,
                locale, messages.get(locale, prefix(request) + ".problem.unavailable.detail", reference));
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).body(response.getBody());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception error, HttpServletRequest request, Locale locale) {
        String reference = ErrorReference.newCode();
        log.error("Registration API request {} failed [ref {}]", request.getRequestURI(), reference, error);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "registrationApi.problem.unexpected.title", request, locale,
                messages.get(locale, "registrationApi.problem.unexpected.detail", reference));
    }

    private ResponseEntity<ProblemDetail> invalid(List<FieldError> errors, HttpServletRequest request,
            Locale locale) {
        var response = problem(HttpStatus.BAD_REQUEST, prefix(request) + ".problem.invalid.title", request, locale,
                messages.get(locale, prefix(request) + ".problem.invalid.detail"));
        response.getBody().setProperty("errors", errors);
        return response;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, HttpServletRequest request,
            Locale locale, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(BLANK);
        problem.setTitle(messages.get(locale, titleKey));
        problem.setInstance(instance(request));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The texts that name what was sent, a registration or a confirmation, differ by key prefix. */
    private static String prefix(HttpServletRequest request) {
        return ConfirmationApiController.PATH.equals(request.getRequestURI()) ? "confirmationApi" : "registrationApi";
    }

    /** {@code Retry-After} counts whole seconds; rounded up, so that a client that waits that long gets in. */
    private static long wholeSeconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
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
