package org.npmportal.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.npmportal.registration.LinkOutcome;
import org.npmportal.registration.ParticipantView;
import org.npmportal.registration.RegistrationLinks;
import org.npmportal.registration.RegistrationService;
import org.npmportal.registration.RegistrationStatus;
import org.npmportal.registration.TokenPurpose;
import org.npmportal.seminar.SeminarStatus;

/**
 * A participant's own page, behind the link at the foot of every mail: where they stand, when and where
 * the seminar is, the calendar file and the certificate, and cancelling while that is still possible.
 */
@Route(value = RegistrationLinks.MANAGE_ROUTE + "/:" + LinkPage.TOKEN, autoLayout = false)
@AnonymousAllowed
class ManageRegistrationView extends LinkPage {

    final Anchor meetingLink = new Anchor();
    final Anchor calendarFile = new Anchor();
    final Anchor certificate = new Anchor();
    final Button cancel = new Button();
    final ConfirmDialog cancelDialog = new ConfirmDialog();

    ManageRegistrationView(RegistrationService registrations) {
        super(registrations, TokenPurpose.MANAGE, "registrationPublic.manage.title");
        meetingLink.setText(getTranslation("registrationPublic.manage.meetingLink"));
        meetingLink.setTarget(AnchorTarget.BLANK);
        // The address of this page holds the token; the meeting's host must not get it as the referrer.
        meetingLink.getElement().setAttribute("rel", "noopener noreferrer");
        meetingLink.setId("meeting-link");
        calendarFile.setText(getTranslation("registrationPublic.manage.calendar"));
        calendarFile.setRouterIgnore(true);
        calendarFile.setId("calendar-file");
        certificate.setText(getTranslation("registrationPublic.manage.certificate"));
        certificate.setRouterIgnore(true);
        certificate.setId("certificate");

        cancel.setText(getTranslation("registrationPublic.manage.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setId("cancel-registration");
        cancel.addClickListener(click -> cancelDialog.open());
        cancelDialog.setHeader(getTranslation("registrationPublic.manage.cancel.title"));
        cancelDialog.setText(getTranslation("registrationPublic.manage.cancel.text"));
        cancelDialog.setConfirmText(getTranslation("registrationPublic.manage.cancel.confirm"));
        cancelDialog.setConfirmButtonTheme("error primary");
        cancelDialog.setCancelable(true);
        cancelDialog.setCancelText(getTranslation("registrationPublic.manage.cancel.keep"));
        cancelDialog.addConfirmListener(confirmed -> answer(registrations.cancel(token),
                done -> getTranslation("registrationPublic.manage.cancelled"),
                "registrationPublic.manage.cancel.already", "registrationPublic.manage.cancel.tooLate"));
    }

    @Override
    void show(LinkOutcome state, ParticipantView registration) {
        start(registration);
        content.add(statusLine(registration));
        if (registration.status() == RegistrationStatus.OFFERED && registration.offerExpiresAt() != null) {
            content.add(new Paragraph(getTranslation("registrationPublic.manage.offer",
                    moment(registration.offerExpiresAt(), registration.zone()))));
        }
        if (registration.decisionMessage() != null && !registration.decisionMessage().isBlank()) {
            content.add(new Paragraph(getTranslation("registrationPublic.manage.decision",
                    registration.decisionMessage())));
        }
        if (registration.seminarStatus() == SeminarStatus.CANCELLED) {
            content.add(new Paragraph(getTranslation("registrationPublic.manage.seminarCancelled")));
        } else if (registration.seminarStatus().isPublic() && (registration.status() == RegistrationStatus.CANCELLED
                || registration.status() == RegistrationStatus.EXPIRED)) {
            // Registering again starts afresh on the same registration; the form says whether it is still open.
            content.add(new Paragraph(registerAgain(registration)));
        }
        var links = new UnorderedList();
        links.addClassName("registration-links");
        if (registration.meetingUrl() != null) {
            meetingLink.setHref(registration.meetingUrl());
            links.add(new ListItem(meetingLink));
        }
        if (registration.status().isActive() && registration.seminarStatus().isPublic()) {
            calendarFile.setHref("api/seminars/" + registration.seminarId() + ".ics");
            links.add(new ListItem(calendarFile));
        }
        if (registration.hasCertificate()) {
            // Relative to the page, like every other link here; the path itself is the core's.
            certificate.setHref(RegistrationLinks.DOWNLOAD_PATH.substring(1) + token + "/certificate.pdf");
            links.add(new ListItem(certificate));
        }
        if (links.getComponentCount() > 0) {
            content.add(links);
        }
        if (registration.canCancel()) {
            var box = new Div();
            box.addClassName("registration-actions");
            if (registration.cancelDeadline() != null) {
                box.add(new Paragraph(getTranslation("registrationPublic.manage.cancelUntil",
                        moment(registration.cancelDeadline(), registration.zone()))));
            }
            box.add(cancel);
            content.add(box);
        }
    }
}
