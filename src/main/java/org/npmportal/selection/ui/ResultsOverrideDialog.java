package org.npmportal.selection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.base.ui.Notifications;
import org.npmportal.selection.Outcome;
import org.npmportal.selection.OverrideRow;
import org.npmportal.selection.ResultRow;

/**
 * The chair changes a candidate's place after the decision: a new outcome and the reason, which goes into
 * the minutes. A reason the service refuses is shown on its field and nothing changes.
 */
class ResultsOverrideDialog extends Dialog {

    /** Makes the change; the dialog closes when it returns. */
    @FunctionalInterface
    interface Change {
        void apply(long candidateId, Outcome outcome, String reason);
    }

    final Paragraph candidate = new Paragraph();
    final Select<Outcome> outcome = new Select<>();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Button back = new Button();

    private long candidateId;

    ResultsOverrideDialog(Change change) {
        setHeaderTitle(getTranslation("selectionResults.override.title"));
        setWidth("min(36rem, 100vw)");
        outcome.setLabel(getTranslation("selectionResults.override.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation("selection.outcome." + value.name()));
        reason.setLabel(getTranslation("selectionResults.override.reason"));
        reason.setHelperText(getTranslation("selectionResults.override.reason.help"));
        reason.setMaxLength(OverrideRow.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMinRows(3);
        confirm.setText(getTranslation("selectionResults.override.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            try {
                change.apply(candidateId, outcome.getValue(), reason.getValue());
                close();
            } catch (InvalidInputException invalid) {
                String rest = FieldErrors.show(invalid, Map.of("reason", reason, "outcome", outcome), this);
                if (!rest.isEmpty()) {
                    Notifications.error(rest);
                }
            } catch (UserFacingException refused) {
                Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        back.setText(getTranslation("selectionResults.dialog.back"));
        back.addClickListener(click -> close());
        add(candidate, outcome, reason);
        getFooter().add(back, confirm);
    }

    void ask(ResultRow row, String shownAs) {
        candidateId = row.candidateId();
        candidate.setText(getTranslation("selectionResults.override.candidate", shownAs,
                getTranslation("selection.outcome." + row.outcome().name())));
        outcome.setValue(row.outcome());
        reason.clear();
        reason.setInvalid(false);
        outcome.setInvalid(false);
        open();
    }
}
