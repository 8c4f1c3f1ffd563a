package org.npmportal.registration.ui;

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
import org.npmportal.registration.RegistrationService;

/**
 * Asks for an optional message before chosen registrations are rejected or cancelled; the message goes
 * to each person in their mail. Used for both, with different texts.
 */
class DecisionDialog extends Dialog {

    final Paragraph summary = new Paragraph();
    final TextArea message = new TextArea();
    final Button confirm = new Button();
    final Button back = new Button();

    private final String summaryKey;

    /**
     * @param keyPrefix {@code participants.reject} or {@code participants.cancel}, the start of the dialog's keys
     * @param onConfirm decides with the message; true when done, which closes the dialog
     */
    DecisionDialog(String keyPrefix, SerializablePredicate<String> onConfirm) {
        this.summaryKey = keyPrefix + ".summary";
        setHeaderTitle(getTranslation(keyPrefix + ".title"));
        setWidth("min(36rem, 100vw)");
        message.setLabel(getTranslation("participants.message"));
        message.setHelperText(getTranslation("participants.message.help"));
        message.setMaxLength(RegistrationService.MESSAGE_MAX);
        message.setWidthFull();
        message.setMinRows(3);
        confirm.setText(getTranslation(keyPrefix + ".confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> {
            try {
                if (onConfirm.test(message.getValue())) {
                    close();
                }
            } catch (InvalidInputException invalid) {
                String rest = FieldErrors.show(invalid, Map.of("message", message), this);
                if (!rest.isEmpty()) {
                    Notifications.error(rest);
                }
            }
        });
        back.setText(getTranslation("participants.dialog.back"));
        back.addClickListener(click -> close());
        add(summary, message);
        getFooter().add(back, confirm);
    }

    void ask(int chosen) {
        summary.setText(getTranslation(summaryKey, chosen));
        message.clear();
        message.setInvalid(false);
        open();
    }
}
