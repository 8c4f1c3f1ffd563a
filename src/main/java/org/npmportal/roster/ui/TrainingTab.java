package org.npmportal.roster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.npmportal.roster.RequirementRow;
import org.npmportal.roster.RequirementStatus;
import org.npmportal.roster.RosterOutline;
import org.npmportal.roster.RosterService;
import org.npmportal.roster.SeminarChoice;
import org.npmportal.roster.TrainingFilter;
import org.npmportal.roster.TrainingRow;
import org.npmportal.roster.TrainingService;

/**
 * The roster's training requirements, who has met each of them, and, for organisers, inviting those who
 * have not to the requirement's next seminar that takes registrations.
 */
class TrainingTab extends VerticalLayout {

    final Grid<RequirementRow> requirements = new Grid<>();
    final Button addRequirement = new Button();
    final Select<RequirementRow> requirement = new Select<>();
    final Checkbox onlyNotMet = new Checkbox();
    final Grid<TrainingRow> members = new Grid<>();
    final RequirementDialog requirementDialog;
    final InviteDialog inviteDialog;

    private final TrainingService training;
    private final boolean mayEdit;
    private final Locale locale;
    private RosterOutline roster;
    private volatile TrainingFilter filter = TrainingFilter.all();

    TrainingTab(TrainingService training, RosterService rosters) {
        this.training = training;
        this.mayEdit = rosters.mayEdit();
        this.locale = getLocale();
        setPadding(false);
        setSizeFull();
        requirementDialog = new RequirementDialog(training, this::refresh);
        inviteDialog = new InviteDialog(training, this::refresh);

        addRequirement.setText(getTranslation("roster.training.add"));
        addRequirement.setIcon(VaadinIcon.PLUS.create());
        addRequirement.addClickListener(click -> requirementDialog.add(roster));
        addRequirement.setVisible(mayEdit);

        requirements.addColumn(RequirementRow::name).setHeader(getTranslation("roster.training.column.name"))
                .setKey("name").setWidth("12rem").setFlexGrow(0);
        requirements.addColumn(q -> getTranslation(q.beforeFirstVisit() ? "roster.yes" : "roster.no"))
                .setHeader(getTranslation("roster.training.column.beforeFirstVisit")).setKey("beforeFirstVisit")
                .setAutoWidth(true).setFlexGrow(0);
        requirements.addColumn(q -> q.seminars().stream().map(s -> seminar(s)).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("roster.training.column.seminars")).setKey("seminars").setFlexGrow(1);
        requirements.addColumn(q -> getTranslation("roster.training.metOf", q.met(), q.met() + q.notMet()))
                .setHeader(getTranslation("roster.training.column.met")).setKey("met").setAutoWidth(true)
                .setFlexGrow(0);
        requirements.addComponentColumn(this::actions).setHeader(getTranslation("roster.training.column.next"))
                .setKey("next").setWidth("18rem").setFlexGrow(0);
        requirements.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        requirements.setAllRowsVisible(true);
        requirements.setEmptyStateText(getTranslation("roster.training.none"));

        requirement.setLabel(getTranslation("roster.training.filter.requirement"));
        requirement.setItemLabelGenerator(q -> q == null ? getTranslation("roster.training.filter.all") : q.name());
        requirement.setEmptySelectionAllowed(true);
        requirement.setEmptySelectionCaption(getTranslation("roster.training.filter.all"));
        onlyNotMet.setLabel(getTranslation("roster.training.filter.onlyNotMet"));
        requirement.addValueChangeListener(change -> filterChanged());
        onlyNotMet.addValueChangeListener(change -> filterChanged());

        members.setItems(query -> roster == null ? Stream.empty()
                        : training.status(roster.id(), filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                query -> roster == null ? 0 : (int) training.countStatus(roster.id(), filter));
        members.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        members.setEmptyStateText(getTranslation("roster.training.empty"));
        members.setSizeFull();

        var intro = new Paragraph(getTranslation("roster.training.intro"));
        var top = new HorizontalLayout(intro, addRequirement);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWidthFull();
        top.expand(intro);
        var filters = new HorizontalLayout(requirement, onlyNotMet);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top, requirements, filters, members);
    }

    void show(RosterOutline shown) {
        this.roster = shown;
        refresh();
    }

    private void refresh() {
        List<RequirementRow> rows = training.requirements(roster.id());
        requirements.setItems(rows);
        var chosen = requirement.getValue();
        requirement.setItems(rows);
        requirement.setValue(chosen == null ? null
                : rows.stream().filter(q -> q.id() == chosen.id()).findFirst().orElse(null));
        columns(rows);
        filterChanged();
    }

    /** One column per requirement in the members list, so each person's standing reads along a row. */
    private void columns(List<RequirementRow> rows) {
        members.removeAllColumns();
        members.addColumn(row -> row.member().fullName()).setHeader(getTranslation("roster.column.fullName"))
                .setKey("fullName").setWidth("14rem").setFlexGrow(1);
        members.addColumn(row -> row.member().regionName(locale)).setHeader(getTranslation("roster.column.region"))
                .setKey("region").setWidth("11rem").setFlexGrow(0);
        members.addComponentColumn(row -> RosterUi.statusBadge(row.member().status(), this))
                .setHeader(getTranslation("roster.column.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        for (RequirementRow q : rows) {
            members.addComponentColumn(row -> standing(row, q.id())).setHeader(q.name())
                    .setKey("requirement-" + q.id()).setWidth("16rem").setFlexGrow(1);
        }
    }

    private Component standing(TrainingRow row, long requirementId) {
        RequirementStatus status = row.requirements().stream().filter(r -> r.requirementId() == requirementId)
                .findFirst().orElse(null);
        if (status == null) {
            return new Span();
        }
        var text = new Span(status.met()
                ? getTranslation("roster.training.met", status.metBy().title(), RosterUi.date(status.metBy().firstDay(),
                        locale))
                : getTranslation("roster.training.notMet"));
        text.addClassNames("roster-badge", status.met() ? "roster-training-met" : "roster-training-not-met");
        return text;
    }

    private Component actions(RequirementRow q) {
        var next = new Span(q.nextSeminar() == null ? getTranslation("roster.training.noNext")
                : seminar(q.nextSeminar()));
        var box = new VerticalLayout(next);
        box.setPadding(false);
        box.setSpacing(false);
        if (mayEdit) {
            var invite = new Button(getTranslation("roster.training.invite"), click -> inviteDialog.ask(q));
            invite.addThemeVariants(ButtonVariant.LUMO_SMALL);
            invite.setEnabled(q.nextSeminar() != null && q.notMet() > 0);
            var edit = new Button(getTranslation("roster.training.edit"), click -> requirementDialog.edit(roster, q));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            box.add(new HorizontalLayout(invite, edit));
        }
        return box;
    }

    private String seminar(SeminarChoice s) {
        return s.title() + " (" + RosterUi.date(s.firstDay(), locale) + (s.city() == null ? "" : ", " + s.city())
                + ")";
    }

    private void filterChanged() {
        var chosen = requirement.getValue();
        filter = new TrainingFilter(chosen == null ? null : chosen.id(), onlyNotMet.getValue());
        members.getDataProvider().refreshAll();
    }
}
