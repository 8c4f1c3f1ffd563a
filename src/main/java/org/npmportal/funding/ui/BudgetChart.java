package org.npmportal.funding.ui;

import java.util.Locale;
import org.npmportal.base.ui.BarChart;
import org.npmportal.funding.GrantBudget;
import org.npmportal.funding.LineState;

/**
 * Budget against actual as a bar chart: per line a bar of what was spent and a mark where the plan lies,
 * lines close to their plan in the warning colour and overspent ones in the error colour, with the figures
 * as text. The bars are drawing only; the figures come from the exact amounts.
 */
class BudgetChart extends BarChart {

    BudgetChart() {
        super("budget");
    }

    void show(GrantBudget budget, Locale locale) {
        show(budget.lines().stream().map(line -> new Bar(line.code() + " " + line.name(),
                line.spent().amount().doubleValue(), line.planned().amount().doubleValue(),
                getTranslation("funding.chart.figures", FundingUi.money(line.spent(), locale),
                        FundingUi.money(line.planned(), locale), FundingUi.percent(line.percentUsed(), locale)),
                line.state() == LineState.WITHIN ? null : line.state().name().toLowerCase(Locale.ROOT))).toList());
    }
}
