package org.npmportal.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.Locale;
import org.npmportal.base.Texts;
import org.npmportal.directory.Region;
import org.npmportal.roster.MemberFilter;
import org.npmportal.roster.MemberRole;
import org.npmportal.roster.MemberRow;
import org.npmportal.roster.MemberStatus;
import org.npmportal.roster.RosterMember;
import org.npmportal.roster.RosterOutline;
import org.npmportal.roster.RosterService;

/**
 * A roster's members, a page at a time, found by name, address or organisation and narrowed by region, role,
 * status and whether they return from last year. A click opens the member; organisers add members here.
 */
class MembersTab extends VerticalLayout {

    /** The "returning" filter's three choices. */
    enum Returning {
        ALL,
        RETURNING,
        NEW
    }

    final TextField search = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final MultiSelectComboBox<MemberRole> roles = new MultiSelectComboBox<>();
    final MultiSelectComboBox<MemberStatus> statuses = new MultiSelectComboBox<>();
    final Select<Returning> returning = new Select<>();
    final Button add = new Button();
    final Grid<MemberRow> grid = new Grid<>();
    final MemberDialog dialog;

    private final RosterService rosters;
    private final Locale locale;
    private RosterOutline roster;
    private volatile MemberFilter filter = MemberFilter.all();

    MembersTab(RosterService rosters, List<Region> regions, Runnable onChange) {
        this.rosters = rosters;
        this.locale = getLocale();
        setPadding(false);
        setSizeFull();
        dialog = new MemberDialog(rosters, regions, () -> {
            grid.getDataProvider().refreshAll();
            onChange.run();
        });

        search.setLabel(getTranslation("roster.members.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(RosterMember.EMAIL_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        region.setLabel(getTranslation("roster.members.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.name(locale));
        region.setClearButtonVisible(true);
        roles.setLabel(getTranslation("roster.members.roles"));
        roles.setItems(MemberRole.values());
        roles.setItemLabelGenerator(role -> getTranslation("roster.role." + role.name()));
        roles.setClearButtonVisible(true);
        statuses.setLabel(getTranslation("roster.members.statuses"));
        statuses.setItems(MemberStatus.values());
        statuses.setItemLabelGenerator(status -> getTranslation("roster.status." + status.name()));
        statuses.setClearButtonVisible(true);
        returning.setLabel(getTranslation("roster.members.returning"));
        returning.setItems(Returning.values());
        returning.setItemLabelGenerator(choice -> getTranslation("roster.members.returning." + choice.name()));
        returning.setValue(Returning.ALL);
        search.addValueChangeListener(change -> filterChanged());
        region.addValueChangeListener(change -> filterChanged());
        roles.addValueChangeListener(change -> filterChanged());
        statuses.addValueChangeListener(change -> filterChanged());
        returning.addValueChangeListener(change -> filterChanged());

        add.setText(getTranslation("roster.members.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> dialog.add(roster));
        add.setVisible(rosters.mayEdit());

        grid.addComponentColumn(this::name).setHeader(getTranslation("roster.column.fullName")).setKey("fullName")
                .setSortProperty("fullName").setWidth("14rem").setFlexGrow(2);
        grid.addColumn(m -> m.regionName(locale)).setHeader(getTranslation("roster.column.region")).setKey("region")
                .setSortProperty("region").setWidth("11rem").setFlexGrow(1);
        grid.addComponentColumn(m -> RosterUi.roleBadge(m.role(), this)).setHeader(getTranslation("roster.column.role"))
                .setKey("role").setSortProperty("role").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader(getTranslation("roster.column.status")).setKey("status")
                .setSortProperty("status").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(MemberRow::organisation).setHeader(getTranslation("roster.column.organisation"))
                .setKey("organisation").setWidth("12rem").setFlexGrow(1);
        grid.addColumn(m -> RosterUi.period(m.startsOn(), m.endsOn(), locale))
                .setHeader(getTranslation("roster.column.onTeam")).setKey("onTeam").setSortProperty("startsOn")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation(m.shareContacts() ? "roster.yes" : "roster.no"))
                .setHeader(getTranslation("roster.column.shareContacts")).setKey("shareContacts").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> roster == null ? java.util.stream.Stream.empty()
                        : rosters.members(roster.id(), filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                query -> roster == null ? 0 : (int) rosters.countMembers(roster.id(), filter));
        grid.setEmptyStateText(getTranslation("roster.members.empty"));
        grid.addItemClickListener(click -> dialog.open(roster, click.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        var filters = new HorizontalLayout(search, region, roles, statuses, returning, add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
    }

    void show(RosterOutline shown) {
        this.roster = shown;
        grid.getDataProvider().refreshAll();
    }

    /** The filter the exports use too: what the organiser sees is what they export. */
    MemberFilter filter() {
        return filter;
    }

    private Span name(MemberRow member) {
        var name = new Span(member.fullName());
        if (member.returning()) {
            var mark = new Span(getTranslation("roster.returning.short"));
            mark.addClassNames("roster-badge", "roster-returning");
            mark.setTitle(getTranslation("roster.returning.help"));
            return new Span(name, new Span(" "), mark);
        }
        return name;
    }

    private Span status(MemberRow member) {
        var badge = RosterUi.statusBadge(member.status(), this);
        if (member.status() != MemberStatus.ACTIVE) {
            badge.setTitle(getTranslation("roster.status.since", RosterUi.date(member.statusSince(), locale),
                    member.statusReason() == null ? "" : member.statusReason()));
        }
        return badge;
    }

    private void filterChanged() {
        var choice = returning.getValue();
        filter = new MemberFilter(Texts.blankToNull(search.getValue()),
                region.getValue() == null ? null : region.getValue().getId(), roles.getValue(), statuses.getValue(),
                choice == null || choice == Returning.ALL ? null : choice == Returning.RETURNING);
        grid.getDataProvider().refreshAll();
    }
}
