package org.npmportal.seminar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.base.ui.Notifications;
import org.npmportal.seminar.Seminar;

/** Asks for the reason before a seminar is cancelled; the reason goes to everyone registered. */
class CancelDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Button back = new Button();

    CancelDialog(SerializableConsumer<String> onConfirm) {
        setHeaderTitle(getTranslation("seminarEditor.cancel.title"));
        setWidth("min(36rem, 100vw)");
        reason.setLabel(getTranslation("seminarEditor.cancel.reason"));
        reason.setHelperText(getTranslation("seminarEditor.cancel.reason.help"));
        reason.setMaxLength(Seminar.CANCEL_REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMinRows(3);
        confirm.setText(getTranslation("seminarEditor.cancel.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> {
            try {
                onConfirm.accept(reason.getValue());
            } catch (InvalidInputException invalid) {
                String rest = FieldErrors.show(invalid, Map.of("cancelReason", reason), this);
                if (!rest.isEmpty()) {
                    Notifications.error(rest);
                }
            }
        });
        back.setText(getTranslation("seminarEditor.cancel.back"));
        back.addClickListener(click -> close());
        add(reason);
        getFooter().add(back, confirm);
    }

    void ask() {
        reason.clear();
        reason.setInvalid(false);
        open();
    }
}
