package org.npmportal.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.npmportal.registration.LinkOutcome;
import org.npmportal.registration.ParticipantView;
import org.npmportal.registration.RegistrationLinks;
import org.npmportal.registration.RegistrationService;
import org.npmportal.registration.RegistrationStatus;
import org.npmportal.registration.TokenPurpose;

/** The link in the mail that offers a freed seat to the next person on the waitlist, while the offer lasts. */
@Route(value = RegistrationLinks.CLAIM_ROUTE + "/:" + LinkPage.TOKEN, autoLayout = false)
@AnonymousAllowed
class ClaimSeatView extends LinkPage {

    final Button claim = new Button();

    ClaimSeatView(RegistrationService registrations) {
        super(registrations, TokenPurpose.CLAIM, "registrationPublic.claim.title");
        claim.setText(getTranslation("registrationPublic.claim.button"));
        claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        claim.setDisableOnClick(true);
        claim.setId("claim");
        claim.addClickListener(click -> answer(registrations.claim(token),
                done -> getTranslation("registrationPublic.claim.done"), "registrationPublic.claim.already",
                "registrationPublic.claim.unavailable"));
    }

    @Override
    void show(LinkOutcome state, ParticipantView registration) {
        start(registration);
        if (state == LinkOutcome.DONE && registration.status() == RegistrationStatus.OFFERED
                && registration.offerExpiresAt() != null) {
            claim.setEnabled(true);
            content.add(new Paragraph(getTranslation("registrationPublic.claim.intro",
                    moment(registration.offerExpiresAt(), registration.zone()))), claim);
        } else {
            outcome.setText(getTranslation(registration.status() == RegistrationStatus.CONFIRMED
                    ? "registrationPublic.claim.already" : "registrationPublic.claim.notOffered"));
            content.add(statusLine(registration));
        }
    }
}
