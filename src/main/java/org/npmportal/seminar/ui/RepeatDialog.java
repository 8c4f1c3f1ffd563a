package org.npmportal.seminar.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.base.ui.Notifications;
import org.npmportal.directory.Region;
import org.npmportal.seminar.RepeatRequest;
import org.npmportal.seminar.Seminar;

/**
 * The fast way to run a seminar again: a new start and, if it moves, the new city and venue. Empty
 * fields keep the original's values, which the fields show as placeholders.
 */
class RepeatDialog extends Dialog {

    final DateTimePicker newStart = new DateTimePicker();
    final TextField city = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final TextField venueName = new TextField();
    final TextField venueAddress = new TextField();
    final IntegerField roomCapacity = new IntegerField();
    final Button confirm = new Button();
    final Button back = new Button();

    RepeatDialog(SerializableConsumer<RepeatRequest> onConfirm) {
        setHeaderTitle(getTranslation("seminarEditor.repeat.title"));
        setWidth("min(40rem, 100vw)");
        newStart.setLabel(getTranslation("seminarEditor.repeat.newStart"));
        newStart.setRequiredIndicatorVisible(true);
        newStart.setStep(Duration.ofMinutes(15));
        city.setLabel(getTranslation("seminarEditor.city"));
        city.setMaxLength(Seminar.CITY_MAX);
        region.setLabel(getTranslation("seminarEditor.region"));
        region.setItemLabelGenerator(value -> value.name(getLocale()));
        region.setClearButtonVisible(true);
        venueName.setLabel(getTranslation("seminarEditor.venueName"));
        venueName.setMaxLength(Seminar.VENUE_NAME_MAX);
        venueAddress.setLabel(getTranslation("seminarEditor.venueAddress"));
        venueAddress.setMaxLength(Seminar.VENUE_ADDRESS_MAX);
        roomCapacity.setLabel(getTranslation("seminarEditor.roomCapacity"));
        roomCapacity.setMin(1);
        roomCapacity.setMax(Seminar.CAPACITY_MAX);

        confirm.setText(getTranslation("seminarEditor.repeat.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            try {
                onConfirm.accept(new RepeatRequest(newStart.getValue(), blankToNull(city.getValue()),
                        region.getValue(), blankToNull(venueName.getValue()), blankToNull(venueAddress.getValue()),
                        roomCapacity.getValue()));
            } catch (InvalidInputException invalid) {
                String rest = FieldErrors.show(invalid, fieldsByProperty(), this);
                if (!rest.isEmpty()) {
                    Notifications.error(rest);
                }
            }
        });
        back.setText(getTranslation("seminarEditor.repeat.back"));
        back.addClickListener(click -> close());

        var layout = new FormLayout(newStart, city, region, venueName, roomCapacity, venueAddress);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        layout.setColspan(newStart, 2);
        layout.setColspan(venueAddress, 2);
        add(new Paragraph(getTranslation("seminarEditor.repeat.intro")), layout);
        getFooter().add(back, confirm);
    }

    void setRegions(List<Region> regions) {
        region.setItems(regions);
    }

    /** Opens empty; each place field says which of the original's values it keeps when left empty. */
    void ask(Seminar original) {
        newStart.clear();
        city.clear();
        region.clear();
        venueName.clear();
        venueAddress.clear();
        roomCapacity.clear();
        fieldsByProperty().values().forEach(field -> field.setInvalid(false));
        city.setHelperText(keeps(original.getCity()));
        region.setHelperText(keeps(original.getRegion() == null ? null : original.getRegion().name(getLocale())));
        venueName.setHelperText(keeps(original.getVenueName()));
        venueAddress.setHelperText(keeps(original.getVenueAddress()));
        roomCapacity.setHelperText(keeps(original.getRoomCapacity() == null ? null
                : original.getRoomCapacity().toString()));
        open();
    }

    private Map<String, HasValidation> fieldsByProperty() {
        return Map.of("newStart", newStart, "startsAt", newStart, "city", city, "region", region,
                "venueName", venueName, "venueAddress", venueAddress, "roomCapacity", roomCapacity);
    }

    private String keeps(String originalValue) {
        return originalValue == null || originalValue.isBlank()
                ? null
                : getTranslation("seminarEditor.repeat.keeps", originalValue);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
