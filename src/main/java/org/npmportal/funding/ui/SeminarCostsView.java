package org.npmportal.funding.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.npmportal.funding.ExpenditureService;
import org.npmportal.funding.SeminarCost;
import org.npmportal.security.Role;

/** What each seminar cost across all grants, and per attending participant. */
@Route("funding/seminars")
@RolesAllowed({Role.Name.FINANCE, Role.Name.ADMIN, Role.Name.ORGANISER})
class SeminarCostsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<SeminarCost> grid;

    SeminarCostsView(ExpenditureService spending) {
        setSizeFull();
        grid = grid(this, spending.seminarCosts(null), getLocale());
        grid.setSizeFull();
        add(grid);
    }

    static Grid<SeminarCost> grid(com.vaadin.flow.component.Component translator, List<SeminarCost> costs, Locale locale) {
        var grid = new Grid<SeminarCost>();
        grid.addColumn(SeminarCost::title).setHeader(translator.getTranslation("funding.cost.seminar")).setKey("seminar")
                .setFlexGrow(3);
        grid.addColumn(c -> (c.city() == null ? "" : c.city() + ", ") + FundingUi.date(c.firstDay(), locale))
                .setHeader(translator.getTranslation("funding.cost.when")).setKey("when").setAutoWidth(true);
        grid.addColumn(c -> FundingUi.money(c.total(), locale)).setHeader(translator.getTranslation("funding.cost.total"))
                .setKey("total").setAutoWidth(true);
        grid.addColumn(SeminarCost::attending).setHeader(translator.getTranslation("funding.cost.attending"))
                .setKey("attending").setAutoWidth(true);
        grid.addColumn(c -> FundingUi.money(c.perParticipant(), locale))
                .setHeader(translator.getTranslation("funding.cost.perParticipant")).setKey("perParticipant")
                .setAutoWidth(true);
        grid.setItems(costs);
        grid.setEmptyStateText(translator.getTranslation("funding.cost.empty"));
        grid.setAllRowsVisible(costs.size() < 20);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funding.seminarCosts");
    }
}
