package org.npmportal.selection.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.npmportal.security.Role;
import org.npmportal.selection.RoundSummary;
import org.npmportal.selection.SelectionService;

/**
 * Selection rounds, newest year first: organisers see every round and start new ones, commission members
 * see the rounds they sit on. A row opens the round.
 */
@Route("selection")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN, Role.Name.COMMISSION})
@Menu(title = "nav.selection", icon = "vaadin:scale", order = 20)
class RoundListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<RoundSummary> grid = new Grid<>();
    final Button newRound = new Button();

    RoundListView(SelectionService selection, AuthenticationContext authentication) {
        Locale locale = getLocale();
        addClassName("selection-rounds");
        setSizeFull();

        newRound.setText(getTranslation("roundList.new"));
        newRound.setIcon(VaadinIcon.PLUS.create());
        newRound.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRound.addClickListener(click -> UI.getCurrent().navigate(RoundView.NEW_ROUND));
        newRound.setVisible(authentication.hasAnyRole(Role.Name.ORGANISER, Role.Name.ADMIN));

        grid.addColumn(RoundSummary::title).setHeader(getTranslation("roundList.column.title")).setKey("title")
                .setFlexGrow(3);
        grid.addColumn(RoundSummary::year).setHeader(getTranslation("roundList.column.year")).setKey("year")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(round -> PhaseBadge.of(round.phase(), this))
                .setHeader(getTranslation("roundList.column.phase")).setKey("phase").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(round -> PhaseBadge.window(round.applicationsOpen(), round.applicationsClose(), locale))
                .setHeader(getTranslation("roundList.column.applications")).setKey("applications").setFlexGrow(2);
        grid.addColumn(RoundSummary::totalSeats).setHeader(getTranslation("roundList.column.seats")).setKey("seats")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RoundSummary::activeCandidates).setHeader(getTranslation("roundList.column.candidates"))
                .setKey("candidates").setAutoWidth(true).setFlexGrow(0);
        // The service decides the order (newest year first), so the columns offer no sorting of their own.
        grid.setItems(query -> selection.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) selection.count());
        grid.setEmptyStateText(getTranslation("roundList.empty"));
        grid.addItemClickListener(click -> UI.getCurrent().navigate(RoundView.path(click.getItem().id())));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        add(newRound, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.selection");
    }
}
