package org.npmportal.roster.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.ui.Notifications;
import org.npmportal.directory.Region;
import org.npmportal.roster.MemberChangeRequest;
import org.npmportal.roster.MemberDetails;
import org.npmportal.roster.MemberHistoryRow;
import org.npmportal.roster.MemberRole;
import org.npmportal.roster.MemberRow;
import org.npmportal.roster.MemberStatus;
import org.npmportal.roster.RosterMember;
import org.npmportal.roster.RosterOutline;
import org.npmportal.roster.RosterService;

/**
 * One member: their details, and for a member already on the roster their role and status with the whole
 * dated history, a change of either from a given day (with a reason for a suspension or withdrawal), and
 * removal for someone added by mistake. Commission members see it all read-only.
 */
class MemberDialog extends Dialog {

    final TextField fullName = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final TextField organisation = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final Select<MemberRole> role = new Select<>();
    final Select<Language> language = new Select<>();
    final DatePicker startsOn;
    final DatePicker endsOn;
    final Checkbox shareContacts = new Checkbox();
    final Button save = new Button();

    final Div changeSection = new Div();
    final Select<MemberRole> newRole = new Select<>();
    final Select<MemberStatus> newStatus = new Select<>();
    final DatePicker effectiveOn;
    final TextArea reason = new TextArea();
    final Button recordChange = new Button();
    final Grid<MemberHistoryRow> history = new Grid<>();
    final Div historySection = new Div();
    final Button profile = new Button();
    final Button remove = new Button();
    final ConfirmDialog confirmRemove = new ConfirmDialog();

    private final RosterService rosters;
    private final Runnable onChange;
    private final boolean mayEdit;
    private final Locale locale;
    private RosterOutline roster;
    private MemberRow member;

