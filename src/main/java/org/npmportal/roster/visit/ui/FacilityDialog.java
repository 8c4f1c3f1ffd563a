package org.npmportal.roster.visit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Map;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.ui.Notifications;
import org.npmportal.directory.Region;
import org.npmportal.roster.ui.RosterUi;
import org.npmportal.roster.visit.Facility;
import org.npmportal.roster.visit.FacilityDetails;
import org.npmportal.roster.visit.FacilityRow;
import org.npmportal.roster.visit.FacilityType;
import org.npmportal.roster.visit.VisitService;

/** A place of detention in the directory: name, type, region and address. */
class FacilityDialog extends Dialog {

    final TextField name = new TextField();
    final Select<FacilityType> type = new Select<>();
    final ComboBox<Region> region = new ComboBox<>();
    final TextField address = new TextField();
    final Button save = new Button();

    private final VisitService visits;
    private final SerializableConsumer<FacilityRow> onSaved;
    private FacilityRow editing;

    FacilityDialog(VisitService visits, List<Region> regions, SerializableConsumer<FacilityRow> onSaved) {
        this.visits = visits;
        this.onSaved = onSaved;
        setWidth("min(40rem, 100vw)");
        name.setLabel(getTranslation("visits.facility.form.name"));
        name.setMaxLength(Facility.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        type.setLabel(getTranslation("visits.facility.form.type"));
        type.setItems(FacilityType.values());
        type.setItemLabelGenerator(t -> getTranslation("visits.type." + t.name()));
        type.setRequiredIndicatorVisible(true);
        region.setLabel(getTranslation("visits.facility.form.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.name(getLocale()));
        region.setRequiredIndicatorVisible(true);
        address.setLabel(getTranslation("visits.facility.form.address"));
        address.setMaxLength(Facility.ADDRESS_MAX);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var form = new FormLayout(name, type, region, address);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(name, 2);
        form.setColspan(address, 2);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    void add(Region suggested) {
        editing = null;
        setHeaderTitle(getTranslation("visits.facility.new"));
        fill(new FacilityDetails("", null, suggested == null ? null : suggested.getId(), ""));
    }

    void edit(FacilityRow facility) {
        editing = facility;
        setHeaderTitle(facility.name());
        fill(facility.details());
    }

    private void fill(FacilityDetails details) {
        name.setValue(details.name() == null ? "" : details.name());
        type.setValue(details.type());
        region.setValue(region.getListDataView().getItems().filter(r -> r.getId().equals(details.regionId()))
                .findFirst().orElse(null));
        address.setValue(details.address() == null ? "" : details.address());
        fields().values().forEach(field -> field.setInvalid(false));
        open();
    }

    private void save() {
        var details = new FacilityDetails(name.getValue(), type.getValue(),
                region.getValue() == null ? null : region.getValue().getId(), address.getValue());
        try {
            var saved = editing == null ? visits.addFacility(details)
                    : visits.updateFacility(editing.id(), editing.version(), details);
            Notifications.success(getTranslation("visits.facility.saved", saved.name()));
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException invalid) {
            RosterUi.showProblems(invalid, fields(), this);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "type", type, "regionId", region, "address", address);
    }
}
