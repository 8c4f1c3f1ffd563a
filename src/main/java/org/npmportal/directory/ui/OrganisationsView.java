package org.npmportal.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.base.ui.Notifications;
import org.npmportal.directory.Organisation;
import org.npmportal.directory.OrganisationKind;
import org.npmportal.directory.OrganisationService;
import org.npmportal.security.Role;

/** The partner organisations, donors and NGOs that seminars and grants name. */
@Route("organisations")
@RolesAllowed({Role.Name.ORGANISER, Role.Name.ADMIN, Role.Name.FINANCE})
@Menu(title = "nav.organisations", icon = "vaadin:institution", order = 80)
class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Organisation> grid = new Grid<>();
    final TextField filter = new TextField();
    final Button add = new Button();
    final Dialog dialog = new Dialog();
    final TextField name = new TextField();
    final TextField acronym = new TextField();
    final Select<OrganisationKind> kind = new Select<>();
    final TextField website = new TextField();
    final Button save = new Button();

    private final OrganisationService organisations;
    private final BeanValidationBinder<Organisation> binder = new BeanValidationBinder<>(Organisation.class);

    OrganisationsView(OrganisationService organisations) {
        this.organisations = organisations;
        setSizeFull();

        filter.setPlaceholder(getTranslation("organisations.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        add.setText(getTranslation("organisations.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> open(new Organisation(null, null, OrganisationKind.NGO, null)));

        grid.addColumn(Organisation::getName).setHeader(getTranslation("organisation.name"))
                .setSortProperty("name").setFlexGrow(3);
        grid.addColumn(Organisation::getAcronym).setHeader(getTranslation("organisation.acronym"))
                .setSortProperty("acronym");
        grid.addColumn(o -> getTranslation("organisation.kind." + o.getKind().name()))
                .setHeader(getTranslation("organisation.kind")).setSortProperty("kind");
        grid.addColumn(Organisation::getWebsite).setHeader(getTranslation("organisation.website"));
        grid.setItems(query -> organisations.list(filter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) organisations.count(filter.getValue()));
        grid.addItemClickListener(click -> organisations.get(click.getItem().getId()).ifPresent(this::open));
        grid.setSizeFull();

        name.setLabel(getTranslation("organisation.name"));
        name.setMaxLength(Organisation.NAME_MAX);
        acronym.setLabel(getTranslation("organisation.acronym"));
        acronym.setMaxLength(Organisation.ACRONYM_MAX);
        kind.setLabel(getTranslation("organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("organisation.kind." + k.name()));
        website.setLabel(getTranslation("organisation.website"));
        website.setMaxLength(Organisation.WEBSITE_MAX);
        website.setPlaceholder("https://");
        binder.bindInstanceFields(this);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        var form = new FormLayout(name, acronym, kind, website);
        form.setColspan(name, 2);
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(40rem, 100vw)");

        add(new HorizontalLayout(filter, add), grid);
    }

    private void open(Organisation organisation) {
        dialog.setHeaderTitle(getTranslation(organisation.getId() == null ? "organisations.add" : "organisations.edit"));
        binder.setBean(organisation);
        dialog.open();
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            organisations.save(binder.getBean());
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notifications.success(getTranslation("organisations.saved"));
        } catch (InvalidInputException invalid) {
            String rest = FieldErrors.show(invalid, Map.of("name", name, "acronym", acronym, "kind", kind,
                    "website", website), this);
            if (!rest.isEmpty()) {
                Notifications.error(rest);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisations");
    }
}
