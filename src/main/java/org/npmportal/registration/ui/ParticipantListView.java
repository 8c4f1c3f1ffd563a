package org.npmportal.registration.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.npmportal.base.ui.RouteNumbers;
import org.npmportal.registration.PublicParticipant;
import org.npmportal.registration.RegistrationService;
import org.npmportal.seminar.PublicSeminar;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.ui.PublicHeader;

/** A seminar's public list of participants: only people with a seat who agreed to be listed. */
@Route(value = "catalogue/:id/participants", autoLayout = false)
@AnonymousAllowed
class ParticipantListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    final Main content = new Main();
    final UnorderedList participants = new UnorderedList();

    private final RegistrationService registrations;
    private final SeminarService seminars;
    private String title = "";

    ParticipantListView(RegistrationService registrations, SeminarService seminars) {
        this.registrations = registrations;
        this.seminars = seminars;
        addClassName("public-page");
        content.addClassName("public-main");
        participants.addClassName("registration-participants");
        participants.setId("participants");
        add(new PublicHeader(), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var seminar = RouteNumbers.of(event, ID).flatMap(seminars::published);
        if (seminar.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(seminar.get());
    }

    private void show(PublicSeminar seminar) {
        title = seminar.title();
        content.removeAll();
        participants.removeAll();
        var back = new Anchor("catalogue/" + seminar.id(), getTranslation("registrationPublic.backToSeminar"));
        back.addClassName("public-back");
        content.add(back, new H1(getTranslation("registrationPublic.participants.title", seminar.title())),
                new Paragraph(getTranslation("registrationPublic.participants.intro")));
        var listed = registrations.publicParticipants(seminar.id());
        if (listed.isEmpty()) {
            content.add(new Paragraph(getTranslation("registrationPublic.participants.empty")));
            return;
        }
        listed.forEach(person -> participants.add(new ListItem(line(person))));
        content.add(participants);
    }

    private static String line(PublicParticipant person) {
        return person.organisation() == null ? person.fullName() : person.fullName() + ", " + person.organisation();
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("app.name")
                : getTranslation("registrationPublic.participants.title", title) + " – " + getTranslation("app.name");
    }
}
