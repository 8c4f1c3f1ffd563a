package org.npmportal.registration.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.npmportal.base.i18n.Messages;
import org.npmportal.registration.LinkOutcome;
import org.npmportal.registration.LinkResult;
import org.npmportal.registration.ParticipantView;
import org.npmportal.registration.RegistrationService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Confirms an address from the link in the first mail, for clients that cannot press the button on
 * {@code /registration/confirm/{token}}: it does exactly what that button does. It is a POST with the token
 * in a JSON body ({@code {"token": "..."}}), never a GET, so a mail scanner that opens links confirms
 * nothing, and the token stays out of URLs and access logs. Confirming twice is harmless: the second answer
 * is {@code 200} with {@code ALREADY_DONE} and the registration as it stands. A link the portal never sent
 * is {@code 404}, an expired one {@code 410}, a seminar that no longer takes participants {@code 409}; errors
 * are problem details in the client's language ({@link RegistrationApiProblems}). Limited per client address
 * like registering.
 */
@RestController
class ConfirmationApiController {

    static final String PATH = "/api/registrations/confirmations";

    private final RegistrationService registrations;
    private final Messages messages;

    ConfirmationApiController(RegistrationService registrations, Messages messages) {
        this.registrations = registrations;
        this.messages = messages;
    }

    @PostMapping(PATH)
    ResponseEntity<ConfirmationAnswer> confirm(HttpServletRequest request, Locale locale) {
        byte[] body = RegistrationApiController.body(request);
        if (!RegistrationApiController.isJson(request.getContentType())) {
            throw new UnsupportedContentTypeException();
        }
        String token = ConfirmationJson.token(body);
        LinkResult result = registrations.confirm(token, request.getRemoteAddr());
        if (result.registration().isEmpty()) {
            throw new ConfirmationRefusedException(LinkOutcome.INVALID);
        }
        ParticipantView registration = result.registration().get();
        String message = switch (result.outcome()) {
            case DONE -> messages.get(locale, "registrationPublic.confirm.done." + registration.status().name(),
                    registration.placeInQueue());
            case ALREADY_DONE -> messages.get(locale, "registrationPublic.confirm.already");
            default -> throw new ConfirmationRefusedException(result.outcome());
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new ConfirmationAnswer(
                result.outcome().name(), registration.status().name(), registration.placeInQueue(), message));
    }
}
