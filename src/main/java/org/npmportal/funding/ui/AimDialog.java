package org.npmportal.funding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.npmportal.base.InvalidInputException;
import org.npmportal.funding.AimRequest;
import org.npmportal.funding.FundingService;

/** Adds an aim to a grant, or changes one: the aim, the indicator that measures it and its target. */
class AimDialog extends Dialog {

    final TextArea aim = new TextArea();
    final TextArea indicator = new TextArea();
    final TextField target = new TextField();
    final Button save = new Button();

    private final FundingService funding;
    private final Runnable onSaved;
    private long grantId;
    private List<AimRequest> aims = List.of();
    /** The aim being changed, or -1 for a new one at the end. */
    private int index;

    AimDialog(FundingService funding, Runnable onSaved) {
        this.funding = funding;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("funding.aim.dialog"));
        aim.setLabel(getTranslation("funding.aim.aim"));
        aim.setMaxLength(AimRequest.TEXT_MAX);
        indicator.setLabel(getTranslation("funding.aim.indicatorLabel"));
        indicator.setMaxLength(AimRequest.TEXT_MAX);
        target.setLabel(getTranslation("funding.aim.targetLabel"));
        target.setMaxLength(AimRequest.TARGET_MAX);
        var form = new FormLayout(aim, indicator, target);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        setWidth("36rem");
        save.setText(getTranslation("funding.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("funding.cancel"), click -> close()), save);
    }

    /** Opens for the aim at {@code index} of the grant's aims, or for a new aim when it is -1. */
    void open(long grantId, List<AimRequest> aims, int index) {
        this.grantId = grantId;
        this.aims = List.copyOf(aims);
        this.index = index;
        var shown = index < 0 ? null : aims.get(index);
        aim.setValue(shown == null ? "" : shown.aim());
        indicator.setValue(shown == null ? "" : shown.indicator());
        target.setValue(shown == null ? "" : shown.target());
        List.of(aim, indicator, target).forEach(field -> field.setInvalid(false));
        open();
    }

    private void save() {
        var changed = new ArrayList<>(aims);
        var edited = new AimRequest(aim.getValue(), indicator.getValue(), target.getValue());
        int position = index < 0 ? changed.size() : index;
        if (index < 0) {
            changed.add(edited);
        } else {
            changed.set(index, edited);
        }
        try {
            funding.saveAims(grantId, changed);
            close();
            onSaved.run();
        } catch (InvalidInputException invalid) {
            String prefix = "aims[" + position + "].";
            FundingUi.showProblems(invalid, Map.<String, HasValidation>of(prefix + "aim", aim,
                    prefix + "indicator", indicator, prefix + "target", target), this);
        }
    }
}
