package org.npmportal.roster.visit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.ui.Notifications;
import org.npmportal.roster.MemberRow;
import org.npmportal.roster.PersonRef;
import org.npmportal.roster.RosterOutline;
import org.npmportal.roster.ui.RosterUi;
import org.npmportal.roster.visit.FacilityFilter;
import org.npmportal.roster.visit.FacilityRow;
import org.npmportal.roster.visit.MonitoringVisit;
import org.npmportal.roster.visit.VisitDetails;
import org.npmportal.roster.visit.VisitRow;
import org.npmportal.roster.visit.VisitService;

/**
 * Records or corrects a visit: the place (found in the directory as one types), the day, the team (members
 * who were on the team that day), the day the report was published, and notes. Before saving a first visit
 * of members who have not met a training requirement meant for before it, the organiser is asked.
 */
class VisitDialog extends Dialog {

    final ComboBox<FacilityRow> facility = new ComboBox<>();
    final DatePicker visitedOn;
    final MultiSelectComboBox<MemberRow> team = new MultiSelectComboBox<>();
    final DatePicker reportPublishedOn;
    final TextArea notes = new TextArea();
    final Button save = new Button();
    final Button remove = new Button();
    final ConfirmDialog confirmRemove = new ConfirmDialog();
    final ConfirmDialog untrainedWarning = new ConfirmDialog();

    private final VisitService visits;
    private final Runnable onChange;
    private RosterOutline roster;
    private VisitRow editing;

    VisitDialog(VisitService visits, Runnable onChange) {
        this.visits = visits;
        this.onChange = onChange;
        setWidth("min(48rem, 100vw)");

        facility.setLabel(getTranslation("visits.form.facility"));
        facility.setItemLabelGenerator(f -> f.name() + " – " + f.regionName(getLocale()));
        facility.setItems(query -> visits.facilities(new FacilityFilter(query.getFilter().orElse(null), null, null),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        facility.setRequiredIndicatorVisible(true);
        facility.setWidthFull();
        visitedOn = RosterUi.datePicker(this, "visits.form.visitedOn");
        visitedOn.setRequiredIndicatorVisible(true);
        visitedOn.addValueChangeListener(change -> teamChoices());
        team.setLabel(getTranslation("visits.form.team"));
        team.setHelperText(getTranslation("visits.form.team.help"));
        team.setItemLabelGenerator(m -> m.fullName() + " – " + m.regionName(getLocale()));
        team.setRequiredIndicatorVisible(true);
        team.setWidthFull();
        reportPublishedOn = RosterUi.datePicker(this, "visits.form.reportPublishedOn");
        reportPublishedOn.setHelperText(getTranslation("visits.form.reportPublishedOn.help"));
        notes.setLabel(getTranslation("visits.form.notes"));
        notes.setMaxLength(MonitoringVisit.NOTES_MAX);
        notes.setWidthFull();

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> askThenSave());
        remove.setText(getTranslation("visits.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> confirmRemove.open());
        confirmRemove.setHeader(getTranslation("visits.remove"));
        confirmRemove.setText(getTranslation("visits.remove.text"));
        confirmRemove.setCancelable(true);
        confirmRemove.setCancelText(getTranslation("action.cancel"));
        confirmRemove.setConfirmText(getTranslation("visits.remove"));
        confirmRemove.setConfirmButtonTheme("error primary");
        confirmRemove.addConfirmListener(event -> {
            visits.removeVisit(editing.id());
            close();
            onChange.run();
        });
        untrainedWarning.setHeader(getTranslation("visits.untrained.title"));
        untrainedWarning.setCancelable(true);
        untrainedWarning.setCancelText(getTranslation("action.cancel"));
        untrainedWarning.setConfirmText(getTranslation("visits.untrained.confirm"));
        untrainedWarning.addConfirmListener(event -> save());

        var form = new FormLayout(facility, visitedOn, reportPublishedOn, team, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(facility, 2);
        form.setColspan(team, 2);
        form.setColspan(notes, 2);
        add(form);
        getFooter().add(remove, new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    void add(RosterOutline onRoster) {
        this.roster = onRoster;
        this.editing = null;
        setHeaderTitle(getTranslation("visits.new"));
        facility.clear();
        visitedOn.setValue(onRoster.referenceDay());
        reportPublishedOn.clear();
        notes.clear();
        team.clear();
        teamChoices();
        remove.setVisible(false);
        clearErrors();
        open();
    }

    void edit(RosterOutline onRoster, VisitRow visit) {
        this.roster = onRoster;
        this.editing = visit;
        setHeaderTitle(visit.facilityName());
        facility.setValue(visits.facility(visit.facilityId()).orElse(null));
        visitedOn.setValue(visit.visitedOn());
        teamChoices();
        Set<Long> ids = visit.team().stream().map(PersonRef::memberId).collect(Collectors.toSet());
        team.setValue(team.getListDataView().getItems().filter(m -> ids.contains(m.id())).collect(Collectors.toSet()));
        reportPublishedOn.setValue(visit.reportPublishedOn());
        notes.setValue(visit.notes() == null ? "" : visit.notes());
        remove.setVisible(true);
        clearErrors();
        open();
    }

    /** Who can be on a visit of that day: those on the team then; choices no longer possible are dropped. */
    private void teamChoices() {
        if (roster == null) {
            return;
        }
        var day = visitedOn.getValue();
        List<MemberRow> choices = day == null || day.isBefore(roster.startsOn()) || day.isAfter(roster.endsOn())
                ? List.of() : visits.teamChoices(roster.id(), day);
        Set<Long> chosen = team.getValue().stream().map(MemberRow::id).collect(Collectors.toSet());
        team.setItems(choices);
        team.setValue(choices.stream().filter(m -> chosen.contains(m.id())).collect(Collectors.toSet()));
    }

    private VisitDetails typed() {
        return new VisitDetails(facility.getValue() == null ? null : facility.getValue().id(), visitedOn.getValue(),
                reportPublishedOn.getValue(), team.getValue().stream().map(MemberRow::id).collect(Collectors.toSet()),
                notes.getValue());
    }

    private void askThenSave() {
        List<PersonRef> untrained = visits.notReadyForFirstVisit(roster.id(), editing == null ? null : editing.id(),
                typed());
        if (untrained.isEmpty()) {
            save();
            return;
        }
        untrainedWarning.setText(getTranslation("visits.untrained.text",
                untrained.stream().map(PersonRef::fullName).collect(Collectors.joining(", "))));
        untrainedWarning.open();
    }

    private void save() {
        try {
            if (editing == null) {
                visits.addVisit(roster.id(), typed());
            } else {
                visits.updateVisit(editing.id(), editing.version(), typed());
            }
            Notifications.success(getTranslation("visits.saved"));
            close();
            onChange.run();
        } catch (InvalidInputException invalid) {
            RosterUi.showProblems(invalid, fields(), this);
        }
    }

    private void clearErrors() {
        fields().values().forEach(field -> field.setInvalid(false));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("facilityId", facility, "visitedOn", visitedOn, "teamIds", team, "reportPublishedOn",
                reportPublishedOn, "notes", notes);
    }
}
