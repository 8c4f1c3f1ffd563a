package org.npmportal.seminar.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.npmportal.base.ui.DownloadLink;
import org.npmportal.directory.DirectoryService;
import org.npmportal.security.Role;
import org.npmportal.seminar.SeminarExport;
import org.npmportal.seminar.SeminarFilter;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.SeminarSummary;

/**
 * Organisers find, filter and export seminars, and open one to edit it. The grid loads page by page;
 * the exports take everything that matches the filter, up to {@link SeminarService#MAX_ROWS}.
 */
@Route("seminars")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN})
@Menu(title = "nav.seminars", icon = "vaadin:calendar", order = 10)
class SeminarListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<SeminarSummary> grid = new Grid<>();
    final SeminarFilterBar filterBar;
    final Button newSeminar = new Button();
    final Button calendar = new Button();
    final Anchor exportCsv;
    final Anchor exportExcel;

    private final SeminarService seminars;
    private final Locale locale;
    /** The filter as last shown, read again by downloads, which run in requests of their own. */
    private volatile SeminarFilter filter;

    SeminarListView(SeminarService seminars, DirectoryService directory, SeminarExport export) {
        this.seminars = seminars;
        this.locale = getLocale();
        addClassName("seminar-list");
        setSizeFull();

        filterBar = new SeminarFilterBar(directory, true);
        filter = filterBar.filter();
        filterBar.addFilterChangeListener(change -> {
            filter = filterBar.filter();
            grid.getDataProvider().refreshAll();
        });

        newSeminar.setText(getTranslation("seminarList.new"));
        newSeminar.setIcon(VaadinIcon.PLUS.create());
        newSeminar.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newSeminar.addClickListener(click -> UI.getCurrent().navigate("seminars/new"));
        calendar.setText(getTranslation("seminarList.calendar"));
        calendar.setIcon(VaadinIcon.CALENDAR.create());
        calendar.addClickListener(click -> UI.getCurrent().navigate("seminars/calendar"));
        exportCsv = download("seminarList.exportCsv", "seminars.csv", "text/csv; charset=UTF-8", export::writeCsv);
        exportExcel = download("seminarList.exportExcel", "seminars.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export::writeXlsx);

        grid.addColumn(SeminarSummary::title).setHeader(getTranslation("seminarList.column.title"))
                .setKey("title").setSortProperty("title").setWidth("16rem").setFlexGrow(3);
        var dates = grid.addColumn(seminar -> SeminarListCells.dates(seminar, locale))
                .setHeader(getTranslation("seminarList.column.dates"))
                .setKey("dates").setSortProperty("startsAt").setWidth("15rem").setFlexGrow(1);
        grid.addColumn(seminar -> SeminarListCells.place(seminar, locale))
                .setHeader(getTranslation("seminarList.column.place")).setKey("place").setSortProperty("city")
                .setWidth("10rem").setFlexGrow(1);
        grid.addColumn(SeminarSummary::leadOrganiser).setHeader(getTranslation("seminarList.column.leadOrganiser"))
                .setKey("leadOrganiser").setWidth("9rem").setFlexGrow(1);
        grid.addComponentColumn(seminar -> SeminarListCells.statusBadge(seminar.status(), this))
                .setHeader(getTranslation("seminarList.column.status")).setKey("status").setSortProperty("status")
                .setAutoWidth(true).setFlexGrow(0);
        var seatsHeader = new Span(getTranslation("seminarList.column.seats"));
        seatsHeader.setTitle(getTranslation("seminarList.column.seats.help"));
        grid.addColumn(SeminarListCells::seats).setHeader(seatsHeader)
                .setKey("seats").setSortProperty("capacity").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SeminarSummary::waitlistLength).setHeader(getTranslation("seminarList.column.waitlist"))
                .setKey("waitlist").setSortProperty("waitlistLength").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> seminars.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) seminars.count(filter));
        grid.sort(GridSortOrder.desc(dates).build());
        grid.setEmptyStateText(getTranslation("seminarList.empty"));
        grid.addItemClickListener(click -> UI.getCurrent().navigate("seminars/" + click.getItem().id()));
        grid.addClassName("seminar-list-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        var actions = new HorizontalLayout(newSeminar, calendar, exportCsv, exportExcel);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.addClassName("seminar-list-actions");
        add(actions, filterBar, grid);
    }

    private Anchor download(String labelKey, String fileName, String contentType, ExportWriter writer) {
        var anchor = DownloadLink.of(getTranslation(labelKey), () -> fileName, contentType,
                out -> writer.write(seminars.all(filter), locale, out));
        anchor.addClassName("seminar-list-export");
        anchor.setTitle(getTranslation("seminarList.export.help", SeminarService.MAX_ROWS));
        return anchor;
    }

    @FunctionalInterface
    private interface ExportWriter {
        void write(List<SeminarSummary> rows, Locale locale, OutputStream out) throws IOException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.seminars");
    }
}
