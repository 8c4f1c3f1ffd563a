package org.npmportal.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.npmportal.seminar.PublicSeminar;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.api.SeminarLinks;

/**
 * The public catalogue of upcoming seminars. The filters live in the address ({@code ?city=…&from=…&to=…},
 * dates as {@code yyyy-MM-dd}), so that a filtered list can be shared as a link.
 */
@Route(value = "catalogue", autoLayout = false)
@AnonymousAllowed
class PublicCatalogueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CITY = "city";
    static final String FROM = "from";
    static final String TO = "to";

    final Select<String> city = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Div seminarList = new Div();

    private final SeminarService seminars;
    private boolean showingAddress;

    PublicCatalogueView(SeminarService seminars, SeminarLinks links) {
        this.seminars = seminars;
        addClassName("public-page");

        city.setLabel(getTranslation("catalogue.filter.city"));
        city.setEmptySelectionAllowed(true);
        city.setEmptySelectionCaption(getTranslation("catalogue.filter.allCities"));
        from.setLabel(getTranslation("catalogue.filter.from"));
        to.setLabel(getTranslation("catalogue.filter.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        city.addValueChangeListener(change -> filterChanged());
        from.addValueChangeListener(change -> filterChanged());
        to.addValueChangeListener(change -> filterChanged());
        var showAll = new Anchor("catalogue", getTranslation("catalogue.filter.showAll"));
        showAll.addClassName("public-show-all");
        var filters = new Div(city, from, to, showAll);
        filters.addClassName("public-filters");

        seminarList.addClassName("public-seminar-list");
        seminarList.setId("public-seminars");

        var subscribe = new Anchor();
        // webcal: is not on Vaadin's list of safe schemes; this address comes from our own configuration.
        subscribe.setUnsafeHref(links.feedSubscription());
        subscribe.setText(getTranslation("catalogue.subscribe"));
        subscribe.setRouterIgnore(true);
        var feed = new Anchor("api/seminars.ics", getTranslation("catalogue.feed"));
        feed.setRouterIgnore(true);
        var calendar = new Paragraph(subscribe, new Span(" · "), feed);
        calendar.addClassName("public-calendar-links");

        var main = new Main(new H1(getTranslation("catalogue.title")), new Paragraph(getTranslation("catalogue.intro")),
                filters, seminarList, calendar);
        main.addClassName("public-main");
        add(new PublicHeader(), main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String chosenCity = query.getSingleParameter(CITY).map(String::strip).filter(c -> !c.isEmpty()).orElse(null);
        LocalDate chosenFrom = date(query, FROM);
        LocalDate chosenTo = date(query, TO);

        List<PublicSeminar> upcoming = seminars.upcoming(null, null, null);
        List<String> cities = new ArrayList<>(upcoming.stream().map(PublicSeminar::city).filter(Objects::nonNull)
                .distinct().sorted(Collator.getInstance(getLocale())).toList());
        if (chosenCity != null && cities.stream().noneMatch(chosenCity::equalsIgnoreCase)) {
            cities.add(chosenCity);
        }
        showingAddress = true;
        try {
            city.setItems(cities);
            city.setValue(cities.stream().filter(chosenCity == null ? c -> false : chosenCity::equalsIgnoreCase)
                    .findFirst().orElse(null));
            from.setValue(chosenFrom);
            to.setValue(chosenTo);
        } finally {
            showingAddress = false;
        }
        boolean filtered = chosenCity != null || chosenFrom != null || chosenTo != null;
        show(filtered ? seminars.upcoming(chosenCity, chosenFrom, chosenTo) : upcoming);
    }

    private void filterChanged() {
        if (showingAddress) {
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (city.getValue() != null) {
            query.put(CITY, city.getValue());
        }
        if (from.getValue() != null) {
            query.put(FROM, from.getValue().toString());
        }
        if (to.getValue() != null) {
            query.put(TO, to.getValue().toString());
        }
        UI.getCurrent().navigate(PublicCatalogueView.class, QueryParameters.simple(query));
    }

    private void show(List<PublicSeminar> found) {
        seminarList.removeAll();
        if (found.isEmpty()) {
            var none = new Paragraph(getTranslation("catalogue.empty"));
            none.addClassName("public-empty");
            seminarList.add(none);
        }
        found.forEach(seminar -> seminarList.add(card(seminar)));
    }

    private Component card(PublicSeminar seminar) {
        var title = new H2(new Anchor("catalogue/" + seminar.id(), seminar.title()));
        var when = new Paragraph(PublicTexts.span(seminar.start(), seminar.end(), getLocale()));
        when.addClassName("public-when");
        var where = new Paragraph(place(seminar));
        where.addClassName("public-where");
        var registration = new Span(getTranslation(seminar.registrationOpen()
                ? "catalogue.registration.open" : "catalogue.registration.closed"));
        registration.addClassName(seminar.registrationOpen() ? "public-open" : "public-closed");
        var facts = new Paragraph(new Span(getTranslation("seminar.format." + seminar.format().name())),
                new Span(PublicTexts.seats(this, seminar)), registration);
        facts.addClassName("public-facts");
        var card = new Article(title, when, where, facts);
        card.addClassName("public-card");
        return card;
    }

    private String place(PublicSeminar seminar) {
        if (seminar.venueName() == null) {
            return seminar.city() == null ? getTranslation("seminar.format." + seminar.format().name())
                    : seminar.city();
        }
        return seminar.city() == null ? seminar.venueName() : seminar.city() + ", " + seminar.venueName();
    }

    /** A date from the address; one that does not parse is ignored, as if it were not there. */
    private static LocalDate date(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(String::strip).filter(d -> !d.isEmpty())
                    .map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title") + " – " + getTranslation("app.name");
    }
}
