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

/** The link in the first mail: confirms the address, which gives a seat, a waitlist place or a wait for approval. */
@Route(value = RegistrationLinks.CONFIRM_ROUTE + "/:" + LinkPage.TOKEN, autoLayout = false)
@AnonymousAllowed
class ConfirmRegistrationView extends LinkPage {

    final Button confirm = new Button();

    ConfirmRegistrationView(RegistrationService registrations) {
        super(registrations, TokenPurpose.CONFIRM, "registrationPublic.confirm.title");
        confirm.setText(getTranslation("registrationPublic.confirm.button"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.setId("confirm");
        confirm.addClickListener(click -> answer(registrations.confirm(token),
                done -> getTranslation("registrationPublic.confirm.done." + done.status().name(), done.placeInQueue()),
                "registrationPublic.confirm.already", "registrationPublic.confirm.unavailable"));
    }

    @Override
    void show(LinkOutcome state, ParticipantView registration) {
        start(registration);
        if (state == LinkOutcome.DONE && registration.status() == RegistrationStatus.PENDING) {
            confirm.setEnabled(true);
            content.add(new Paragraph(getTranslation("registrationPublic.confirm.intro")), confirm);
        } else {
            outcome.setText(getTranslation("registrationPublic.confirm.already"));
            content.add(statusLine(registration));
        }
    }
}
