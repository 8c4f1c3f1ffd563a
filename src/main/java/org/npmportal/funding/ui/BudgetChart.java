package org.npmportal.funding.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.npmportal.funding.GrantBudget;
import org.npmportal.funding.LineFigures;
import org.npmportal.funding.LineState;

/**
 * Budget against actual as a horizontal bar chart of plain elements: per line a bar of what was spent and a
 * mark where the plan lies, lines close to their plan in the warning colour and overspent ones in the error
 * colour. Every bar carries its figures as text, so it reads the same to a screen reader as the table.
 */
class BudgetChart extends Div {

    BudgetChart() {
        addClassName("budget-chart");
        getElement().setAttribute("role", "list");
    }

    void show(GrantBudget budget, Locale locale) {
        removeAll();
        BigDecimal scale = BigDecimal.ONE;
        for (LineFigures line : budget.lines()) {
            scale = scale.max(line.planned().amount()).max(line.spent().amount());
        }
        for (LineFigures line : budget.lines()) {
            var label = new Span(line.code() + " " + line.name());
            label.addClassName("budget-label");
            var bar = new Div();
            bar.addClassName("budget-bar");
            bar.getStyle().set("width", percent(line.spent().amount(), scale));
            var plan = new Div();
            plan.addClassName("budget-plan");
            plan.getStyle().set("left", percent(line.planned().amount(), scale));
            var track = new Div(bar, plan);
            track.addClassName("budget-track");
            var figures = new Span(getTranslation("funding.chart.figures", FundingUi.money(line.spent(), locale),
                    FundingUi.money(line.planned(), locale), FundingUi.percent(line.percentUsed(), locale)));
            figures.addClassName("budget-figures");
            var row = new Div(label, track, figures);
            row.addClassName("budget-row");
            row.getElement().setAttribute("role", "listitem");
            if (line.state() != LineState.WITHIN) {
                row.addClassName("budget-" + line.state().name().toLowerCase(Locale.ROOT));
            }
            add(row);
        }
    }

    private static String percent(BigDecimal value, BigDecimal scale) {
        return value.multiply(BigDecimal.valueOf(100)).divide(scale, 1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
