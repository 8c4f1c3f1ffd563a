package org.npmportal.selection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializablePredicate;
import java.util.Map;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.base.ui.Notifications;
import org.npmportal.selection.CandidateService;

/** Asks for the reason before a candidate is withdrawn; the reason is kept in the audit log. */
class WithdrawDialog extends Dialog {

    final Paragraph summary = new Paragraph();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Button back = new Button();

    /** @param onConfirm withdraws with the reason; true when done, which closes the dialog */
    WithdrawDialog(SerializablePredicate<String> onConfirm) {
        setHeaderTitle(getTranslation("selectionCandidates.withdraw.title"));
        setWidth("min(36rem, 100vw)");
        reason.setLabel(getTranslation("selectionCandidates.withdraw.reason"));
        reason.setHelperText(getTranslation("selectionCandidates.withdraw.reason.help"));
        reason.setMaxLength(CandidateService.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMinRows(3);
        confirm.setText(getTranslation("selectionCandidates.withdraw.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> {
            try {
                if (onConfirm.test(reason.getValue())) {
                    close();
                }
            } catch (InvalidInputException invalid) {
                String rest = FieldErrors.show(invalid, Map.of("reason", reason), this);
                if (!rest.isEmpty()) {
                    Notifications.error(rest);
                }
            }
        });
        back.setText(getTranslation("selectionCandidates.dialog.back"));
        back.addClickListener(click -> close());
        add(summary, reason);
        getFooter().add(back, confirm);
    }

    void ask(String code, String fullName) {
        summary.setText(getTranslation("selectionCandidates.withdraw.summary", code, fullName));
        reason.clear();
        reason.setInvalid(false);
        open();
    }
}
