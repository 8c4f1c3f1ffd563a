package org.npmportal.registration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.npmportal.registration.LinkOutcome;
import org.npmportal.registration.LinkResult;
import org.npmportal.registration.ParticipantView;
import org.npmportal.registration.RegistrationService;
import org.npmportal.registration.TokenPurpose;
import org.npmportal.seminar.ui.PublicHeader;
import org.npmportal.seminar.ui.PublicTexts;

/**
 * A page behind a link from a participant's mail. Opening it only shows what the link is for: mail
 * scanners open links too, so anything that changes the registration waits for a button. The token stays
 * in this view; it is never logged and never part of the page title.
 */
abstract class LinkPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOKEN = "token";

    final Main content = new Main();
    /** What the last click did, read out by screen readers. */
    final Paragraph outcome = new Paragraph();

    final RegistrationService registrations;
    String token;
    private final TokenPurpose purpose;
    private final String titleKey;

    LinkPage(RegistrationService registrations, TokenPurpose purpose, String titleKey) {
        this.registrations = registrations;
        this.purpose = purpose;
        this.titleKey = titleKey;
        addClassName("public-page");
        content.addClassName("public-main");
        outcome.addClassName("registration-outcome");
        outcome.setId("registration-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.getElement().setAttribute("aria-live", "polite");
        add(new PublicHeader(), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(TOKEN).orElse(null);
        LinkResult link = registrations.look(token);
        if (link.purpose() != purpose || link.registration().isEmpty() || link.outcome() == LinkOutcome.INVALID) {
            showInvalid();
        } else if (link.outcome() == LinkOutcome.EXPIRED) {
            showExpired(link.registration().get());
        } else {
            show(link.outcome(), link.registration().get());
        }
    }

    /** The page for a link that works: what it is for, and the button that does it. */
    abstract void show(LinkOutcome outcome, ParticipantView registration);

    /**
     * Shows what following the link did. Invalid and expired links get their own pages; for the rest
     * the page is drawn again as it stands now, with the sentence about what happened on top.
     */
    void answer(LinkResult result, Function<ParticipantView, String> doneText, String alreadyKey,
            String unavailableKey) {
        if (result.outcome() == LinkOutcome.INVALID || result.registration().isEmpty()) {
            showInvalid();
            return;
        }
        var registration = result.registration().get();
        switch (result.outcome()) {
            case EXPIRED -> showExpired(registration);
            case DONE -> showWithOutcome(registration, doneText.apply(registration));
            case ALREADY_DONE -> showWithOutcome(registration, getTranslation(alreadyKey));
            default -> showWithOutcome(registration, getTranslation(unavailableKey));
        }
    }

    private void showWithOutcome(ParticipantView registration, String text) {
        show(LinkOutcome.ALREADY_DONE, registration);
        outcome.setText(text);
    }

    /** Starts the page over: the heading, the sentence about the last click, the seminar and the person. */
    void start(ParticipantView registration) {
        content.removeAll();
        outcome.setText("");
        content.add(new H1(getTranslation(titleKey)), outcome, seminar(registration), person(registration));
    }

    void showInvalid() {
        content.removeAll();
        content.add(new H1(getTranslation("registrationPublic.link.invalid.title")),
                new Paragraph(getTranslation("registrationPublic.link.invalid.text")), new Paragraph(catalogue()));
    }

    void showExpired(ParticipantView registration) {
        content.removeAll();
        content.add(new H1(getTranslation("registrationPublic.link.expired.title")),
                new Paragraph(getTranslation("registrationPublic.link.expired." + purpose.name())),
                seminar(registration));
        if (purpose == TokenPurpose.MANAGE) {
            content.add(new Paragraph(catalogue()));
        } else {
            content.add(new Paragraph(registerAgain(registration)));
        }
    }

    /** "You have a seat", "You are number 3 on the waitlist", … */
    Paragraph statusLine(ParticipantView registration) {
        var line = new Paragraph(getTranslation("registration.status.line." + registration.status().name(),
                registration.placeInQueue()));
        line.addClassName("registration-status-line");
        return line;
    }

    Anchor registerAgain(ParticipantView registration) {
        var again = new Anchor("catalogue/" + registration.seminarId() + "/register",
                getTranslation("registrationPublic.link.registerAgain"));
        again.setId("register-again");
        return again;
    }

    /** A moment in the seminar's time zone, with the zone named: deadlines are read far from the venue. */
    String moment(Instant instant, ZoneId zone) {
        var time = instant.atZone(zone);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(time) + " (" + zone.getId() + ", " + PublicTexts.offset(time) + ")";
    }

    private Component seminar(ParticipantView registration) {
        var section = new Section();
        section.addClassName("registration-seminar");
        section.add(new H2(new Anchor("catalogue/" + registration.seminarId(), registration.seminarTitle())));
        if (registration.start() != null && registration.end() != null) {
            var when = new Paragraph(PublicTexts.span(registration.start(), registration.end(), getLocale()));
            when.addClassName("public-when");
            var zone = new Paragraph(getTranslation("registrationPublic.timeZone", registration.zone().getId(),
                    PublicTexts.offset(registration.start())));
            zone.addClassName("public-zone");
            section.add(when, zone);
        }
        String where = Stream.of(registration.venueName(), registration.venueAddress(), registration.city())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        if (!where.isEmpty()) {
            section.add(new Paragraph(where));
        }
        return section;
    }

    private Component person(ParticipantView registration) {
        var details = new DescriptionList();
        details.addClassName("public-details");
        details.add(term("registrationPublic.person.name"), new DescriptionList.Description(registration.fullName()),
                term("registrationPublic.person.email"), new DescriptionList.Description(registration.email()),
                term("registrationPublic.person.status"), new DescriptionList.Description(
                        getTranslation("registration.status." + registration.status().name())));
        return details;
    }

    private DescriptionList.Term term(String key) {
        return new DescriptionList.Term(getTranslation(key));
    }

    private Anchor catalogue() {
        var catalogue = new Anchor("catalogue", getTranslation("registrationPublic.catalogue"));
        catalogue.setId("catalogue-link");
        return catalogue;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.name");
    }
}
