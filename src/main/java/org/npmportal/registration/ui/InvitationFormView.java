package org.npmportal.registration.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.npmportal.directory.DirectoryService;
import org.npmportal.registration.InvitationDetails;
import org.npmportal.registration.RegistrationLinks;
import org.npmportal.registration.RegistrationService;
import org.npmportal.seminar.SeminarService;

/**
 * An invited person's personal link: the registration form with their name, address and language filled
 * in, which registers them as invited. A link that is unknown or out of time gets a friendly page.
 */
@Route(value = RegistrationLinks.INVITATION_ROUTE + "/:token", autoLayout = false)
@AnonymousAllowed
class InvitationFormView extends RegistrationPage implements BeforeEnterObserver {

    static final String TOKEN = "token";

    private final RegistrationService registrations;
    private final SeminarService seminars;

    InvitationFormView(RegistrationService registrations, DirectoryService directory, SeminarService seminars) {
        super(registrations, directory);
        this.registrations = registrations;
        this.seminars = seminars;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get(TOKEN).orElse(null);
        var invitation = registrations.invitation(token);
        var seminar = invitation.map(InvitationDetails::seminarId).flatMap(seminars::published);
        if (seminar.isEmpty()) {
            showInvalid();
            return;
        }
        show(seminar.get(), values(invitation.get(), token), "registrationPublic.invitation.intro");
    }

    private void showInvalid() {
        content.removeAll();
        var catalogue = new Anchor("catalogue", getTranslation("registrationPublic.catalogue"));
        catalogue.setId("catalogue-link");
        content.add(new H1(getTranslation("registrationPublic.invitation.invalid.title")),
                new Paragraph(getTranslation("registrationPublic.invitation.invalid.text")), new Paragraph(catalogue));
    }

    private static RegistrationFormData values(InvitationDetails invitation, String token) {
        var values = new RegistrationFormData(invitation.language());
        values.setFullName(invitation.fullName());
        values.setEmail(invitation.email());
        values.setInvitationToken(token);
        return values;
    }
}
