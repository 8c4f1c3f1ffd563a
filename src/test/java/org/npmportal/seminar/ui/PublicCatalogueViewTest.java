package org.npmportal.seminar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npmportal.support.PortalTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The public catalogue as a visitor without an account sees it. */
@PortalTest
@WithAnonymousUser
class PublicCatalogueViewTest extends SpringBrowserlessTest {

    private static final String BASICS = "NPM basics for new monitors";
    private static final String CHILDREN = "Monitoring closed institutions for children";

    @BeforeEach
    void inEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void an_anonymous_visitor_sees_the_upcoming_demo_seminars_but_not_the_completed_ones() {
        var view = navigate(PublicCatalogueView.class);

        assertThat(titles(view)).contains(BASICS, CHILDREN, "Reporting after preventive visits",
                "Documenting allegations of torture: the Istanbul Protocol")
                .noneMatch(title -> title.startsWith("Implementing the National Preventive Mechanism"));
        assertThat(view.seminarList.getElement().getTextRecursively())
                .contains("Registration is open", "Seats left: 20 of 40", "Karaganda");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("login", "api/seminars.ics")
                .anyMatch(href -> href.startsWith("webcal://") && href.endsWith("/api/seminars.ics"));
        assertThat(view.city.getListDataView().getItems().toList()).contains("Karaganda", "Shymkent");
    }

    @Test
    void choosing_a_city_puts_it_into_the_address_and_lists_only_the_seminars_there() {
        var view = navigate(PublicCatalogueView.class);

        test(view.city).selectItem("Shymkent");

        assertThat(query("city")).containsExactly("Shymkent");
        var shown = (PublicCatalogueView) getCurrentView();
        assertThat(titles(shown)).contains(CHILDREN).doesNotContain(BASICS);
    }

    @Test
    void a_shared_address_with_a_city_and_dates_opens_the_catalogue_filtered() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        var view = open("city=Karaganda&from=" + today.plusDays(10) + "&to=" + today.plusDays(20));

        assertThat(view.city.getValue()).isEqualTo("Karaganda");
        assertThat(view.from.getValue()).isEqualTo(today.plusDays(10));
        assertThat(view.to.getValue()).isEqualTo(today.plusDays(20));
        assertThat(titles(view)).contains(BASICS).doesNotContain(CHILDREN);
    }

    @Test
    void dates_outside_every_seminar_show_that_nothing_matches_and_a_date_that_does_not_parse_is_ignored() {
        var empty = open("to=2000-01-01");
        assertThat(titles(empty)).isEmpty();
        assertThat(empty.seminarList.getElement().getTextRecursively())
                .isEqualTo("No upcoming seminars match your selection.");

        var all = open("from=notadate");
        assertThat(all.from.getValue()).isNull();
        assertThat(titles(all)).contains(BASICS, CHILDREN);
    }

    @Test
    void in_russian_the_catalogue_shows_russian_labels() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        var view = navigate(PublicCatalogueView.class);

        assertThat(find(H1.class).first().getText()).isEqualTo("Предстоящие семинары");
        assertThat(view.city.getLabel()).isEqualTo("Город");
        assertThat(view.seminarList.getElement().getTextRecursively())
                .contains("Регистрация открыта", "Свободных мест: 20 из 40", "Очно");
        assertThat(view.getPageTitle()).startsWith("Предстоящие семинары");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).contains("Вход для сотрудников");
    }

    private PublicCatalogueView open(String query) {
        UI.getCurrent().navigate("catalogue", QueryParameters.fromString(query));
        return (PublicCatalogueView) getCurrentView();
    }

    private static List<String> titles(PublicCatalogueView view) {
        return view.seminarList.getChildren()
                .flatMap(card -> card.getElement().getChildren())
                .filter(element -> !element.isTextNode() && element.getTag().equals("h2"))
                .map(element -> element.getTextRecursively())
                .toList();
    }

    private static List<String> query(String name) {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters(name);
    }
}
