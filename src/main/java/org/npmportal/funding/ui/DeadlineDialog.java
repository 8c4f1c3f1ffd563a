package org.npmportal.funding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.npmportal.base.InvalidInputException;
import org.npmportal.funding.DeadlineKind;
import org.npmportal.funding.DeadlineRequest;
import org.npmportal.funding.FundingService;

/** Adds a reporting deadline to a grant; finance users get reminders ahead of it. */
class DeadlineDialog extends Dialog {

    final ComboBox<DeadlineKind> kind = new ComboBox<>();
    final DatePicker dueOn;
    final TextField description = new TextField();
    final Button save = new Button();

    private final FundingService funding;
    private final Runnable onSaved;
    private long grantId;

    DeadlineDialog(FundingService funding, Runnable onSaved) {
        this.funding = funding;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("funding.deadline.dialog"));
        kind.setLabel(getTranslation("funding.deadline.kind"));
        kind.setItems(DeadlineKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("funding.deadline." + value.name()));
        dueOn = FundingUi.datePicker(this, "funding.deadline.dueOn");
        description.setLabel(getTranslation("funding.deadline.description"));
        description.setMaxLength(DeadlineRequest.DESCRIPTION_MAX);
        add(new FormLayout(kind, dueOn, description));
        save.setText(getTranslation("funding.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("funding.cancel"), click -> close()), save);
    }

    void open(long grantId) {
        this.grantId = grantId;
        kind.clear();
        dueOn.clear();
        description.clear();
        open();
    }

    private void save() {
        try {
            funding.addDeadline(grantId, new DeadlineRequest(kind.getValue(), dueOn.getValue(), description.getValue()));
            close();
            onSaved.run();
        } catch (InvalidInputException invalid) {
            FundingUi.showProblems(invalid, Map.<String, HasValidation>of("kind", kind, "dueOn", dueOn,
                    "description", description), this);
        }
    }
}
