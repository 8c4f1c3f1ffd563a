package org.npmportal.funding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.npmportal.base.InvalidInputException;
import org.npmportal.funding.BudgetCategory;
import org.npmportal.funding.FundingService;
import org.npmportal.funding.LineFigures;
import org.npmportal.funding.LineRequest;

/** Adds a budget line or changes one; the planned amount is in the grant's currency. */
class LineDialog extends Dialog {

    final TextField code = new TextField();
    final ComboBox<BudgetCategory> category = new ComboBox<>();
    final TextField name = new TextField();
    final BigDecimalField planned = new BigDecimalField();
    final Button save = new Button();

    private final FundingService funding;
    private final Runnable onSaved;
    private long grantId;
    private Long editing;

    LineDialog(FundingService funding, Runnable onSaved) {
        this.funding = funding;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("funding.line.dialog"));
        code.setLabel(getTranslation("funding.line.code"));
        code.setMaxLength(LineRequest.CODE_MAX);
        category.setLabel(getTranslation("funding.line.category"));
        category.setItems(BudgetCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("funding.category." + c.name()));
        name.setLabel(getTranslation("funding.line.name"));
        name.setMaxLength(LineRequest.NAME_MAX);
        planned.setLabel(getTranslation("funding.line.planned"));
        add(new FormLayout(code, category, name, planned));
        save.setText(getTranslation("funding.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("funding.cancel"), click -> close()), save);
    }

    void open(long grant, LineFigures line) {
        this.grantId = grant;
        this.editing = line == null ? null : line.id();
        code.setValue(line == null ? "" : line.code());
        category.setValue(line == null ? BudgetCategory.OTHER : line.category());
        name.setValue(line == null ? "" : line.name());
        planned.setValue(line == null ? null : line.planned().amount());
        open();
    }

    private void save() {
        try {
            funding.saveLine(grantId, editing, new LineRequest(code.getValue(), category.getValue(), name.getValue(),
                    planned.getValue()));
            close();
            onSaved.run();
        } catch (InvalidInputException invalid) {
            FundingUi.showProblems(invalid, fields(), this);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("code", code, "category", category, "name", name, "planned", planned);
    }
}
