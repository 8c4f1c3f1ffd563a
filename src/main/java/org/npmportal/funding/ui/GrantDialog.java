package org.npmportal.funding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.LongConsumer;
import org.npmportal.base.InvalidInputException;
import org.npmportal.funding.CurrencyCode;
import org.npmportal.funding.FundingService;
import org.npmportal.funding.GrantDetails;
import org.npmportal.funding.GrantRequest;
import org.npmportal.funding.GrantStatus;

/** Creates a grant or changes its details. */
class GrantDialog extends Dialog {

    final TextField title = new TextField();
    final TextField donor = new TextField();
    final TextField implementer = new TextField();
    final TextField referenceNumber = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final ComboBox<CurrencyCode> currency = new ComboBox<>();
    final DatePicker startsOn;
    final DatePicker endsOn;
    final ComboBox<GrantStatus> status = new ComboBox<>();
    final Button save = new Button();

    private final FundingService funding;
    private final LongConsumer onSaved;
    private GrantDetails editing;

    GrantDialog(FundingService funding, LongConsumer onSaved) {
        this.funding = funding;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("funding.grant.dialog"));
        title.setLabel(getTranslation("funding.grant.title"));
        title.setMaxLength(GrantRequest.TITLE_MAX);
        donor.setLabel(getTranslation("funding.grant.donor"));
        donor.setMaxLength(GrantRequest.NAME_MAX);
        implementer.setLabel(getTranslation("funding.grant.implementer"));
        implementer.setMaxLength(GrantRequest.NAME_MAX);
        referenceNumber.setLabel(getTranslation("funding.grant.reference"));
        referenceNumber.setMaxLength(GrantRequest.REFERENCE_MAX);
        amount.setLabel(getTranslation("funding.grant.amount"));
        currency.setLabel(getTranslation("funding.expenditure.currency"));
        currency.setItems(CurrencyCode.values());
        currency.setItemLabelGenerator(CurrencyCode::name);
        startsOn = FundingUi.datePicker(this, "funding.grant.startsOn");
        endsOn = FundingUi.datePicker(this, "funding.grant.endsOn");
        status.setLabel(getTranslation("funding.grant.status"));
        status.setItems(GrantStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("funding.status." + s.name()));
        var form = new FormLayout(title, donor, implementer, referenceNumber, amount, currency, startsOn, endsOn, status);
        form.setColspan(title, 2);
        add(form);
        save.setText(getTranslation("funding.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("funding.cancel"), click -> close()), save);
    }

    void open(GrantDetails grant) {
        this.editing = grant;
        if (grant == null) {
            title.clear();
            donor.clear();
            implementer.clear();
            referenceNumber.clear();
            amount.clear();
            currency.setValue(CurrencyCode.EUR);
            startsOn.clear();
            endsOn.clear();
            status.setValue(GrantStatus.PIPELINE);
        } else {
            title.setValue(grant.title());
            donor.setValue(grant.donor());
            implementer.setValue(grant.implementer());
            referenceNumber.setValue(grant.referenceNumber() == null ? "" : grant.referenceNumber());
            amount.setValue(grant.awarded().amount());
            currency.setValue(grant.currency());
            startsOn.setValue(grant.startsOn());
            endsOn.setValue(grant.endsOn());
            status.setValue(grant.status());
        }
        open();
    }

    private void save() {
        var request = new GrantRequest(title.getValue(), donor.getValue(), implementer.getValue(),
                referenceNumber.getValue(), amount.getValue(), currency.getValue() == null ? null : currency.getValue().name(),
                startsOn.getValue(), endsOn.getValue(), status.getValue());
        try {
            long id = funding.saveGrant(editing == null ? null : editing.id(), editing == null ? null : editing.version(),
                    request);
            close();
            onSaved.accept(id);
        } catch (InvalidInputException invalid) {
            FundingUi.showProblems(invalid, fields(), this);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("title", title, "donor", donor, "implementer", implementer, "referenceNumber", referenceNumber,
                "amount", amount, "currency", currency, "startsOn", startsOn, "endsOn", endsOn, "status", status);
    }
}
