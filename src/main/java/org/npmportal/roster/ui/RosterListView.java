package org.npmportal.roster.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.npmportal.base.Texts;
import org.npmportal.directory.DirectoryService;
import org.npmportal.roster.Roster;
import org.npmportal.roster.RosterExport;
import org.npmportal.roster.RosterExport.Format;
import org.npmportal.roster.RosterFilter;
import org.npmportal.roster.RosterService;
import org.npmportal.roster.RosterSummary;
import org.npmportal.security.Role;

/**
 * Every roster, newest year first, with its members, how many are active and how many regions are short of
 * their target. Organisers start new rosters here; everyone who reads rosters exports the list.
 */
@Route("rosters")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN, Role.Name.COMMISSION})
@Menu(title = "nav.rosters", icon = "vaadin:group", order = 30)
class RosterListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final IntegerField year = new IntegerField();
    final Button newRoster = new Button();
    final Grid<RosterSummary> grid = new Grid<>();
    final Anchor exportCsv;
    final Anchor exportExcel;
    final RosterDialog dialog;

    private final RosterService rosters;
    private final Locale locale;
    /** The filter as last shown, read again by downloads, which run in requests of their own. */
    private volatile RosterFilter filter = RosterFilter.all();

    RosterListView(RosterService rosters, DirectoryService directory, RosterExport export) {
        this.rosters = rosters;
        this.locale = getLocale();
        setSizeFull();
        addClassName("roster-list");
        dialog = new RosterDialog(rosters, directory.regions(), saved -> UI.getCurrent().navigate("rosters/" + saved.id()));

        search.setLabel(getTranslation("roster.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(Roster.TITLE_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        year.setLabel(getTranslation("roster.list.year"));
        year.setClearButtonVisible(true);
        year.setMin(Roster.YEAR_MIN);
        year.setMax(Roster.YEAR_MAX);
        search.addValueChangeListener(change -> filterChanged());
        year.addValueChangeListener(change -> filterChanged());

        newRoster.setText(getTranslation("roster.list.new"));
        newRoster.setIcon(VaadinIcon.PLUS.create());
        newRoster.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRoster.addClickListener(click -> dialog.create());
        newRoster.setVisible(rosters.mayEdit());
        exportCsv = RosterUi.download(this, "roster.export.csv", Format.CSV, f -> "rosters" + f.extension(),
                (format, out) -> export.writeRosters(rosters.all(filter), format, locale, out));
        exportExcel = RosterUi.download(this, "roster.export.xlsx", Format.XLSX, f -> "rosters" + f.extension(),
                (format, out) -> export.writeRosters(rosters.all(filter), format, locale, out));

        grid.addColumn(RosterSummary::title).setHeader(getTranslation("roster.column.title")).setKey("title")
                .setFlexGrow(3);
        grid.addColumn(r -> RosterUi.period(r.startsOn(), r.endsOn(), locale))
                .setHeader(getTranslation("roster.column.period")).setKey("period").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RosterSummary::members).setHeader(getTranslation("roster.column.members")).setKey("members")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RosterSummary::active).setHeader(getTranslation("roster.column.active")).setKey("active")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RosterSummary::targetTotal).setHeader(getTranslation("roster.column.target"))
                .setKey("target").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::shortBadge).setHeader(getTranslation("roster.column.regionsShort"))
                .setKey("regionsShort").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> rosters.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) rosters.count(filter));
        grid.setEmptyStateText(getTranslation("roster.list.empty"));
        grid.addItemClickListener(click -> UI.getCurrent().navigate("rosters/" + click.getItem().id()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        var filters = new HorizontalLayout(search, year);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        var actions = new HorizontalLayout(newRoster, exportCsv, exportExcel);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        add(actions, filters, grid);
    }

    private Span shortBadge(RosterSummary roster) {
        var badge = new Span(String.valueOf(roster.regionsShort()));
        badge.addClassName("roster-badge");
        if (roster.regionsShort() > 0) {
            badge.addClassName("roster-short");
            badge.setTitle(getTranslation("roster.column.regionsShort.help"));
        }
        return badge;
    }

    private void filterChanged() {
        filter = new RosterFilter(Texts.blankToNull(search.getValue()), year.getValue());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rosters");
    }
}
