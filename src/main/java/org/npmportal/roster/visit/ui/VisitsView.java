package org.npmportal.roster.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.npmportal.base.Texts;
import org.npmportal.base.ui.RouteNumbers;
import org.npmportal.directory.DirectoryService;
import org.npmportal.directory.Region;
import org.npmportal.roster.RosterExport;
import org.npmportal.roster.RosterExport.Format;
import org.npmportal.roster.RosterOutline;
import org.npmportal.roster.RosterService;
import org.npmportal.roster.ui.RosterUi;
import org.npmportal.roster.visit.Facility;
import org.npmportal.roster.visit.FacilityType;
import org.npmportal.roster.visit.MonitorVisits;
import org.npmportal.roster.visit.ReportDelays;
import org.npmportal.roster.visit.VisitExport;
import org.npmportal.roster.visit.VisitFilter;
import org.npmportal.roster.visit.VisitRow;
import org.npmportal.roster.visit.VisitService;
import org.npmportal.security.Role;

/**
 * A roster's monitoring visits: how many reports are out and how soon after the visits, the visits a page
 * at a time with filters, and each monitor's visits and report times. Organisers record and correct visits
 * here. Reached from the roster as {@code rosters/{id}/visits}.
 */
@Route("rosters/:" + VisitsView.ROSTER_ID + "([0-9]{1,18})/visits")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN, Role.Name.COMMISSION})
class VisitsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROSTER_ID = "rosterId";

    /** The report filter's three choices. */
    enum Report {
        ALL,
        PUBLISHED,
        NOT_PUBLISHED
    }

    final Anchor back = new Anchor();
    final H2 title = new H2();
    final Paragraph statistics = new Paragraph();
    final Button add = new Button();
    final Anchor exportCsv;
    final Anchor exportExcel;
    final ComboBox<Region> region = new ComboBox<>();
    final Select<FacilityType> type = new Select<>();
    final Select<Report> report = new Select<>();
    final DatePicker from;
    final DatePicker to;
    final TextField search = new TextField();
    final Grid<VisitRow> grid = new Grid<>();
    final Grid<MonitorVisits> perMonitor = new Grid<>();
    final TabSheet tabs = new TabSheet();
    final VisitDialog dialog;

    private final RosterService rosters;
    private final VisitService visits;
    private final Locale locale;
    /** The roster and filter as last shown, read again by downloads, which run in requests of their own. */
    private volatile RosterOutline roster;
    private volatile VisitFilter filter = VisitFilter.all();

    VisitsView(RosterService rosters, VisitService visits, DirectoryService directory, VisitExport export) {
        this.rosters = rosters;
        this.visits = visits;
        this.locale = getLocale();
        setSizeFull();
        addClassName("visits-view");
        dialog = new VisitDialog(visits, this::refresh);

        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        statistics.addClassName("visit-statistics");
        add.setText(getTranslation("visits.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> dialog.add(roster));
        add.setVisible(rosters.mayEdit());
        exportCsv = RosterUi.download(this, "visits.export.csv", Format.CSV,
                f -> RosterExport.fileName(roster.title(), "-visits", f),
                (format, out) -> export.write(visits.perMonitor(roster.id()), visits.allVisits(roster.id(), filter),
                        format, locale, out));
        exportExcel = RosterUi.download(this, "visits.export.xlsx", Format.XLSX,
                f -> RosterExport.fileName(roster.title(), "-visits", f),
                (format, out) -> export.write(visits.perMonitor(roster.id()), visits.allVisits(roster.id(), filter),
                        format, locale, out));

        region.setLabel(getTranslation("visits.filter.region"));
        region.setItems(directory.regions());
        region.setItemLabelGenerator(r -> r.name(locale));
        region.setClearButtonVisible(true);
        type.setLabel(getTranslation("visits.filter.type"));
        type.setItems(FacilityType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("visits.facilities.allTypes")
                : getTranslation("visits.type." + t.name()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("visits.facilities.allTypes"));
        report.setLabel(getTranslation("visits.filter.report"));
        report.setItems(Report.values());
        report.setItemLabelGenerator(r -> getTranslation("visits.filter.report." + r.name()));
        report.setValue(Report.ALL);
        from = RosterUi.datePicker(this, "visits.filter.from");
        to = RosterUi.datePicker(this, "visits.filter.to");
        search.setLabel(getTranslation("visits.filter.text"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(Facility.NAME_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        region.addValueChangeListener(change -> filterChanged());
        type.addValueChangeListener(change -> filterChanged());
        report.addValueChangeListener(change -> filterChanged());
        from.addValueChangeListener(change -> filterChanged());
        to.addValueChangeListener(change -> filterChanged());
        search.addValueChangeListener(change -> filterChanged());

        grid.addColumn(v -> RosterUi.date(v.visitedOn(), locale)).setHeader(getTranslation("visits.column.visitedOn"))
                .setKey("visitedOn").setSortProperty(VisitService.SORT_VISITED).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(VisitRow::facilityName).setHeader(getTranslation("visits.column.facility")).setKey("facility")
                .setSortProperty(VisitService.SORT_FACILITY).setWidth("12rem").setFlexGrow(2);
        grid.addColumn(v -> getTranslation("visits.type." + v.facilityType().name()))
                .setHeader(getTranslation("visits.column.type")).setKey("type").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(v -> v.regionName(locale)).setHeader(getTranslation("visits.column.region")).setKey("region")
                .setSortProperty(VisitService.SORT_REGION).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(VisitRow::teamNames).setHeader(getTranslation("visits.column.team")).setKey("team")
                .setWidth("12rem").setFlexGrow(2);
        grid.addColumn(v -> v.reportPublishedOn() == null ? getTranslation("visits.notPublished")
                        : RosterUi.date(v.reportPublishedOn(), locale))
                .setHeader(getTranslation("visits.column.reportPublishedOn")).setKey("reportPublishedOn")
                .setSortProperty(VisitService.SORT_REPORTED).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.daysToReport() == null ? "" : String.valueOf(v.daysToReport()))
                .setHeader(getTranslation("visits.column.days")).setKey("days").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(v -> v.reportPublishedOn() == null ? "visit-not-published" : null);
        grid.setItems(query -> roster == null ? Stream.empty()
                        : visits.visits(roster.id(), filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> roster == null ? 0 : (int) visits.countVisits(roster.id(), filter));
        grid.setEmptyStateText(getTranslation("visits.empty"));
        if (rosters.mayEdit()) {
            grid.addItemClickListener(click -> dialog.edit(roster, click.getItem()));
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        perMonitor.addColumn(MonitorVisits::fullName).setHeader(getTranslation("visits.column.monitor"))
                .setKey("fullName").setFlexGrow(2);
        perMonitor.addColumn(m -> m.regionName(locale)).setHeader(getTranslation("visits.column.region"))
                .setKey("region").setFlexGrow(1);
        perMonitor.addColumn(m -> m.delays().visits()).setHeader(getTranslation("visits.column.visits"))
                .setKey("visits").setAutoWidth(true).setFlexGrow(0).setComparator(m -> m.delays().visits());
        perMonitor.addColumn(m -> m.delays().published()).setHeader(getTranslation("visits.column.published"))
                .setKey("published").setAutoWidth(true).setFlexGrow(0);
        perMonitor.addColumn(m -> days(m.delays().averageDays())).setHeader(getTranslation("visits.column.average"))
                .setKey("average").setAutoWidth(true).setFlexGrow(0);
        perMonitor.addColumn(m -> days(m.delays().medianDays())).setHeader(getTranslation("visits.column.median"))
                .setKey("median").setAutoWidth(true).setFlexGrow(0);
        perMonitor.addColumn(m -> m.delays().longestDays() == null ? "–" : String.valueOf(m.delays().longestDays()))
                .setHeader(getTranslation("visits.column.longest")).setKey("longest").setAutoWidth(true)
                .setFlexGrow(0);
        perMonitor.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        perMonitor.setSizeFull();

        var filters = new HorizontalLayout(search, region, type, report, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        var visitsTab = new VerticalLayout(filters, grid);
        visitsTab.setPadding(false);
        visitsTab.setSizeFull();
        tabs.add(new Tab(getTranslation("visits.tab.visits")), visitsTab);
        tabs.add(new Tab(getTranslation("visits.tab.perMonitor")), perMonitor);
        tabs.setSizeFull();
        var actions = new HorizontalLayout(add, exportCsv, exportExcel);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        add(back, title, statistics, actions, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<RosterOutline> found = RouteNumbers.of(event, ROSTER_ID).flatMap(rosters::roster);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        roster = found.get();
        back.setHref("rosters/" + roster.id());
        back.setText(getTranslation("visits.back", roster.title()));
        title.setText(getTranslation("visits.title", roster.title()));
        refresh();
    }

    private void refresh() {
        ReportDelays total = visits.statistics(roster.id());
        statistics.setText(total.visits() == 0 ? getTranslation("visits.statistics.none")
                : getTranslation("visits.statistics", total.visits(), total.published(), total.notPublished(),
                        days(total.medianDays()), days(total.averageDays()),
                        total.published() == 0 ? 0 : Math.round(100.0 * total.withinWeek() / total.published())));
        perMonitor.setItems(visits.perMonitor(roster.id()));
        grid.getDataProvider().refreshAll();
    }

    private String days(Double value) {
        return value == null ? "–" : String.format(locale, "%.1f", value);
    }

    private void filterChanged() {
        var choice = report.getValue();
        filter = new VisitFilter(region.getValue() == null ? null : region.getValue().getId(), type.getValue(),
                choice == null || choice == Report.ALL ? null : choice == Report.PUBLISHED, from.getValue(),
                to.getValue(), Texts.blankToNull(search.getValue()), null);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return roster == null ? getTranslation("nav.rosters") : getTranslation("visits.title", roster.title());
    }
}
