package org.npmportal.registration.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.i18n.Messages;
import org.npmportal.registration.RegistrationService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration for partner websites: the same as the portal's form, without sign-in. The answer is
 * {@code 202 Accepted} whether the person is new, already registered or a robot that filled in the
 * honeypot, so the API reveals nothing about who is registered; the mail tells the person what comes next.
 * Errors are RFC 9457 problem details in the client's language ({@link RegistrationApiProblems}).
 *
 * <p>The body is read here rather than by a message converter, so that a body over
 * {@link #MAX_BODY_BYTES} is refused before anything parses it. Neither the body nor the invitation
 * token is ever logged: the body is personal data.
 */
@RestController
@RequestMapping("/api")
class RegistrationApiController {

    /** A registration with every field at its maximum is under 8 KB of UTF-8; twice that is generous. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    private final RegistrationService registrations;
    private final Messages messages;

    private static final Pattern SEMINAR_ID = Pattern.compile("[0-9]{1,18}");

    RegistrationApiController(RegistrationService registrations, Messages messages) {
        this.registrations = registrations;
        this.messages = messages;
    }

    @PostMapping("/seminars/{id}/registrations")
    ResponseEntity<RegistrationAccepted> register(@PathVariable String id, HttpServletRequest request,
            Locale locale) {
        long seminar = seminarId(id);
        byte[] body = body(request);
        if (!isJson(request.getContentType())) {
            throw new UnsupportedContentTypeException();
        }
        registrations.register(seminar, RegistrationJson.read(body), request.getRemoteAddr());
        return ResponseEntity.accepted().contentType(MediaType.APPLICATION_JSON)
                .body(new RegistrationAccepted(RegistrationAccepted.CHECK_EMAIL,
                        messages.get(locale, "registrationApi.accepted")));
    }

    /**
     * A seminar id is plain decimal digits. Spring's own conversion to {@code long} would also read
     * {@code 0x10} or {@code #10} as seminar 16, so a mistyped or probing address could register someone
     * for a seminar they never named (found by PublicApiFuzzContract).
     */
    private static long seminarId(String id) {
        if (!SEMINAR_ID.matcher(id).matches()) {
            throw new InvalidInputException("id", "registrationApi.field.id");
        }
        return Long.parseLong(id);
    }

    /** At most {@link #MAX_BODY_BYTES}, whether the client declared the length or sent it in chunks. */
    static byte[] body(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        byte[] body;
        try {
            body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidInputException(RegistrationJson.BODY, "registrationApi.body.unreadable");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        if (RegistrationJson.isBlank(body)) {
            throw new InvalidInputException(RegistrationJson.BODY, "registrationApi.body.missing");
        }
        return body;
    }

    /** {@code application/json} or a JSON-based type such as {@code application/merge-patch+json}, any charset. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equals("application")
                    && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
