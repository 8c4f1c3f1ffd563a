package org.npmportal.roster.ui;

import java.util.List;
import java.util.Locale;
import org.npmportal.base.ui.BarChart;
import org.npmportal.roster.RegionCoverage;

/**
 * Coverage as a bar chart: per region a bar of its active monitors and a line where its target lies, short
 * regions in the error colour, with the figures as text.
 */
class CoverageChart extends BarChart {

    CoverageChart() {
        super("coverage");
    }

    void show(List<RegionCoverage> coverage, Locale locale) {
        show(coverage.stream().map(c -> {
            String figures = c.target() > 0
                    ? getTranslation("roster.coverage.figures", c.active(), c.target())
                    : getTranslation("roster.coverage.figuresNoTarget", c.active());
            if (c.isShort()) {
                figures = figures + " – " + getTranslation("roster.coverage.gap", c.gap());
            }
            return new Bar(c.region().name(locale), c.active(), c.target() > 0 ? (double) c.target() : null, figures,
                    c.isShort() ? "short" : null);
        }).toList());
    }
}
