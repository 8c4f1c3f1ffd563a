package org.npmportal.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.npmportal.directory.DirectoryService;
import org.npmportal.security.Role;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.SeminarSummary;

/**
 * The organisers' seminars by month or by week, weeks starting on Monday. The period is in the URL
 * ({@code ?month=2013-11} or {@code ?week=2013-11-18}), so that a view of the calendar can be shared.
 */
@Route("seminars/calendar")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN})
class SeminarCalendarView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "seminars/calendar";
    static final String MONTH_PARAMETER = "month";
    static final String WEEK_PARAMETER = "week";

    enum Mode {
        MONTH,
        WEEK
    }

    final SeminarFilterBar filterBar;
    final Tab monthTab = new Tab();
    final Tab weekTab = new Tab();
    final Tabs modes = new Tabs(monthTab, weekTab);
    final Button previous = new Button();
    final Button today = new Button();
    final Button next = new Button();
    final Button list = new Button();
    final H2 periodLabel = new H2();
    final Div days = new Div();
    final Span empty = new Span();

    private final SeminarService seminars;
    private final Locale locale;
    private final LocalDate todaysDate;
    private Mode mode = Mode.MONTH;
    /** A day in the period shown; the period is the month or the Monday-to-Sunday week around it. */
    private LocalDate shownDay;

    SeminarCalendarView(SeminarService seminars, DirectoryService directory, Clock clock) {
        this.seminars = seminars;
        this.locale = getLocale();
        // The seminars' dates are local to Kazakhstan, so "today" is, too.
        this.todaysDate = LocalDate.now(clock.withZone(ZoneId.of(Seminar.DEFAULT_TIME_ZONE)));
        this.shownDay = todaysDate;
        addClassName("seminar-calendar-view");
        setSizeFull();

        filterBar = new SeminarFilterBar(directory, false);
        filterBar.addFilterChangeListener(change -> render());

        list.setText(getTranslation("seminarCalendar.list"));
        list.setIcon(VaadinIcon.LIST.create());
        list.addClickListener(click -> UI.getCurrent().navigate("seminars"));
        previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previous.setAriaLabel(getTranslation("seminarCalendar.previous"));
        previous.setTooltipText(getTranslation("seminarCalendar.previous"));
        previous.addClickListener(click -> move(-1));
        next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        next.setAriaLabel(getTranslation("seminarCalendar.next"));
        next.setTooltipText(getTranslation("seminarCalendar.next"));
        next.addClickListener(click -> move(1));
        today.setText(getTranslation("seminarCalendar.today"));
        today.addClickListener(click -> show(mode, todaysDate, true));
        for (Button button : List.of(previous, today, next)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }

        monthTab.setLabel(getTranslation("seminarCalendar.month"));
        weekTab.setLabel(getTranslation("seminarCalendar.week"));
        modes.getElement().setAttribute("aria-label", getTranslation("seminarCalendar.mode"));
        modes.addSelectedChangeListener(change -> {
            Mode chosen = modes.getSelectedTab() == weekTab ? Mode.WEEK : Mode.MONTH;
            if (chosen != mode) {
                boolean todayIsShown = YearMonth.from(todaysDate).equals(YearMonth.from(shownDay));
                show(chosen, chosen == Mode.WEEK && todayIsShown ? todaysDate : shownDay, true);
            }
        });

        periodLabel.addClassName("seminar-calendar-period");
        empty.setText(getTranslation("seminarCalendar.empty"));
        empty.addClassName("seminar-calendar-empty");

        var navigation = new HorizontalLayout(list, previous, today, next, periodLabel, modes);
        navigation.setAlignItems(FlexComponent.Alignment.CENTER);
        navigation.setWidthFull();
        navigation.addClassName("seminar-calendar-navigation");
        periodLabel.getStyle().setFlexGrow("1");

        add(navigation, filterBar, days, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<LocalDate> week = first(parameters, WEEK_PARAMETER).flatMap(SeminarCalendarView::parseDate);
        Optional<LocalDate> month = first(parameters, MONTH_PARAMETER).flatMap(SeminarCalendarView::parseMonth);
        if (week.isPresent()) {
            show(Mode.WEEK, week.get(), false);
        } else {
            show(Mode.MONTH, month.orElse(todaysDate), false);
        }
    }

    /** Shows the month or week around {@code day}; when the user asked for it, the URL follows. */
    void show(Mode newMode, LocalDate day, boolean updateUrl) {
        mode = newMode;
        shownDay = day;
        modes.setSelectedTab(mode == Mode.WEEK ? weekTab : monthTab);
        render();
        if (updateUrl) {
            UI.getCurrent().getPage().getHistory().replaceState(null, new Location(ROUTE, currentParameters()));
        }
    }

    LocalDate firstVisibleDay() {
        LocalDate start = mode == Mode.MONTH ? shownDay.withDayOfMonth(1) : shownDay;
        return start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    LocalDate lastVisibleDay() {
        LocalDate end = mode == Mode.MONTH ? shownDay.with(TemporalAdjusters.lastDayOfMonth()) : shownDay;
        return end.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    Mode mode() {
        return mode;
    }

    private void move(int steps) {
        show(mode, mode == Mode.MONTH ? shownDay.withDayOfMonth(1).plusMonths(steps) : shownDay.plusWeeks(steps),
                true);
    }

    private QueryParameters currentParameters() {
        return mode == Mode.MONTH
                ? QueryParameters.of(MONTH_PARAMETER, YearMonth.from(shownDay).toString())
                : QueryParameters.of(WEEK_PARAMETER, firstVisibleDay().toString());
    }

    private void render() {
        LocalDate first = firstVisibleDay();
        LocalDate last = lastVisibleDay();
        List<SeminarSummary> shown = seminars.all(filterBar.filter().between(first, last));
        Map<LocalDate, List<SeminarSummary>> byDay = byDay(shown, first, last);

        periodLabel.setText(periodText());
        days.removeAll();
        days.setClassName("seminar-calendar");
        days.addClassName(mode == Mode.MONTH ? "seminar-calendar-month" : "seminar-calendar-week");
        days.getElement().setAttribute("role", "list");
        if (mode == Mode.MONTH) {
            for (int i = 0; i < 7; i++) {
                var weekday = new Div(SeminarFilterBar.capitalised(
                        DayOfWeek.MONDAY.plus(i).getDisplayName(TextStyle.SHORT_STANDALONE, locale), locale));
                weekday.addClassName("seminar-calendar-weekday");
                weekday.getElement().setAttribute("aria-hidden", "true");
                days.add(weekday);
            }
        }
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(dayCell(day, byDay.get(day)));
        }
        empty.setVisible(shown.isEmpty());
    }

    private static Map<LocalDate, List<SeminarSummary>> byDay(List<SeminarSummary> shown, LocalDate first,
            LocalDate last) {
        Map<LocalDate, List<SeminarSummary>> byDay = new TreeMap<>();
        for (SeminarSummary seminar : shown) {
            if (seminar.startsAt() == null || seminar.endsAt() == null) {
                continue;
            }
            LocalDate from = max(seminar.startsAt().toLocalDate(), first);
            LocalDate to = min(seminar.endsAt().toLocalDate(), last);
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(seminar);
            }
        }
        return byDay;
    }

    private Div dayCell(LocalDate day, List<SeminarSummary> onDay) {
        var cell = new Div();
        cell.addClassName("seminar-calendar-day");
        cell.getElement().setAttribute("data-date", day.toString());
        cell.getElement().setAttribute("role", "listitem");
        if (mode == Mode.MONTH && day.getMonth() != shownDay.getMonth()) {
            cell.addClassName("seminar-calendar-outside");
        }
        if (day.equals(todaysDate)) {
            cell.addClassName("seminar-calendar-today");
            cell.getElement().setAttribute("aria-current", "date");
        }
        var heading = new Div();
        heading.addClassName("seminar-calendar-day-heading");
        if (mode == Mode.MONTH) {
            heading.setText(String.valueOf(day.getDayOfMonth()));
            heading.getElement().setAttribute("aria-label",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day));
        } else {
            var weekday = new Span(SeminarFilterBar.capitalised(
                    day.getDayOfWeek().getDisplayName(TextStyle.FULL_STANDALONE, locale), locale));
            weekday.addClassName("seminar-calendar-weekday-name");
            heading.add(weekday, new Span(DateTimeFormatter.ofPattern("d MMMM", locale).format(day)));
        }
        cell.add(heading);
        if (onDay != null) {
            onDay.forEach(seminar -> cell.add(chip(seminar, day)));
        }
        return cell;
    }

    private Component chip(SeminarSummary seminar, LocalDate day) {
        var chip = new Anchor();
        chip.setHref("seminars/" + seminar.id());
        chip.addClassNames("seminar-calendar-chip", SeminarListCells.statusClass(seminar.status()));
        chip.getElement().setAttribute("data-seminar-id", String.valueOf(seminar.id()));
        String status = getTranslation("seminar.status." + seminar.status().name());
        chip.setTitle(seminar.title() + "\n" + status + "\n" + SeminarListCells.dates(seminar, locale));
        if (mode == Mode.WEEK) {
            var time = new Span(timesOn(seminar, day));
            time.addClassName("seminar-calendar-chip-time");
            chip.add(time);
        }
        var title = new Span(seminar.title());
        title.addClassName("seminar-calendar-chip-title");
        chip.add(title);
        if (mode == Mode.WEEK) {
            var details = new Span(status + (seminar.city() == null ? "" : " · " + seminar.city()));
            details.addClassName("seminar-calendar-chip-details");
            chip.add(details);
        }
        return chip;
    }

    /** "09:30–16:30" on a one-day seminar; a day that continues or is continued shows "…" at that end. */
    private String timesOn(SeminarSummary seminar, LocalDate day) {
        String from = seminar.startsAt().toLocalDate().equals(day)
                ? SeminarListCells.time(seminar.startsAt(), locale) : "…";
        String to = seminar.endsAt().toLocalDate().equals(day)
                ? SeminarListCells.time(seminar.endsAt(), locale) : "…";
        return from + "–" + to;
    }

    private String periodText() {
        if (mode == Mode.MONTH) {
            return SeminarFilterBar.capitalised(
                    shownDay.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)
                    + " " + shownDay.getYear();
        }
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return date.format(firstVisibleDay()) + " – " + date.format(lastVisibleDay());
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).filter(values -> !values.isEmpty()).map(List::getFirst);
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parseMonth(String text) {
        try {
            return Optional.of(YearMonth.parse(text).atDay(1));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminarCalendar.title");
    }
}
