package org.npmportal.registration.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.directory.DirectoryService;
import org.npmportal.registration.RegistrationClosedException;
import org.npmportal.registration.RegistrationRequest;
import org.npmportal.registration.RegistrationService;
import org.npmportal.registration.SeminarUnavailableException;
import org.npmportal.seminar.PublicSeminar;
import org.npmportal.seminar.ui.PublicHeader;
import org.npmportal.seminar.ui.PublicTexts;

/**
 * What the two form pages share: the seminar at the top, then the form, or a note that registration is
 * not open. After sending, everyone reads the same sentence, whether they were registered before or not.
 */
abstract class RegistrationPage extends Div implements HasDynamicTitle {

    final Main content = new Main();
    final RegistrationForm form;
    /** The answer to the form: the neutral "check your inbox", or why nothing could be done. */
    final Paragraph outcome = new Paragraph();

    private final RegistrationService registrations;
    private long seminarId;
    private String title = "";

    RegistrationPage(RegistrationService registrations, DirectoryService directory) {
        this.registrations = registrations;
        this.form = new RegistrationForm(directory.regions());
        addClassName("public-page");
        content.addClassName("public-main");
        outcome.addClassName("registration-outcome");
        outcome.setId("registration-outcome");
        // Read out by screen readers when it changes.
        outcome.getElement().setAttribute("role", "status");
        outcome.getElement().setAttribute("aria-live", "polite");
        form.addSubmitListener(submitted -> submit(submitted.request()));
        add(new PublicHeader(), content);
    }

    /** Shows the seminar and, while it takes registrations, the form filled in with these values. */
    void show(PublicSeminar seminar, RegistrationFormData values, String introKey) {
        seminarId = seminar.id();
        title = seminar.title();
        content.removeAll();
        outcome.setText("");
        var back = new Anchor("catalogue/" + seminar.id(), getTranslation("registrationPublic.backToSeminar"));
        back.addClassName("public-back");
        var when = new Paragraph(PublicTexts.span(seminar.start(), seminar.end(), getLocale()));
        when.addClassName("public-when");
        var zone = new Paragraph(getTranslation("registrationPublic.timeZone", seminar.zone().getId(),
                PublicTexts.offset(seminar.start())));
        zone.addClassName("public-zone");
        content.add(back, new H1(seminar.title()), when, zone,
                new H2(getTranslation("registrationPublic.form.heading")));
        if (!seminar.registrationOpen()) {
            outcome.setText(getTranslation("registrationPublic.form.closed"));
            content.add(outcome);
            return;
        }
        content.add(new Paragraph(getTranslation(introKey)));
        if (seminar.seatsLeft() == 0) {
            content.add(new Paragraph(getTranslation("registrationPublic.form.waitlist")));
        }
        form.fill(values);
        content.add(outcome, form);
    }

    private void submit(RegistrationRequest request) {
        try {
            registrations.register(seminarId, request, clientAddress());
        } catch (InvalidInputException invalid) {
            String rest = form.showProblems(invalid);
            outcome.setText(rest.isEmpty() ? getTranslation("registrationPublic.form.fix") : rest);
            return;
        } catch (RegistrationClosedException | SeminarUnavailableException closed) {
            outcome.setText(translate(closed));
            form.setVisible(false);
            return;
        } catch (UserFacingException refused) {
            // Too many attempts, for example: the input is kept so that the person can try again later.
            outcome.setText(translate(refused));
            form.allowRetry();
            return;
        }
        String address = request.email() == null ? "" : request.email().strip();
        outcome.setText(getTranslation("registrationPublic.form.sent", address));
        form.setVisible(false);
    }

    private String translate(UserFacingException error) {
        return getTranslation(error.messageKey(), error.arguments());
    }

    /** The visitor's IP address, for the rate limit; behind a proxy only with forwarded headers trusted. */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        String register = getTranslation("registrationPublic.form.heading");
        return title.isEmpty() ? register + " – " + getTranslation("app.name") : register + ": " + title;
    }
}
