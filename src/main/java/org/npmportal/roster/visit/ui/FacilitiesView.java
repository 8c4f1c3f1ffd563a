package org.npmportal.roster.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.npmportal.base.Texts;
import org.npmportal.directory.DirectoryService;
import org.npmportal.directory.Region;
import org.npmportal.roster.RosterService;
import org.npmportal.roster.visit.Facility;
import org.npmportal.roster.visit.FacilityFilter;
import org.npmportal.roster.visit.FacilityRow;
import org.npmportal.roster.visit.FacilityType;
import org.npmportal.roster.visit.VisitService;
import org.npmportal.security.Role;

/**
 * The directory of places of detention that monitors visit, by region and name, with how many visits each
 * had. Organisers add and correct places here.
 */
@Route("facilities")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN, Role.Name.COMMISSION})
@Menu(title = "nav.facilities", icon = "vaadin:building", order = 31)
class FacilitiesView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Select<FacilityType> type = new Select<>();
    final ComboBox<Region> region = new ComboBox<>();
    final Button add = new Button();
    final Grid<FacilityRow> grid = new Grid<>();
    final FacilityDialog dialog;

    private volatile FacilityFilter filter = FacilityFilter.all();

    FacilitiesView(VisitService visits, RosterService rosters, DirectoryService directory) {
        Locale locale = getLocale();
        setSizeFull();
        addClassName("facilities");
        var regions = directory.regions();
        dialog = new FacilityDialog(visits, regions, saved -> grid.getDataProvider().refreshAll());
        boolean mayEdit = rosters.mayEdit();

        search.setLabel(getTranslation("visits.facilities.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(Facility.NAME_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        type.setLabel(getTranslation("visits.facilities.type"));
        type.setItems(FacilityType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("visits.facilities.allTypes")
                : getTranslation("visits.type." + t.name()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("visits.facilities.allTypes"));
        region.setLabel(getTranslation("visits.facilities.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.name(locale));
        region.setClearButtonVisible(true);
        search.addValueChangeListener(change -> filterChanged());
        type.addValueChangeListener(change -> filterChanged());
        region.addValueChangeListener(change -> filterChanged());
        add.setText(getTranslation("visits.facilities.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> dialog.add(region.getValue()));
        add.setVisible(mayEdit);

        grid.addColumn(FacilityRow::name).setHeader(getTranslation("visits.column.facility")).setKey("name")
                .setFlexGrow(2);
        grid.addColumn(f -> getTranslation("visits.type." + f.type().name()))
                .setHeader(getTranslation("visits.column.type")).setKey("type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> f.regionName(locale)).setHeader(getTranslation("visits.column.region")).setKey("region")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FacilityRow::address).setHeader(getTranslation("visits.column.address")).setKey("address")
                .setFlexGrow(1);
        grid.addColumn(FacilityRow::visits).setHeader(getTranslation("visits.column.visits")).setKey("visits")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> visits.facilities(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) visits.countFacilities(filter));
        grid.setEmptyStateText(getTranslation("visits.facilities.empty"));
        if (mayEdit) {
            grid.addItemClickListener(click -> dialog.edit(click.getItem()));
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        var filters = new HorizontalLayout(search, type, region, add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
    }

    private void filterChanged() {
        filter = new FacilityFilter(Texts.blankToNull(search.getValue()), type.getValue(),
                region.getValue() == null ? null : region.getValue().getId());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.facilities");
    }
}
