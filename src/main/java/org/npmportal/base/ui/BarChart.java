package org.npmportal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of plain elements (no commercial component): per row a label, a bar, an optional
 * mark where a target or plan lies, and the row's figures as text, so the chart reads the same to a screen
 * reader as the table beside it. The feature names its rows with a prefix ({@code coverage-row},
 * {@code budget-near}) and colours its states in its own stylesheet; the layout is shared ({@code bar-*} in
 * portal.css).
 */
public class BarChart extends Div {

    /**
     * One row.
     *
     * @param mark  where the target or plan lies, on the same scale as the value; null for none
     * @param state a state the feature colours, such as "short" or "overspent" (class {@code prefix-state}); null
     *              for none
     */
    public record Bar(String label, double value, Double mark, String figures, String state) {
    }

    private final String prefix;

    public BarChart(String prefix) {
        this.prefix = prefix;
        addClassNames("bar-chart", prefix + "-chart");
        getElement().setAttribute("role", "list");
    }

    /** Draws the rows, scaled so that the largest value or mark fills the track. */
    public void show(List<Bar> bars) {
        removeAll();
        double scale = 0;
        for (Bar bar : bars) {
            scale = Math.max(scale, Math.max(bar.value(), bar.mark() == null ? 0 : bar.mark()));
        }
        double full = scale > 0 ? scale : 1;
        for (Bar bar : bars) {
            var label = new Span(bar.label());
            label.addClassNames("bar-label", prefix + "-label");
            var fill = new Div();
            fill.addClassNames("bar-fill", prefix + "-bar");
            fill.getStyle().set("width", percent(bar.value(), full));
            var track = new Div(fill);
            track.addClassNames("bar-track", prefix + "-track");
            if (bar.mark() != null) {
                var mark = new Div();
                mark.addClassNames("bar-mark", prefix + "-mark");
                mark.getStyle().set("left", percent(bar.mark(), full));
                track.add(mark);
            }
            var figures = new Span(bar.figures());
            figures.addClassNames("bar-figures", prefix + "-figures");
            var row = new Div(label, track, figures);
            row.addClassNames("bar-row", prefix + "-row");
            row.getElement().setAttribute("role", "listitem");
            if (bar.state() != null) {
                row.addClassName(prefix + "-" + bar.state());
            }
            add(row);
        }
    }

    private static String percent(double value, double scale) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * value / scale);
    }
}
