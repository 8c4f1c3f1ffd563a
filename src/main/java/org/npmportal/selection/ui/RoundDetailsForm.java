package org.npmportal.selection.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.npmportal.selection.SelectionRound;

/**
 * The details of a round an organiser fills in. It edits the round in place and checks each field against
 * the entity's constraints; rules across fields are the service's, and the view puts their messages back
 * on these fields.
 */
class RoundDetailsForm extends FormLayout {

    /** Kazakhstan's zones first, because nearly every round is run from one of them. */
    static final List<String> KAZAKHSTAN_ZONES = List.of("Asia/Almaty", "Asia/Aqtobe", "Asia/Qyzylorda",
            "Asia/Aqtau", "Asia/Atyrau", "Asia/Oral", "Asia/Qostanay");

    final TextField title = new TextField();
    final TextField programme = new TextField();
    final IntegerField year = new IntegerField();
    final TextArea description = new TextArea();
    final DatePicker applicationsOpen = new DatePicker();
    final DatePicker applicationsClose = new DatePicker();
    final ComboBox<String> timeZone = new ComboBox<>();
    final IntegerField totalSeats = new IntegerField();
    final IntegerField reserveSize = new IntegerField();
    final IntegerField minimumRatings = new IntegerField();
    final BigDecimalField discussThreshold = new BigDecimalField();
    final Checkbox blindRating = new Checkbox();
    final Checkbox scoresAfterSubmit = new Checkbox();

    private final TranslatedBeanValidationBinder<SelectionRound> binder =
            new TranslatedBeanValidationBinder<>(SelectionRound.class, this);
    private final List<Runnable> changeListeners = new ArrayList<>();

    RoundDetailsForm() {
        addClassName("round-details");
        title.setLabel(getTranslation("roundEditor.title"));
        title.setMaxLength(SelectionRound.TITLE_MAX);
        title.setPlaceholder(getTranslation("roundEditor.title.placeholder"));
        programme.setLabel(getTranslation("roundEditor.programme"));
        programme.setMaxLength(SelectionRound.PROGRAMME_MAX);
        programme.setHelperText(getTranslation("roundEditor.programme.help"));
        year.setLabel(getTranslation("roundEditor.year"));
        description.setLabel(getTranslation("roundEditor.description"));
        description.setMaxLength(SelectionRound.DESCRIPTION_MAX);
        applicationsOpen.setLabel(getTranslation("roundEditor.applicationsOpen"));
        applicationsClose.setLabel(getTranslation("roundEditor.applicationsClose"));
        timeZone.setLabel(getTranslation("roundEditor.timeZone"));
        timeZone.setHelperText(getTranslation("roundEditor.timeZone.help"));
        timeZone.setItems(zoneChoices());
        totalSeats.setLabel(getTranslation("roundEditor.totalSeats"));
        reserveSize.setLabel(getTranslation("roundEditor.reserveSize"));
        reserveSize.setHelperText(getTranslation("roundEditor.reserveSize.help"));
        minimumRatings.setLabel(getTranslation("roundEditor.minimumRatings"));
        minimumRatings.setHelperText(getTranslation("roundEditor.minimumRatings.help"));
        discussThreshold.setLabel(getTranslation("roundEditor.discussThreshold"));
        discussThreshold.setHelperText(getTranslation("roundEditor.discussThreshold.help"));
        blindRating.setLabel(getTranslation("roundEditor.blindRating"));
        blindRating.setTooltipText(getTranslation("roundEditor.blindRating.help"));
        scoresAfterSubmit.setLabel(getTranslation("roundEditor.scoresAfterSubmit"));
        scoresAfterSubmit.setTooltipText(getTranslation("roundEditor.scoresAfterSubmit.help"));

        binder.forField(title).withNullRepresentation("").bind("title");
        binder.forField(programme).withNullRepresentation("").bind("programme");
        binder.forField(year).bind("year");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(applicationsOpen).bind("applicationsOpen");
        binder.forField(applicationsClose).bind("applicationsClose");
        binder.forField(timeZone).bind("timeZone");
        binder.forField(totalSeats).bind("totalSeats");
        binder.forField(reserveSize).bind("reserveSize");
        binder.forField(minimumRatings).bind("minimumRatings");
        binder.forField(discussThreshold).bind("discussThreshold");
        binder.forField(blindRating).bind("blindRating");
        binder.forField(scoresAfterSubmit).bind("scoresAfterSubmit");
        title.setRequiredIndicatorVisible(true);
        programme.setRequiredIndicatorVisible(true);
        year.setRequiredIndicatorVisible(true);
        totalSeats.setRequiredIndicatorVisible(true);
        binder.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changeListeners.forEach(Runnable::run);
            }
        });

        add(title, programme, year, description, applicationsOpen, applicationsClose, timeZone, totalSeats,
                reserveSize, minimumRatings, discussThreshold, blindRating, scoresAfterSubmit);
        setColspan(title, 2);
        setColspan(description, 2);
    }

    /**
     * Shows the round and edits it in place. Programme and year name the roster the round fills, so they
     * are fixed once applications have opened.
     */
    void edit(SelectionRound round, boolean readOnly, boolean programmeFixed) {
        binder.setBean(round);
        binder.setReadOnly(readOnly);
        programme.setReadOnly(readOnly || programmeFixed);
        year.setReadOnly(readOnly || programmeFixed);
        fieldsByProperty().values().forEach(field -> field.setInvalid(false));
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Every field by the property name the service uses in its problems. */
    Map<String, HasValidation> fieldsByProperty() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("programme", programme);
        fields.put("year", year);
        fields.put("description", description);
        fields.put("applicationsOpen", applicationsOpen);
        fields.put("applicationsClose", applicationsClose);
        fields.put("timeZone", timeZone);
        fields.put("totalSeats", totalSeats);
        fields.put("reserveSize", reserveSize);
        fields.put("minimumRatings", minimumRatings);
        fields.put("discussThreshold", discussThreshold);
        return fields;
    }

    static List<String> zoneChoices() {
        Set<String> zones = new LinkedHashSet<>(KAZAKHSTAN_ZONES);
        ZoneId.getAvailableZoneIds().stream().sorted().forEach(zones::add);
        return List.copyOf(zones);
    }
}
