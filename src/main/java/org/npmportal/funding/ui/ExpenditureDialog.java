package org.npmportal.funding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.ui.Notifications;
import org.npmportal.funding.CurrencyCode;
import org.npmportal.funding.ExpenditureRequest;
import org.npmportal.funding.ExpenditureService;
import org.npmportal.funding.GrantDetails;
import org.npmportal.funding.LineFigures;
import org.npmportal.funding.SeminarOption;

/** Records an expenditure on one of the grant's lines, or changes one; the service checks every rule. */
class ExpenditureDialog extends Dialog {

    final ComboBox<LineFigures> line = new ComboBox<>();
    final DatePicker spentOn;
    final BigDecimalField amount = new BigDecimalField();
    final ComboBox<CurrencyCode> currency = new ComboBox<>();
    final BigDecimalField rate = new BigDecimalField();
    final TextField supplier = new TextField();
    final TextField documentNumber = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<SeminarOption> seminar = new ComboBox<>();
    final Button save = new Button();
    final Button delete = new Button();
    final ConfirmDialog confirmDelete = new ConfirmDialog();

    private final ExpenditureService spending;
    private final Runnable onSaved;
    private GrantDetails grant;
    private Long editing;

    ExpenditureDialog(ExpenditureService spending, Locale locale, Runnable onSaved) {
        this.spending = spending;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("funding.expenditure.dialog"));
        line.setLabel(getTranslation("funding.expenditure.line"));
        line.setItemLabelGenerator(l -> l.code() + " " + l.name() + " (" + getTranslation("funding.line.remainingShort",
                FundingUi.money(l.remaining(), locale)) + ")");
        spentOn = FundingUi.datePicker(this, "funding.expenditure.date");
        amount.setLabel(getTranslation("funding.expenditure.amount"));
        currency.setLabel(getTranslation("funding.expenditure.currency"));
        currency.setItems(CurrencyCode.values());
        currency.setItemLabelGenerator(CurrencyCode::name);
        rate.setLabel(getTranslation("funding.expenditure.rate"));
        supplier.setLabel(getTranslation("funding.expenditure.supplier"));
        supplier.setMaxLength(ExpenditureRequest.SUPPLIER_MAX);
        documentNumber.setLabel(getTranslation("funding.expenditure.document"));
        documentNumber.setMaxLength(ExpenditureRequest.DOCUMENT_MAX);
        description.setLabel(getTranslation("funding.expenditure.description"));
        description.setMaxLength(ExpenditureRequest.DESCRIPTION_MAX);
        seminar.setLabel(getTranslation("funding.expenditure.seminar"));
        seminar.setClearButtonVisible(true);
        seminar.setItemLabelGenerator(s -> s.title() + (s.city() == null ? "" : ", " + s.city()) + ", "
                + FundingUi.date(s.firstDay(), locale));
        currency.addValueChangeListener(change -> rateHelper());

        var form = new FormLayout(line, spentOn, amount, currency, rate, supplier, documentNumber, seminar, description);
        form.setColspan(description, 2);
        add(form);
        save.setText(getTranslation("funding.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        delete.setText(getTranslation("funding.expenditure.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDelete.open());
        confirmDelete.setHeader(getTranslation("funding.expenditure.delete"));
        confirmDelete.setText(getTranslation("funding.expenditure.delete.confirm"));
        confirmDelete.setCancelable(true);
        confirmDelete.setCancelText(getTranslation("funding.cancel"));
        confirmDelete.setConfirmText(getTranslation("funding.expenditure.delete"));
        confirmDelete.setConfirmButtonTheme("error primary");
        confirmDelete.addConfirmListener(confirmed -> delete());
        getFooter().add(delete, new Button(getTranslation("funding.cancel"), click -> close()), save);
    }

    void open(GrantDetails shown, List<LineFigures> lines, List<SeminarOption> seminars, Long expenditureId) {
        this.grant = shown;
        this.editing = expenditureId;
        delete.setVisible(expenditureId != null);
        line.setItems(lines);
        seminar.setItems(seminars);
        fields().values().forEach(f -> f.setInvalid(false));
        if (expenditureId == null) {
            line.clear();
            spentOn.clear();
            amount.clear();
            currency.setValue(CurrencyCode.KZT);
            rate.clear();
            supplier.clear();
            documentNumber.clear();
            description.clear();
            seminar.clear();
        } else {
            spending.get(expenditureId).ifPresent(e -> {
                line.setValue(lines.stream().filter(l -> l.id() == e.lineId()).findFirst().orElse(null));
                spentOn.setValue(e.spentOn());
                amount.setValue(e.amount());
                currency.setValue(CurrencyCode.parse(e.currency()).orElse(null));
                rate.setValue(e.rate());
                supplier.setValue(e.supplier());
                documentNumber.setValue(e.documentNumber());
                description.setValue(e.description() == null ? "" : e.description());
                seminar.setValue(seminars.stream().filter(s -> e.seminarId() != null && s.id() == e.seminarId())
                        .findFirst().orElse(null));
            });
        }
        rateHelper();
        open();
    }

    private void rateHelper() {
        if (grant == null) {
            return;
        }
        boolean foreign = currency.getValue() != null && currency.getValue() != grant.currency();
        rate.setEnabled(foreign);
        rate.setHelperText(foreign && currency.getValue() != null
                ? getTranslation("funding.rate.helper", grant.currency().name(), currency.getValue().name()) : null);
    }

    private void save() {
        var request = new ExpenditureRequest(line.getValue() == null ? null : line.getValue().id(), spentOn.getValue(),
                amount.getValue(), currency.getValue() == null ? null : currency.getValue().name(), rate.getValue(),
                supplier.getValue(), documentNumber.getValue(), description.getValue(),
                seminar.getValue() == null ? null : seminar.getValue().id());
        try {
            if (editing == null) {
                spending.record(grant.id(), request);
            } else {
                spending.update(editing, request);
            }
            Notifications.success(getTranslation("funding.expenditure.saved"));
            close();
            onSaved.run();
        } catch (InvalidInputException invalid) {
            FundingUi.showProblems(invalid, fields(), this);
        }
    }

    /** Removes a wrongly recorded expenditure; the audit log keeps what it was. */
    private void delete() {
        spending.delete(editing);
        Notifications.success(getTranslation("funding.expenditure.deleted"));
        close();
        onSaved.run();
    }

    private Map<String, HasValidation> fields() {
        return Map.of("lineId", line, "spentOn", spentOn, "amount", amount, "currency", currency, "rate", rate,
                "supplier", supplier, "documentNumber", documentNumber, "description", description, "seminarId", seminar);
    }
}
