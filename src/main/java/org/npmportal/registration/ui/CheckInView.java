package org.npmportal.registration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.npmportal.base.ui.RouteNumbers;
import org.npmportal.base.Texts;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.ui.Notifications;
import org.npmportal.registration.CheckInRow;
import org.npmportal.registration.ParticipantService;
import org.npmportal.registration.RegistrationRequest;
import org.npmportal.registration.SeminarOutline;
import org.npmportal.security.Role;

/**
 * Check-in at the door, made for a tablet: find a person by name, choose the day, and tap the large
 * button next to them. Only people with a confirmed seat are listed. Two tablets may mark the same
 * person at once; the person is marked once.
 */
@Route("seminars/:" + CheckInView.SEMINAR_ID + "([0-9]{1,18})/check-in")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN})
class CheckInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SEMINAR_ID = "seminarId";

    final H2 title = new H2();
    final Span dates = new Span();
    final Anchor participantsLink = new Anchor();
    final Select<LocalDate> day = new Select<>();
    final TextField search = new TextField();
    final Span present = new Span();
    final Div noDays = new Div();
    final Grid<CheckInRow> people = new Grid<>();

    private final ParticipantService participants;
    private final Clock clock;
    private final Locale locale;
    private SeminarOutline seminar;
    private CallbackDataProvider<CheckInRow, Void> rows;

    CheckInView(ParticipantService participants, Clock clock) {
        this.participants = participants;
        this.clock = clock;
        this.locale = getLocale();
        setSizeFull();
        addClassName("check-in");

        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        dates.addClassName(LumoUtility.TextColor.SECONDARY);
        participantsLink.setText(getTranslation("participants.checkIn.toParticipants"));

        search.setPlaceholder(getTranslation("participants.checkIn.search"));
        search.setAriaLabel(getTranslation("participants.checkIn.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(RegistrationRequest.NAME_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassNames(LumoUtility.FontSize.XLARGE);
        search.setWidthFull();
        search.addValueChangeListener(change -> {
            if (rows != null) {
                rows.refreshAll();
            }
        });

        day.setLabel(getTranslation("participants.checkIn.day"));
        day.setItemLabelGenerator(date -> SeminarDates.day(date, locale));
        day.addValueChangeListener(change -> {
            if (rows != null) {
                rows.refreshAll();
                showPresent();
            }
        });
        present.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        present.setId("check-in-present");
        noDays.setText(getTranslation("participants.checkIn.noDays"));
        noDays.setVisible(false);

        people.addComponentColumn(this::person).setHeader(getTranslation("participants.column.fullName"))
                .setKey("person").setFlexGrow(1);
        people.addComponentColumn(this::toggle).setHeader(getTranslation("participants.checkIn.presentColumn"))
                .setKey("present").setAutoWidth(true).setFlexGrow(0);
        people.setEmptyStateText(getTranslation("participants.checkIn.empty"));
        people.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        people.setSelectionMode(Grid.SelectionMode.NONE);
        people.setSizeFull();

        var bar = new HorizontalLayout(day, present);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        var header = new VerticalLayout(title, dates, participantsLink);
        header.setPadding(false);
        header.setSpacing(false);
        add(header, bar, search, noDays, people);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SeminarOutline> found = RouteNumbers.of(event, SEMINAR_ID)
                .flatMap(participants::seminar);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        seminar = found.get();
        title.setText(seminar.title());
        dates.setText(SeminarDates.span(seminar, locale));
        participantsLink.setHref("seminars/" + seminar.id() + "/participants");
        rows = new CallbackDataProvider<>(
                query -> day.getValue() == null ? Stream.empty()
                        : participants.checkInList(seminar.id(), day.getValue(), Texts.blankToNull(search.getValue()),
                                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> day.getValue() == null ? 0
                        : (int) participants.checkInCount(seminar.id(), Texts.blankToNull(search.getValue())),
                CheckInRow::registrationId);
        people.setItems(rows);
        List<LocalDate> days = seminar.days();
        day.setItems(days);
        noDays.setVisible(days.isEmpty());
        day.setVisible(!days.isEmpty());
        if (!days.isEmpty()) {
            LocalDate today = LocalDate.now(clock.withZone(seminar.zone()));
            day.setValue(days.contains(today) ? today : days.getFirst());
        }
        showPresent();
    }

    private Component person(CheckInRow row) {
        var name = new Span(row.fullName());
        name.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        var details = new Span(row.organisation() == null ? row.email() : row.organisation());
        details.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var cell = new Div(name, details);
        cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        return cell;
    }

    /** A large button that shows whether the person is present and changes it with a tap. */
    private Button toggle(CheckInRow row) {
        var button = new Button(getTranslation(row.present() ? "participants.checkIn.isPresent"
                : "participants.checkIn.markPresent"));
        button.setIcon((row.present() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create());
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.addThemeVariants(row.present() ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_CONTRAST);
        if (row.present()) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.setMinWidth("12rem");
        button.getElement().setAttribute("aria-pressed", String.valueOf(row.present()));
        button.addClickListener(click -> toggled(row));
        return button;
    }

    private void toggled(CheckInRow row) {
        LocalDate chosen = day.getValue();
        try {
            if (row.present()) {
                participants.markAbsent(seminar.id(), row.registrationId(), chosen);
            } else {
                participants.markPresent(seminar.id(), row.registrationId(), chosen);
            }
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            rows.refreshAll();
            showPresent();
            return;
        }
        rows.refreshItem(new CheckInRow(row.registrationId(), row.fullName(), row.organisation(), row.email(),
                !row.present()));
        showPresent();
    }

    private void showPresent() {
        LocalDate chosen = day.getValue();
        if (seminar == null || chosen == null) {
            present.setText("");
            return;
        }
        long here = participants.presentPerDay(seminar.id()).getOrDefault(chosen, 0L);
        present.setText(getTranslation("participants.checkIn.presentCount", here,
                participants.checkInCount(seminar.id(), null)));
    }

    @Override
    public String getPageTitle() {
        return seminar == null ? getTranslation("participants.checkIn.title")
                : getTranslation("participants.checkIn.titleOf", seminar.title());
    }
}
