package org.npmportal.roster.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.npmportal.roster.PersonRef;
import org.npmportal.roster.RegionChange;
import org.npmportal.roster.RosterComparison;
import org.npmportal.roster.RosterOutline;
import org.npmportal.roster.RosterService;

/** Who stayed, who joined and who left, region by region, against the programme's roster of the year before. */
class ComparisonTab extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final Grid<RegionChange> grid = new Grid<>();

    private final RosterService rosters;

    ComparisonTab(RosterService rosters) {
        this.rosters = rosters;
        Locale locale = getLocale();
        setPadding(false);
        setSizeFull();
        grid.addColumn(r -> r.region().name(locale)).setHeader(getTranslation("roster.column.region"))
                .setKey("region").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(r -> r.stayed().size()).setHeader(getTranslation("roster.comparison.stayed"))
                .setKey("stayed").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> names(r.joined())).setHeader(getTranslation("roster.comparison.joined"))
                .setKey("joined").setFlexGrow(1);
        grid.addColumn(r -> names(r.left())).setHeader(getTranslation("roster.comparison.left"))
                .setKey("left").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(summary, grid);
    }

    void show(RosterOutline roster) {
        RosterComparison comparison = rosters.comparison(roster.id());
        grid.setItems(comparison.regions());
        summary.setText(comparison.previousTitle() == null
                ? getTranslation("roster.comparison.noPrevious", roster.year() - 1)
                : getTranslation("roster.comparison.summary", comparison.previousTitle(), comparison.stayed(),
                        comparison.joined(), comparison.left()));
    }

    /** "3: Name, Name, Name", or nothing for nobody. */
    private static String names(List<PersonRef> people) {
        return people.isEmpty() ? "" : people.size() + ": "
                + people.stream().map(PersonRef::fullName).sorted().collect(Collectors.joining(", "));
    }
}
