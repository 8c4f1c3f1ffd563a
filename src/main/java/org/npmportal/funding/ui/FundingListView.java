package org.npmportal.funding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.npmportal.funding.FundingService;
import org.npmportal.funding.GrantFilter;
import org.npmportal.funding.GrantRow;
import org.npmportal.funding.GrantStatus;
import org.npmportal.funding.PortfolioTotal;
import org.npmportal.security.Role;

/**
 * The portfolio: funded grants added up per currency, and every grant with what was received and spent.
 * Finance staff and administrators add grants; organisers read.
 */
@Route("funding")
@RolesAllowed({Role.Name.FINANCE, Role.Name.ADMIN, Role.Name.ORGANISER})
@Menu(title = "nav.funding", icon = "vaadin:money", order = 40)
class FundingListView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<GrantStatus> status = new ComboBox<>();
    final TextField donor = new TextField();
    final Button newGrant = new Button();
    final Grid<GrantRow> grid = new Grid<>();
    final Div portfolio = new Div();
    final GrantDialog dialog;

    private final FundingService funding;
    private final Locale locale;
    private GrantFilter filter = GrantFilter.all();

    FundingListView(FundingService funding) {
        this.funding = funding;
        this.locale = getLocale();
        setSizeFull();
        addClassName("funding-list");
        dialog = new GrantDialog(funding, id -> UI.getCurrent().navigate("funding/" + id));

        portfolio.addClassName("funding-portfolio");
        for (PortfolioTotal total : funding.portfolio()) {
            var card = new Div(new Span(getTranslation("funding.portfolio.grants", total.grants(), total.currency().name())),
                    new Span(getTranslation("funding.portfolio.awarded", FundingUi.money(total.awarded(), locale))),
                    new Span(getTranslation("funding.portfolio.received", FundingUi.money(total.received(), locale))),
                    new Span(getTranslation("funding.portfolio.spent", FundingUi.money(total.spent(), locale))),
                    new Span(getTranslation("funding.portfolio.remaining", FundingUi.money(total.remaining(), locale))));
            card.addClassName("funding-card");
            portfolio.add(card);
        }

        status.setLabel(getTranslation("funding.grant.status"));
        status.setItems(GrantStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("funding.status." + s.name()));
        status.setClearButtonVisible(true);
        donor.setLabel(getTranslation("funding.grant.donor"));
        donor.setClearButtonVisible(true);
        donor.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(change -> filterChanged());
        donor.addValueChangeListener(change -> filterChanged());

        newGrant.setText(getTranslation("funding.list.new"));
        newGrant.setIcon(VaadinIcon.PLUS.create());
        newGrant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newGrant.addClickListener(click -> dialog.open(null));
        newGrant.setVisible(funding.mayEdit());
        var costs = new RouterLink(getTranslation("funding.seminarCosts"), SeminarCostsView.class);

        grid.addColumn(GrantRow::title).setHeader(getTranslation("funding.grant.title")).setKey("title").setFlexGrow(3);
        grid.addColumn(GrantRow::donor).setHeader(getTranslation("funding.grant.donor")).setKey("donor").setFlexGrow(1);
        grid.addColumn(g -> getTranslation("funding.status." + g.status().name()))
                .setHeader(getTranslation("funding.grant.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> FundingUi.period(g.startsOn(), g.endsOn(), locale))
                .setHeader(getTranslation("funding.grant.period")).setKey("period").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> FundingUi.money(g.awarded(), locale)).setHeader(getTranslation("funding.grant.amount"))
                .setKey("awarded").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> FundingUi.money(g.received(), locale)).setHeader(getTranslation("funding.budget.received"))
                .setKey("received").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> FundingUi.money(g.spent(), locale)).setHeader(getTranslation("funding.budget.spent"))
                .setKey("spent").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> funding.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) funding.count(filter));
        grid.setEmptyStateText(getTranslation("funding.list.empty"));
        // The service lists grants in one stated order (newest first); headers must not offer a sort they ignore.
        grid.getColumns().forEach(column -> column.setSortable(false));
        grid.addItemClickListener(click -> UI.getCurrent().navigate("funding/" + click.getItem().id()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        var filters = new HorizontalLayout(status, donor);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        var actions = new HorizontalLayout(newGrant, costs);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(portfolio, actions, filters, grid);
    }

    private void filterChanged() {
        filter = new GrantFilter(status.getValue(), donor.getValue());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.funding");
    }
}
