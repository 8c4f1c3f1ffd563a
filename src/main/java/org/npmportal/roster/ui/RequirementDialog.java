package org.npmportal.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.ui.Notifications;
import org.npmportal.roster.RequirementDetails;
import org.npmportal.roster.RequirementRow;
import org.npmportal.roster.RosterOutline;
import org.npmportal.roster.SeminarChoice;
import org.npmportal.roster.TrainingRequirement;
import org.npmportal.roster.TrainingService;

/** A training requirement: its name, whether it comes before a first visit, and the seminars that meet it. */
class RequirementDialog extends Dialog {

    final TextField name = new TextField();
    final Checkbox beforeFirstVisit = new Checkbox();
    final MultiSelectComboBox<SeminarChoice> seminars = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button remove = new Button();
    final ConfirmDialog confirmRemove = new ConfirmDialog();

    private final TrainingService training;
    private final Runnable onChange;
    private final Locale locale;
    private RosterOutline roster;
    private RequirementRow editing;

    RequirementDialog(TrainingService training, Runnable onChange) {
        this.training = training;
        this.onChange = onChange;
        this.locale = getLocale();
        setWidth("min(44rem, 100vw)");

        name.setLabel(getTranslation("roster.requirement.form.name"));
        name.setHelperText(getTranslation("roster.requirement.form.name.help"));
        name.setMaxLength(TrainingRequirement.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        beforeFirstVisit.setLabel(getTranslation("roster.requirement.form.beforeFirstVisit"));
        seminars.setLabel(getTranslation("roster.requirement.form.seminars"));
        seminars.setHelperText(getTranslation("roster.requirement.form.seminars.help"));
        seminars.setItemLabelGenerator(s -> s.title() + " (" + RosterUi.date(s.firstDay(), locale)
                + (s.city() == null ? "" : ", " + s.city()) + ")");
        seminars.setRequiredIndicatorVisible(true);
        seminars.setWidthFull();
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        remove.setText(getTranslation("roster.requirement.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> confirmRemove.open());
        confirmRemove.setHeader(getTranslation("roster.requirement.remove"));
        confirmRemove.setText(getTranslation("roster.requirement.remove.text"));
        confirmRemove.setCancelable(true);
        confirmRemove.setCancelText(getTranslation("action.cancel"));
        confirmRemove.setConfirmText(getTranslation("roster.requirement.remove"));
        confirmRemove.setConfirmButtonTheme("error primary");
        confirmRemove.addConfirmListener(event -> {
            training.removeRequirement(editing.id());
            close();
            onChange.run();
        });

        var form = new FormLayout(name, beforeFirstVisit, seminars);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(remove, new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    void add(RosterOutline onRoster) {
        open(onRoster, null, new RequirementDetails("", false, java.util.Set.of()));
    }

    void edit(RosterOutline onRoster, RequirementRow requirement) {
        open(onRoster, requirement, requirement.details());
    }

    private void open(RosterOutline onRoster, RequirementRow requirement, RequirementDetails details) {
        this.roster = onRoster;
        this.editing = requirement;
        setHeaderTitle(getTranslation(requirement == null ? "roster.requirement.new" : "roster.requirement.edit"));
        List<SeminarChoice> choices = training.seminarChoices();
        seminars.setItems(choices);
        name.setValue(details.name() == null ? "" : details.name());
        beforeFirstVisit.setValue(details.beforeFirstVisit());
        seminars.setValue(choices.stream().filter(s -> details.seminarIds().contains(s.id()))
                .collect(Collectors.toSet()));
        name.setInvalid(false);
        seminars.setInvalid(false);
        remove.setVisible(requirement != null);
        open();
    }

    private void save() {
        var details = new RequirementDetails(name.getValue(), beforeFirstVisit.getValue(),
                seminars.getValue().stream().map(SeminarChoice::id).collect(Collectors.toSet()));
        try {
            var saved = editing == null ? training.addRequirement(roster.id(), details)
                    : training.updateRequirement(editing.id(), editing.version(), details);
            Notifications.success(getTranslation("roster.requirement.saved", saved.name()));
            close();
            onChange.run();
        } catch (InvalidInputException invalid) {
            RosterUi.showProblems(invalid, Map.of("name", name, "seminarIds", seminars), this);
        }
    }
}
