package org.npmportal.seminar.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import org.npmportal.directory.Organisation;
import org.npmportal.seminar.PartnerRole;
import org.npmportal.seminar.SeminarPartner;

/** One partner organisation and its role. */
class PartnerRow extends SeminarFormRow<SeminarPartner> {

    final ComboBox<Organisation> organisation = new ComboBox<>();
    final Select<PartnerRole> role = new Select<>();

    PartnerRow(SeminarPartner partner, List<Organisation> organisations, Runnable onChange) {
        super(SeminarPartner.class, partner);
        organisation.setLabel(getTranslation("seminarEditor.partner.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(SeminarForm::organisationLabel);
        organisation.addClassName("seminar-form-wide");
        role.setLabel(getTranslation("seminarEditor.partner.role"));
        role.setItems(PartnerRole.values());
        role.setItemLabelGenerator(value -> getTranslation("seminar.partnerRole." + value.name()));
        binder.forField(organisation).bind("organisation");
        binder.forField(role).bind("role");
        add(organisation, role, removeItem);
        bindAndShow(onChange);
    }

    @Override
    Map<String, HasValidation> fieldsByProperty() {
        return Map.of("organisation", organisation, "role", role);
    }
}
