package org.npmportal.funding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.Map;
import org.npmportal.base.InvalidInputException;
import org.npmportal.funding.CurrencyCode;
import org.npmportal.funding.FundingService;
import org.npmportal.funding.GrantDetails;
import org.npmportal.funding.InstalmentRequest;

/** Records money received from the donor. */
class InstalmentDialog extends Dialog {

    final DatePicker receivedOn;
    final BigDecimalField amount = new BigDecimalField();
    final ComboBox<CurrencyCode> currency = new ComboBox<>();
    final BigDecimalField rate = new BigDecimalField();
    final Button save = new Button();

    private final FundingService funding;
    private final Runnable onSaved;
    private GrantDetails grant;

    InstalmentDialog(FundingService funding, Runnable onSaved) {
        this.funding = funding;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("funding.instalment.dialog"));
        receivedOn = FundingUi.datePicker(this, "funding.instalment.date");
        amount.setLabel(getTranslation("funding.expenditure.amount"));
        currency.setLabel(getTranslation("funding.expenditure.currency"));
        currency.setItems(CurrencyCode.values());
        currency.setItemLabelGenerator(CurrencyCode::name);
        rate.setLabel(getTranslation("funding.expenditure.rate"));
        add(new FormLayout(receivedOn, amount, currency, rate));
        save.setText(getTranslation("funding.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("funding.cancel"), click -> close()), save);
    }

    void open(GrantDetails shown) {
        this.grant = shown;
        receivedOn.clear();
        amount.clear();
        currency.setValue(shown.currency());
        rate.clear();
        open();
    }

    private void save() {
        try {
            funding.recordInstalment(grant.id(), new InstalmentRequest(receivedOn.getValue(), amount.getValue(),
                    currency.getValue() == null ? null : currency.getValue().name(), rate.getValue()));
            close();
            onSaved.run();
        } catch (InvalidInputException invalid) {
            FundingUi.showProblems(invalid, fields(), this);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("receivedOn", receivedOn, "amount", amount, "currency", currency, "rate", rate);
    }
}