    MemberDialog(RosterService rosters, List<Region> regions, Runnable onChange) {
        this.rosters = rosters;
        this.onChange = onChange;
        this.mayEdit = rosters.mayEdit();
        this.locale = getLocale();
        setWidth("min(56rem, 100vw)");
        addClassName("member-dialog");

        fullName.setLabel(getTranslation("roster.member.form.fullName"));
        fullName.setMaxLength(RosterMember.NAME_MAX);
        fullName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("roster.member.form.email"));
        email.setHelperText(getTranslation("roster.member.form.email.help"));
        email.setMaxLength(RosterMember.EMAIL_MAX);
        email.getElement().setAttribute("inputmode", "email");
        email.getElement().setAttribute("autocapitalize", "none");
        email.setRequiredIndicatorVisible(true);
        phone.setLabel(getTranslation("roster.member.form.phone"));
        phone.setMaxLength(RosterMember.PHONE_MAX);
        organisation.setLabel(getTranslation("roster.member.form.organisation"));
        organisation.setMaxLength(RosterMember.ORGANISATION_MAX);
        region.setLabel(getTranslation("roster.member.form.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.name(locale));
        region.setRequiredIndicatorVisible(true);
        role.setLabel(getTranslation("roster.member.form.role"));
        role.setItems(MemberRole.values());
        role.setItemLabelGenerator(r -> getTranslation("roster.role." + r.name()));
        language.setLabel(getTranslation("roster.member.form.language"));
        language.setItems(Language.values());
        // The generator labels the empty choice too, when it is the value shown.
        language.setItemLabelGenerator(l -> l == null ? getTranslation("roster.member.form.language.unknown")
                : l.nativeName());
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("roster.member.form.language.unknown"));
        startsOn = RosterUi.datePicker(this, "roster.member.form.startsOn");
        startsOn.setRequiredIndicatorVisible(true);
        endsOn = RosterUi.datePicker(this, "roster.member.form.endsOn");
        endsOn.setHelperText(getTranslation("roster.member.form.endsOn.help"));
        shareContacts.setLabel(getTranslation("roster.member.form.shareContacts"));
        shareContacts.setHelperText(getTranslation("roster.member.form.shareContacts.help"));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        var form = new FormLayout(fullName, email, phone, organisation, region, role, language, startsOn, endsOn,
                shareContacts);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        form.setColspan(shareContacts, 2);

        newRole.setLabel(getTranslation("roster.change.role"));
        newRole.setItems(MemberRole.values());
        newRole.setItemLabelGenerator(r -> getTranslation("roster.role." + r.name()));
        newStatus.setLabel(getTranslation("roster.change.status"));
        newStatus.setItems(MemberStatus.values());
        newStatus.setItemLabelGenerator(s -> getTranslation("roster.status." + s.name()));
        effectiveOn = RosterUi.datePicker(this, "roster.change.effectiveOn");
        reason.setLabel(getTranslation("roster.change.reason"));
        reason.setHelperText(getTranslation("roster.change.reason.help"));
        reason.setMaxLength(RosterMember.REASON_MAX);
        reason.setWidthFull();
        recordChange.setText(getTranslation("roster.change.record"));
        recordChange.addClickListener(click -> recordChange());
        var changeForm = new FormLayout(newRole, newStatus, effectiveOn, reason);
        changeForm.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 3));
        changeForm.setColspan(reason, 3);
        changeSection.add(new H4(getTranslation("roster.change.title")), changeForm, recordChange);

        history.addColumn(h -> RosterUi.date(h.effectiveOn(), locale)).setHeader(getTranslation("roster.history.on"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(h -> getTranslation("roster.history.kind." + h.kind().name()))
                .setHeader(getTranslation("roster.history.what")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(h -> getTranslation("roster.role." + h.role().name()) + ", "
                + getTranslation("roster.status." + h.status().name()))
                .setHeader(getTranslation("roster.history.then")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(MemberHistoryRow::reason).setHeader(getTranslation("roster.history.reason")).setFlexGrow(1);
        history.addColumn(MemberHistoryRow::recordedBy).setHeader(getTranslation("roster.history.by"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setAllRowsVisible(true);

        profile.setText(getTranslation("roster.member.profile"));
        profile.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // A dialog stays open across navigation, so it closes itself before the profile opens.
        profile.addClickListener(click -> {
            close();
            UI.getCurrent().navigate("rosters/members/" + member.id());
        });
        remove.setText(getTranslation("roster.member.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> confirmRemove.open());
        confirmRemove.setHeader(getTranslation("roster.member.remove.title"));
        confirmRemove.setText(getTranslation("roster.member.remove.text"));
        confirmRemove.setCancelable(true);
        confirmRemove.setCancelText(getTranslation("action.cancel"));
        confirmRemove.setConfirmText(getTranslation("roster.member.remove"));
        confirmRemove.setConfirmButtonTheme("error primary");
        confirmRemove.addConfirmListener(event -> removeMember());

        historySection.add(new H4(getTranslation("roster.history.title")), history);
        historySection.addClassName("member-history");
        add(form, changeSection, historySection);
        var cancel = new Button(getTranslation("action.close"), click -> close());
        getFooter().add(profile, remove, cancel, save);
    }

    /** Opens an empty form for a new member of the roster, from its first day. */
    void add(RosterOutline onRoster) {
        this.roster = onRoster;
        this.member = null;
        setHeaderTitle(getTranslation("roster.member.add.title", onRoster.title()));
        fill(new MemberDetails(null, null, null, null, null, MemberRole.MONITOR, null, onRoster.startsOn(), null,
                false));
        role.setReadOnly(false);
        changeSection.setVisible(false);
        historySection.setVisible(false);
        profile.setVisible(false);
        remove.setVisible(false);
        open();
    }

    /** Opens a member: details, history and, for organisers, the change of role or status. */
    void open(RosterOutline onRoster, MemberRow shown) {
        this.roster = onRoster;
        this.member = shown;
        setHeaderTitle(shown.fullName());
        fill(shown.details());
        role.setReadOnly(true);
        role.setHelperText(getTranslation("roster.member.form.role.help"));
        newRole.setValue(shown.role());
        newStatus.setValue(shown.status());
        effectiveOn.setValue(onRoster.referenceDay());
        reason.clear();
        for (HasValidation field : List.of(newRole, newStatus, effectiveOn, reason)) {
            field.setInvalid(false);
        }
        changeSection.setVisible(mayEdit);
        history.setItems(rosters.history(shown.id()));
        historySection.setVisible(true);
        profile.setVisible(true);
        remove.setVisible(mayEdit);
        open();
    }

    private void fill(MemberDetails details) {
        fullName.setValue(details.fullName() == null ? "" : details.fullName());
        email.setValue(details.email() == null ? "" : details.email());
        phone.setValue(details.phone() == null ? "" : details.phone());
        organisation.setValue(details.organisation() == null ? "" : details.organisation());
        region.setValue(details.regionId() == null ? null : region.getListDataView().getItems()
                .filter(r -> r.getId().equals(details.regionId())).findFirst().orElse(null));
        role.setValue(details.role());
        role.setHelperText(null);
        language.setValue(details.language());
        startsOn.setValue(details.startsOn());
        endsOn.setValue(details.endsOn());
        shareContacts.setValue(details.shareContacts());
        fields().values().forEach(field -> field.setInvalid(false));
        for (var field : List.of(fullName, email, phone, organisation)) {
            field.setReadOnly(!mayEdit);
        }
        region.setReadOnly(!mayEdit);
        language.setReadOnly(!mayEdit);
        startsOn.setReadOnly(!mayEdit);
        endsOn.setReadOnly(!mayEdit);
        shareContacts.setReadOnly(!mayEdit);
        save.setVisible(mayEdit);
    }

    private MemberDetails typed() {
        return new MemberDetails(fullName.getValue(), email.getValue(), phone.getValue(), organisation.getValue(),
                region.getValue() == null ? null : region.getValue().getId(), role.getValue(), language.getValue(),
                startsOn.getValue(), endsOn.getValue(), shareContacts.getValue());
    }

    private void save() {
        try {
            var saved = member == null ? rosters.addMember(roster.id(), typed())
                    : rosters.updateMember(member.id(), member.version(), typed());
            Notifications.success(getTranslation(member == null ? "roster.member.added" : "roster.member.saved",
                    saved.fullName()));
            onChange.run();
            close();
        } catch (InvalidInputException invalid) {
            RosterUi.showProblems(invalid, fields(), this);
        }
    }

    private void recordChange() {
        try {
            var changed = rosters.change(member.id(), member.version(), new MemberChangeRequest(newRole.getValue(),
                    newStatus.getValue(), effectiveOn.getValue(), reason.getValue()));
            Notifications.success(getTranslation("roster.change.recorded", changed.fullName()));
            onChange.run();
            open(roster, changed);
        } catch (InvalidInputException invalid) {
            RosterUi.showProblems(invalid, Map.of("role", newRole, "status", newStatus, "effectiveOn", effectiveOn,
                    "reason", reason), this);
        }
    }

    private void removeMember() {
        rosters.removeMember(member.id());
        Notifications.success(getTranslation("roster.member.removed", member.fullName()));
        onChange.run();
        close();
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("fullName", fullName), Map.entry("email", email), Map.entry("phone", phone),
                Map.entry("organisation", organisation), Map.entry("regionId", region), Map.entry("role", role),
                Map.entry("language", language), Map.entry("startsOn", startsOn), Map.entry("endsOn", endsOn));
    }
}
