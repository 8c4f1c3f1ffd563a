package org.npmportal.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.npmportal.base.ui.RouteNumbers;
import org.npmportal.seminar.PartnerRole;
import org.npmportal.seminar.PublicSeminar;
import org.npmportal.seminar.SeminarService;

/**
 * A published seminar's public page: what, when (in the venue's time zone), where, who, the programme
 * day by day, the seats left and whether registration is open. Anything not published is "not found".
 */
@Route(value = "catalogue/:id", autoLayout = false)
@AnonymousAllowed
class PublicSeminarView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    final Main content = new Main();
    final Div agenda = new Div();
    final Anchor register = new Anchor();
    final Anchor calendarFile = new Anchor();
    final Anchor participants = new Anchor();

    private final SeminarService seminars;
    private String title = "";

    PublicSeminarView(SeminarService seminars) {
        this.seminars = seminars;
        addClassName("public-page");
        content.addClassName("public-main");
        agenda.addClassName("public-agenda");
        agenda.setId("public-agenda");
        register.setText(getTranslation("catalogue.register"));
        register.addClassName("public-register");
        register.setId("register");
        calendarFile.setText(getTranslation("catalogue.calendarFile"));
        calendarFile.setRouterIgnore(true);
        calendarFile.setId("calendar-file");
        participants.setText(getTranslation("catalogue.participants"));
        participants.setId("participants");
        add(new PublicHeader(), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PublicSeminar> seminar = RouteNumbers.of(event, ID).flatMap(seminars::published);
        if (seminar.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(seminar.get());
    }

    private void show(PublicSeminar seminar) {
        title = seminar.title();
        content.removeAll();
        var back = new Anchor("catalogue", getTranslation("catalogue.back"));
        back.addClassName("public-back");
        var when = new Paragraph(PublicTexts.span(seminar.start(), seminar.end(), getLocale()));
        when.addClassName("public-when");
        var zone = new Paragraph(getTranslation("catalogue.timeZone", seminar.zone().getId(),
                PublicTexts.offset(seminar.start())));
        zone.addClassName("public-zone");
        content.add(back, new H1(seminar.title()), when, zone, registration(seminar));
        if (seminar.description() != null && !seminar.description().isBlank()) {
            var description = new Paragraph(seminar.description());
            description.addClassName("public-description");
            content.add(description);
        }
        content.add(details(seminar));
        if (!seminar.sessions().isEmpty()) {
            content.add(section("catalogue.agenda", agenda(seminar)));
        }
        if (!seminar.trainers().isEmpty()) {
            content.add(section("catalogue.trainers", list(seminar.trainers().stream().map(this::trainer))));
        }
        List<String> partners = partners(seminar);
        if (!partners.isEmpty()) {
            content.add(section("catalogue.partners", list(partners.stream())));
        }
        calendarFile.setHref("api/seminars/" + seminar.id() + ".ics");
        participants.setHref("catalogue/" + seminar.id() + "/participants");
        content.add(new Paragraph(calendarFile), new Paragraph(participants));
    }

    private Component registration(PublicSeminar seminar) {
        var state = new Span(getTranslation(seminar.registrationOpen()
                ? "catalogue.registration.open" : "catalogue.registration.closed"));
        state.addClassName(seminar.registrationOpen() ? "public-open" : "public-closed");
        var seats = new Span(PublicTexts.seats(this, seminar));
        seats.setId("seats");
        var box = new Div(state, seats);
        box.addClassName("public-registration");
        if (seminar.registrationOpen()) {
            if (seminar.seatsLeft() == 0) {
                box.add(new Span(getTranslation("catalogue.registration.waitlist")));
            }
            register.setHref("catalogue/" + seminar.id() + "/register");
            box.add(register);
        }
        return box;
    }

    private Component details(PublicSeminar seminar) {
        var details = new DescriptionList();
        details.addClassName("public-details");
        add(details, "catalogue.where", where(seminar));
        add(details, "catalogue.format", getTranslation("seminar.format." + seminar.format().name()));
        add(details, "catalogue.languages", seminar.languages().stream().sorted()
                .map(language -> getTranslation("catalogue.language." + language.name()))
                .collect(Collectors.joining(", ")));
        add(details, "catalogue.audience", seminar.audience());
        add(details, "catalogue.topics", seminar.topics());
        return details;
    }

    private String where(PublicSeminar seminar) {
        String place = Stream.of(seminar.venueName(), seminar.venueAddress(), seminar.city())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        if (!seminar.format().needsMeetingLink()) {
            return place;
        }
        String online = getTranslation("catalogue.online");
        return place.isEmpty() ? online : place + ". " + online;
    }

    private Component agenda(PublicSeminar seminar) {
        agenda.removeAll();
        Map<LocalDate, List<PublicSeminar.Session>> days = new TreeMap<>(seminar.sessions().stream()
                .sorted(Comparator.comparing(PublicSeminar.Session::start))
                .collect(Collectors.groupingBy(session -> session.start().toLocalDate())));
        days.forEach((day, sessions) -> {
            var items = new Div();
            items.addClassName("public-agenda-day");
            for (PublicSeminar.Session session : sessions) {
                var time = new Span(PublicTexts.times(session.start(), session.end(), getLocale()));
                time.addClassName("public-agenda-time");
                var what = new Span(session.title());
                what.addClassName("public-agenda-title");
                var item = new Div(time, what);
                item.addClassName("public-agenda-item");
                if (session.speaker() != null) {
                    var speaker = new Span(session.speaker());
                    speaker.addClassName("public-agenda-speaker");
                    item.add(speaker);
                }
                if (session.room() != null) {
                    var room = new Span(getTranslation("catalogue.agenda.room", session.room()));
                    room.addClassName("public-agenda-room");
                    item.add(room);
                }
                items.add(item);
            }
            agenda.add(new H3(PublicTexts.day(day, getLocale())), items);
        });
        return agenda;
    }

    private String trainer(PublicSeminar.Trainer trainer) {
        String kind = getTranslation("seminar.trainerKind." + trainer.kind().name());
        return trainer.affiliation() == null
                ? trainer.name() + " — " + kind
                : trainer.name() + ", " + trainer.affiliation() + " — " + kind;
    }

    /** The lead organiser first, then the partners, each with its part in the seminar. */
    private List<String> partners(PublicSeminar seminar) {
        Stream<String> lead = Stream.ofNullable(seminar.leadOrganiser())
                .map(name -> name + " — " + getTranslation("seminar.partnerRole." + PartnerRole.ORGANISER.name()));
        Stream<String> others = seminar.partners().stream()
                .map(partner -> partner.name() + " — " + getTranslation("seminar.partnerRole." + partner.role().name()));
        return Stream.concat(lead, others).toList();
    }

    private Section section(String headingKey, Component body) {
        var section = new Section(new H2(getTranslation(headingKey)), body);
        section.addClassName("public-section");
        return section;
    }

    private static UnorderedList list(Stream<String> lines) {
        var list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    private void add(DescriptionList details, String termKey, String value) {
        if (value != null && !value.isBlank()) {
            details.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
        }
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("app.name") : title + " – " + getTranslation("app.name");
    }
}
