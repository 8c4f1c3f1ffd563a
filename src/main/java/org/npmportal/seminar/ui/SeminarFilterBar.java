package org.npmportal.seminar.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.npmportal.directory.DirectoryService;
import org.npmportal.directory.Organisation;
import org.npmportal.directory.Region;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarFilter;
import org.npmportal.seminar.SeminarStatus;

/**
 * The filters shared by the seminar list and calendar. The calendar chooses its dates itself, so it
 * builds the bar without the date range.
 */
class SeminarFilterBar extends HorizontalLayout {

    final MultiSelectComboBox<SeminarStatus> statuses = new MultiSelectComboBox<>();
    final TextField city = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final ComboBox<Organisation> partner = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField text = new TextField();
    final Button clear = new Button();

    private final boolean withDateRange;
    private boolean clearing;

    SeminarFilterBar(DirectoryService directory, boolean withDateRange) {
        this.withDateRange = withDateRange;
        addClassName("seminar-filter-bar");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        Locale locale = getLocale();

        text.setLabel(getTranslation("seminarFilter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(Seminar.TITLE_MAX);
        text.setValueChangeMode(ValueChangeMode.LAZY);

        statuses.setLabel(getTranslation("seminarFilter.statuses"));
        statuses.setItems(SeminarStatus.values());
        statuses.setItemLabelGenerator(status -> getTranslation("seminar.status." + status.name()));
        statuses.setClearButtonVisible(true);

        city.setLabel(getTranslation("seminarFilter.city"));
        city.setClearButtonVisible(true);
        city.setMaxLength(Seminar.CITY_MAX);
        city.setValueChangeMode(ValueChangeMode.LAZY);

        region.setLabel(getTranslation("seminarFilter.region"));
        region.setItems(directory.regions());
        region.setItemLabelGenerator(r -> r.name(locale));
        region.setClearButtonVisible(true);

        partner.setLabel(getTranslation("seminarFilter.partner"));
        partner.setItems(directory.organisations());
        partner.setItemLabelGenerator(Organisation::getName);
        partner.setClearButtonVisible(true);
        partner.setOverlayWidth("28rem");

        from.setLabel(getTranslation("seminarFilter.from"));
        to.setLabel(getTranslation("seminarFilter.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setClearButtonVisible(true);
            picker.setI18n(datePickerI18n(locale));
        }

        clear.setText(getTranslation("seminarFilter.clear"));
        clear.setIcon(VaadinIcon.CLOSE_SMALL.create());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> clearAll());

        text.addValueChangeListener(change -> changed());
        statuses.addValueChangeListener(change -> changed());
        city.addValueChangeListener(change -> changed());
        region.addValueChangeListener(change -> changed());
        partner.addValueChangeListener(change -> changed());
        from.addValueChangeListener(change -> changed());
        to.addValueChangeListener(change -> changed());

        add(text, statuses, city, region, partner);
        if (withDateRange) {
            add(from, to);
        }
        add(clear);
    }

    /** What the fields say now; empty fields do not filter. */
    SeminarFilter filter() {
        Set<SeminarStatus> chosen = Set.copyOf(statuses.getValue());
        return new SeminarFilter(chosen, blankToNull(city.getValue()),
                region.getValue() == null ? null : region.getValue().getId(),
                partner.getValue() == null ? null : partner.getValue().getId(),
                withDateRange ? from.getValue() : null, withDateRange ? to.getValue() : null,
                blankToNull(text.getValue()));
    }

    Registration addFilterChangeListener(ComponentEventListener<FilterChangeEvent> listener) {
        return addListener(FilterChangeEvent.class, listener);
    }

    private void clearAll() {
        clearing = true;
        text.clear();
        statuses.clear();
        city.clear();
        region.clear();
        partner.clear();
        from.clear();
        to.clear();
        clearing = false;
        changed();
    }

    private void changed() {
        if (!clearing) {
            fireEvent(new FilterChangeEvent(this));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Month and day names from Java's own locale data, so that Russian and Kazakh pickers need no texts of ours. */
    private DatePicker.DatePickerI18n datePickerI18n(Locale locale) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
                        .toList())
                // The web component counts weekdays from Sunday.
                .setWeekdays(sundayFirst(TextStyle.FULL_STANDALONE, locale))
                .setWeekdaysShort(sundayFirst(TextStyle.SHORT_STANDALONE, locale))
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("seminarFilter.date.today"))
                .setCancel(getTranslation("seminarFilter.date.cancel"))
                .setBadInputErrorMessage(getTranslation("seminarFilter.date.invalid"));
    }

    private static List<String> sundayFirst(TextStyle style, Locale locale) {
        return IntStream.range(0, 7)
                .mapToObj(i -> DayOfWeek.SUNDAY.plus(i).getDisplayName(style, locale))
                .toList();
    }

    static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** Any filter field changed. */
    static final class FilterChangeEvent extends ComponentEvent<SeminarFilterBar> {
        FilterChangeEvent(SeminarFilterBar source) {
            super(source, false);
        }
    }
}
