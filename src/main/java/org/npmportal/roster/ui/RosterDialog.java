package org.npmportal.roster.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.ui.Notifications;
import org.npmportal.directory.Region;
import org.npmportal.roster.Roster;
import org.npmportal.roster.RosterDetails;
import org.npmportal.roster.RosterOutline;
import org.npmportal.roster.RosterService;

/**
 * A roster's programme, year, title, period and the number of monitors wanted in each region. The service
 * checks everything; the fields only keep lengths and ranges within reach.
 */
class RosterDialog extends Dialog {

    final TextField programme = new TextField();
    final IntegerField year = new IntegerField();
    final TextField title = new TextField();
    final DatePicker startsOn;
    final DatePicker endsOn;
    final Map<Long, IntegerField> targets = new LinkedHashMap<>();
    final Paragraph targetProblem = new Paragraph();
    final Button save = new Button();

    private final RosterService rosters;
    private final SerializableConsumer<RosterOutline> onSaved;
    private RosterOutline editing;

    RosterDialog(RosterService rosters, List<Region> regions, SerializableConsumer<RosterOutline> onSaved) {
        this.rosters = rosters;
        this.onSaved = onSaved;
        setWidth("min(52rem, 100vw)");
        addClassName("roster-dialog");

        programme.setLabel(getTranslation("roster.form.programme"));
        programme.setHelperText(getTranslation("roster.form.programme.help"));
        programme.setMaxLength(Roster.PROGRAMME_MAX);
        programme.setRequiredIndicatorVisible(true);
        year.setLabel(getTranslation("roster.form.year"));
        year.setMin(Roster.YEAR_MIN);
        year.setMax(Roster.YEAR_MAX);
        year.setStepButtonsVisible(true);
        year.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("roster.form.title"));
        title.setHelperText(getTranslation("roster.form.title.help"));
        title.setMaxLength(Roster.TITLE_MAX);
        startsOn = RosterUi.datePicker(this, "roster.form.startsOn");
        startsOn.setRequiredIndicatorVisible(true);
        endsOn = RosterUi.datePicker(this, "roster.form.endsOn");
        endsOn.setRequiredIndicatorVisible(true);
        year.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && editing == null) {
                startsOn.setValue(LocalDate.of(change.getValue(), 1, 1));
                endsOn.setValue(LocalDate.of(change.getValue(), 12, 31));
            }
        });

        var details = new FormLayout(programme, year, title, startsOn, endsOn);
        details.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        details.setColspan(title, 2);

        var targetFields = new FormLayout();
        targetFields.setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("30em", 4));
        for (Region region : regions) {
            var field = new IntegerField(region.name(getLocale()));
            field.setMin(0);
            field.setMax(Roster.TARGET_MAX);
            field.setPlaceholder("0");
            field.addClassName("roster-target-field");
            targets.put(region.getId(), field);
            targetFields.add(field);
        }
        targetProblem.addClassName("roster-field-problem");
        targetProblem.setVisible(false);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        add(details, new H4(getTranslation("roster.form.targets")),
                new Paragraph(getTranslation("roster.form.targets.help")), targetProblem, targetFields);
        getFooter().add(cancel, save);
    }

    /** Opens the dialog for a new roster of this year, running through the calendar year. */
    void create() {
        editing = null;
        setHeaderTitle(getTranslation("roster.form.new"));
        int thisYear = rosters.today().getYear();
        show(new RosterDetails(null, thisYear, null, LocalDate.of(thisYear, 1, 1), LocalDate.of(thisYear, 12, 31),
                Map.of()));
    }

    void edit(RosterOutline roster) {
        editing = roster;
        setHeaderTitle(getTranslation("roster.form.edit", roster.title()));
        show(roster.details());
    }

    private void show(RosterDetails details) {
        programme.setValue(details.programme() == null ? "" : details.programme());
        year.setValue(details.year());
        title.setValue(details.title() == null ? "" : details.title());
        startsOn.setValue(details.startsOn());
        endsOn.setValue(details.endsOn());
        targets.forEach((regionId, field) -> field.setValue(details.targets().get(regionId)));
        fields().values().forEach(field -> field.setInvalid(false));
        targetProblem.setVisible(false);
        open();
    }

    private void save() {
        Map<Long, Integer> wanted = new HashMap<>();
        targets.forEach((regionId, field) -> {
            if (field.getValue() != null) {
                wanted.put(regionId, field.getValue());
            }
        });
        var details = new RosterDetails(programme.getValue(), year.getValue(), title.getValue(), startsOn.getValue(),
                endsOn.getValue(), wanted);
        try {
            var saved = editing == null ? rosters.create(details)
                    : rosters.update(editing.id(), editing.version(), details);
            close();
            Notifications.success(getTranslation("roster.form.saved", saved.title()));
            onSaved.accept(saved);
        } catch (InvalidInputException invalid) {
            targetProblem.setVisible(false);
            invalid.problems().stream().filter(p -> p.field().equals("targets")).findFirst().ifPresent(p -> {
                targetProblem.setText(getTranslation(p.messageKey()));
                targetProblem.setVisible(true);
            });
            var withoutTargets = new InvalidInputException(invalid.problems().stream()
                    .filter(p -> !p.field().equals("targets")).toList());
            RosterUi.showProblems(withoutTargets, fields(), this);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("programme", programme, "year", year, "title", title, "startsOn", startsOn, "endsOn", endsOn);
    }
}
