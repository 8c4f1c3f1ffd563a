package org.npmportal.seminar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarFilter;
import org.npmportal.seminar.SeminarService;
import org.npmportal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The seminar calendar by month and by week, around the two demo seminars of November 2013. */
@PortalTest
@WithUserDetails("organiser")
class SeminarCalendarViewTest extends SpringBrowserlessTest {

    private static final String ASTANA = "Implementing the National Preventive Mechanism in Kazakhstan (Astana)";
    private static final String ALMATY = "Implementing the National Preventive Mechanism in Kazakhstan (Almaty)";
    private static final LocalDate NOV_19 = LocalDate.of(2013, 11, 19);

    @Autowired
    SeminarService seminars;
    @Autowired
    Clock clock;

    private SeminarCalendarView view;

    @Test
    void november_2013_shows_astana_on_the_19th_and_20th_and_almaty_on_the_29th_and_30th() {
        open(Locale.forLanguageTag("ru"), Map.of("month", "2013-11"));

        assertThat(view.periodLabel.getText()).as("the month in the nominative").isEqualTo("Ноябрь 2013");
        Map<LocalDate, List<String>> titles = titlesByDay();
        assertThat(titles.keySet()).first().isEqualTo(LocalDate.of(2013, 10, 28));
        assertThat(titles.keySet()).last().isEqualTo(LocalDate.of(2013, 12, 1));
        assertThat(titles).hasSize(35);
        assertThat(daysShowing(titles, ASTANA)).containsExactly(NOV_19, LocalDate.of(2013, 11, 20));
        assertThat(daysShowing(titles, ALMATY)).containsExactly(LocalDate.of(2013, 11, 29), LocalDate.of(2013, 11, 30));

        long astanaId = idOf("(Astana)");
        var chip = chipsOn(NOV_19).stream()
                .filter(a -> a.getElement().getAttribute("data-seminar-id").equals(String.valueOf(astanaId)))
                .findFirst().orElseThrow();
        assertThat(chip.getHref()).isEqualTo("seminars/" + astanaId);
        assertThat(chip.getClassNames()).contains("seminar-calendar-chip", "seminar-status-completed");
        assertThat(chip.getTitle()).hasValueSatisfying(title -> assertThat(title).contains(ASTANA, "Проведён"));
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void month_and_weekday_names_come_out_in_kazakh() {
        open(Locale.forLanguageTag("kk"), Map.of("month", "2013-11"));

        assertThat(view.periodLabel.getText()).isEqualTo("Қараша 2013");
        assertThat(view.monthTab.getLabel()).isEqualTo("Ай");
        var weekdays = view.days.getChildren()
                .filter(c -> c.getElement().getClassList().contains("seminar-calendar-weekday"))
                .map(c -> c.getElement().getText()).toList();
        assertThat(weekdays).hasSize(7).startsWith("Дс");
    }

    @Test
    void the_week_view_shows_the_seminars_of_that_week_with_their_times() {
        open(Locale.ENGLISH, Map.of("week", "2013-11-20"));

        assertThat(view.mode()).isEqualTo(SeminarCalendarView.Mode.WEEK);
        assertThat(view.weekTab.isSelected()).isTrue();
        Map<LocalDate, List<String>> titles = titlesByDay();
        assertThat(titles.keySet()).containsExactly(LocalDate.of(2013, 11, 18), NOV_19, LocalDate.of(2013, 11, 20),
                LocalDate.of(2013, 11, 21), LocalDate.of(2013, 11, 22), LocalDate.of(2013, 11, 23),
                LocalDate.of(2013, 11, 24));
        assertThat(daysShowing(titles, ASTANA)).containsExactly(NOV_19, LocalDate.of(2013, 11, 20));
        assertThat(daysShowing(titles, ALMATY)).isEmpty();
        assertThat(timesOn(NOV_19)).contains("9:30 AM–…");
        assertThat(timesOn(LocalDate.of(2013, 11, 20))).contains("…–4:30 PM");
        assertThat(view.periodLabel.getText()).isEqualTo("Nov 18, 2013 – Nov 24, 2013");
    }

    @Test
    void next_and_previous_move_by_a_month_in_the_month_view_and_by_a_week_in_the_week_view() {
        open(Locale.ENGLISH, Map.of("month", "2013-11"));

        test(view.next).click();
        assertThat(view.periodLabel.getText()).isEqualTo("December 2013");
        assertThat(view.firstVisibleDay()).isEqualTo(LocalDate.of(2013, 11, 25));
        assertThat(daysShowing(titlesByDay(), ASTANA)).isEmpty();
        assertThat(daysShowing(titlesByDay(), ALMATY)).as("December's first week starts in November")
                .containsExactly(LocalDate.of(2013, 11, 29), LocalDate.of(2013, 11, 30));
        assertThat(dayCells().getFirst().getClassNames()).contains("seminar-calendar-outside");

        test(view.previous).click();
        test(view.previous).click();
        assertThat(view.periodLabel.getText()).isEqualTo("October 2013");
        assertThat(view.firstVisibleDay()).isEqualTo(LocalDate.of(2013, 9, 30));
        assertThat(view.lastVisibleDay()).isEqualTo(LocalDate.of(2013, 11, 3));

        test(view.next).click();
        test(view.modes).select(1);
        assertThat(view.mode()).isEqualTo(SeminarCalendarView.Mode.WEEK);
        assertThat(view.firstVisibleDay()).isEqualTo(LocalDate.of(2013, 10, 28));

        test(view.next).click();
        test(view.next).click();
        test(view.next).click();
        assertThat(view.firstVisibleDay()).isEqualTo(LocalDate.of(2013, 11, 18));
        assertThat(daysShowing(titlesByDay(), ASTANA)).containsExactly(NOV_19, LocalDate.of(2013, 11, 20));

        test(view.previous).click();
        assertThat(view.firstVisibleDay()).isEqualTo(LocalDate.of(2013, 11, 11));
        assertThat(daysShowing(titlesByDay(), ASTANA)).isEmpty();
    }

    @Test
    void today_is_highlighted_and_the_today_button_comes_back_to_it() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(Seminar.DEFAULT_TIME_ZONE)));
        open(Locale.ENGLISH, Map.of("month", "2013-11"));
        assertThat(dayCells()).noneMatch(cell -> cell.getClassNames().contains("seminar-calendar-today"));

        test(view.today).click();

        var highlighted = dayCells().stream().filter(cell -> cell.getClassNames().contains("seminar-calendar-today"))
                .toList();
        assertThat(highlighted).hasSize(1);
        assertThat(highlighted.getFirst().getElement().getAttribute("data-date")).isEqualTo(today.toString());
        assertThat(highlighted.getFirst().getElement().getAttribute("aria-current")).isEqualTo("date");
    }

    @Test
    void the_filters_narrow_the_calendar_and_it_has_no_date_range_of_its_own() {
        String token = "Calendar " + UUID.randomUUID();
        var draft = new Seminar();
        draft.setTitle("Draft " + token);
        draft.setCity("Kostanay");
        draft.setStartsAt(LocalDate.of(2013, 11, 22).atTime(10, 0));
        draft.setEndsAt(LocalDate.of(2013, 11, 22).atTime(13, 0));
        seminars.save(draft);
        open(Locale.ENGLISH, Map.of("month", "2013-11"));
        assertThat(daysShowing(titlesByDay(), "Draft " + token)).containsExactly(LocalDate.of(2013, 11, 22));

        test(view.filterBar.city).setValue("kostanay");
        assertThat(titlesByDay().values().stream().flatMap(List::stream)).contains("Draft " + token)
                .doesNotContain(ASTANA, ALMATY);

        test(view.filterBar.city).setValue("");
        test(view.filterBar.statuses).selectItem("Cancelled");
        assertThat(titlesByDay().values().stream().flatMap(List::stream)).doesNotContain("Draft " + token, ASTANA);

        assertThat(view.filterBar.from.isAttached()).isFalse();
        assertThat(view.filterBar.to.isAttached()).isFalse();
    }

    /** Opens the calendar as a shared link would, for example with {@code ?month=2013-11}. */
    private void open(Locale locale, Map<String, String> query) {
        UI.getCurrent().setLocale(locale);
        navigate("", Component.class);
        view = UI.getCurrent().navigate(SeminarCalendarView.class, QueryParameters.simple(query)).orElseThrow();
    }

    private long idOf(String titlePart) {
        return seminars.all(new SeminarFilter(null, null, null, null, null, null, titlePart))
                .getFirst().id();
    }

    private List<Div> dayCells() {
        return view.days.getChildren().filter(Div.class::isInstance).map(Div.class::cast)
                .filter(div -> div.getElement().hasAttribute("data-date")).toList();
    }

    private List<Anchor> chipsOn(LocalDate day) {
        return dayCells().stream().filter(cell -> cell.getElement().getAttribute("data-date").equals(day.toString()))
                .flatMap(Component::getChildren).filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();
    }

    /** Every visible day, with the titles on its chips. */
    private Map<LocalDate, List<String>> titlesByDay() {
        Map<LocalDate, List<String>> titles = new TreeMap<>();
        for (Div cell : dayCells()) {
            LocalDate day = LocalDate.parse(cell.getElement().getAttribute("data-date"));
            titles.put(day, new ArrayList<>(chipsOn(day).stream().map(chip -> part(chip, "seminar-calendar-chip-title"))
                    .toList()));
        }
        return titles;
    }

    private List<String> timesOn(LocalDate day) {
        // Java's English times have a narrow no-break space before AM and PM.
        return chipsOn(day).stream().map(chip -> part(chip, "seminar-calendar-chip-time").replace('\u202F', ' '))
                .toList();
    }

    private static String part(Anchor chip, String className) {
        return chip.getChildren().filter(c -> c.getElement().getClassList().contains(className))
                .map(c -> c.getElement().getText()).findFirst().orElse("");
    }

    private static List<LocalDate> daysShowing(Map<LocalDate, List<String>> titles, String title) {
        return titles.entrySet().stream().filter(e -> e.getValue().contains(title)).map(Map.Entry::getKey).toList();
    }
}
