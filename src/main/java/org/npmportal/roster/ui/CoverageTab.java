package org.npmportal.roster.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import org.npmportal.roster.RegionCoverage;
import org.npmportal.roster.RosterExport;
import org.npmportal.roster.RosterExport.Format;
import org.npmportal.roster.RosterOutline;
import org.npmportal.roster.RosterService;

/**
 * Each region's active monitors against its target, as a table and as a bar chart, with the regions short
 * of their target highlighted in both. Counted on the roster's reference day.
 */
class CoverageTab extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final Grid<RegionCoverage> table = new Grid<>();
    final CoverageChart chart = new CoverageChart();
    final Anchor exportCsv;
    final Anchor exportExcel;

    private final RosterService rosters;
    private final Locale locale;
    private volatile RosterOutline roster;

    CoverageTab(RosterService rosters, RosterExport export) {
        this.rosters = rosters;
        this.locale = getLocale();
        setPadding(false);
        addClassName("coverage-tab");

        exportCsv = RosterUi.download(this, "roster.export.csv", Format.CSV,
                f -> RosterExport.fileName(roster.title(), "-coverage", f),
                (format, out) -> export.writeCoverage(roster, rosters.coverage(roster.id()), format, locale, out));
        exportExcel = RosterUi.download(this, "roster.export.xlsx", Format.XLSX,
                f -> RosterExport.fileName(roster.title(), "-coverage", f),
                (format, out) -> export.writeCoverage(roster, rosters.coverage(roster.id()), format, locale, out));

        table.addColumn(c -> c.region().name(locale)).setHeader(getTranslation("roster.column.region"))
                .setKey("region").setFlexGrow(1);
        table.addColumn(c -> c.target() == 0 ? "–" : String.valueOf(c.target()))
                .setHeader(getTranslation("roster.column.target")).setKey("target").setAutoWidth(true).setFlexGrow(0);
        table.addColumn(RegionCoverage::active).setHeader(getTranslation("roster.column.active")).setKey("active")
                .setAutoWidth(true).setFlexGrow(0);
        table.addColumn(c -> c.isShort() ? String.valueOf(c.gap()) : "")
                .setHeader(getTranslation("roster.column.gap")).setKey("gap").setAutoWidth(true).setFlexGrow(0);
        table.setPartNameGenerator(c -> c.isShort() ? "coverage-short" : null);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        table.setWidth("26rem");
        table.addClassName("coverage-table");

        var exports = new HorizontalLayout(exportCsv, exportExcel);
        exports.setAlignItems(FlexComponent.Alignment.CENTER);
        var body = new HorizontalLayout(table, chart);
        body.setWrap(true);
        body.setWidthFull();
        body.setFlexGrow(1, chart);
        add(summary, exports, body);
    }

    void show(RosterOutline shown) {
        this.roster = shown;
        List<RegionCoverage> coverage = rosters.coverage(shown.id());
        table.setItems(coverage);
        chart.show(coverage, locale);
        long shortRegions = coverage.stream().filter(RegionCoverage::isShort).count();
        long missing = coverage.stream().mapToLong(RegionCoverage::gap).sum();
        summary.setText(getTranslation("roster.coverage.summary", RosterUi.date(shown.referenceDay(), locale),
                shortRegions, missing));
    }
}
