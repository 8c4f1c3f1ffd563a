package org.npmportal.roster.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.npmportal.roster.RegionCoverage;

/**
 * Coverage as a horizontal bar chart of plain elements: per region a bar of its active monitors and a line
 * where its target lies, short regions in the error colour. Every bar carries its figures as text, so the
 * chart reads the same to a screen reader as the table beside it.
 */
class CoverageChart extends Div {

    CoverageChart() {
        addClassName("coverage-chart");
        getElement().setAttribute("role", "list");
    }

    void show(List<RegionCoverage> coverage, Locale locale) {
        removeAll();
        long scale = Math.max(1, coverage.stream().mapToLong(c -> Math.max(c.target(), c.active())).max().orElse(1));
        for (RegionCoverage c : coverage) {
            var label = new Span(c.region().name(locale));
            label.addClassName("coverage-label");

            var bar = new Div();
            bar.addClassName("coverage-bar");
            bar.getStyle().set("width", percent(c.active(), scale));
            var track = new Div(bar);
            track.addClassName("coverage-track");
            if (c.target() > 0) {
                var target = new Div();
                target.addClassName("coverage-target");
                target.getStyle().set("left", percent(c.target(), scale));
                track.add(target);
            }

            var figures = new Span(c.target() > 0
                    ? getTranslation("roster.coverage.figures", c.active(), c.target())
                    : getTranslation("roster.coverage.figuresNoTarget", c.active()));
            figures.addClassName("coverage-figures");

            var row = new Div(label, track, figures);
            row.addClassName("coverage-row");
            row.getElement().setAttribute("role", "listitem");
            if (c.isShort()) {
                row.addClassName("coverage-short");
                figures.setText(figures.getText() + " – " + getTranslation("roster.coverage.gap", c.gap()));
            }
            add(row);
        }
    }

    private static String percent(long value, long scale) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * value / scale);
    }
}
