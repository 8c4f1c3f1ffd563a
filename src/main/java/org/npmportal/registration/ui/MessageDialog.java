package org.npmportal.registration.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.base.ui.Notifications;
import org.npmportal.registration.ParticipantCounts;
import org.npmportal.registration.ParticipantService;
import org.npmportal.registration.RegistrationStatus;

/** Writes a mail to everyone in the chosen groups; each person's own link is added below the text. */
class MessageDialog extends Dialog {

    /** What the dialog sends; a bad field comes back as {@link InvalidInputException}. */
    @FunctionalInterface
    interface Sender {
        void send(Set<RegistrationStatus> groups, String subject, String body);
    }

    final CheckboxGroup<RegistrationStatus> groups = new CheckboxGroup<>();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    final Button send = new Button();
    final Button back = new Button();

    private ParticipantCounts counts;

    MessageDialog(Sender sender) {
        setHeaderTitle(getTranslation("participants.write.title"));
        setWidth("min(44rem, 100vw)");
        groups.setLabel(getTranslation("participants.write.groups"));
        groups.setItems(ParticipantService.GROUPS);
        groups.setItemLabelGenerator(status -> getTranslation("participants.write.group",
                getTranslation("registration.status." + status.name()), counts == null ? 0 : counts.of(status)));
        groups.setRequiredIndicatorVisible(true);
        subject.setLabel(getTranslation("participants.write.subject"));
        subject.setMaxLength(ParticipantService.SUBJECT_MAX);
        subject.setRequiredIndicatorVisible(true);
        subject.setWidthFull();
        body.setLabel(getTranslation("participants.write.body"));
        body.setHelperText(getTranslation("participants.write.body.help"));
        body.setMaxLength(ParticipantService.BODY_MAX);
        body.setRequiredIndicatorVisible(true);
        body.setMinRows(6);
        body.setWidthFull();
        send.setText(getTranslation("participants.write.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            try {
                sender.send(groups.getValue(), subject.getValue(), body.getValue());
            } catch (InvalidInputException invalid) {
                String rest = FieldErrors.show(invalid, Map.of("groups", groups, "subject", subject, "body", body),
                        this);
                if (!rest.isEmpty()) {
                    Notifications.error(rest);
                }
            }
        });
        back.setText(getTranslation("participants.dialog.back"));
        back.addClickListener(click -> close());
        var content = new VerticalLayout(new Paragraph(getTranslation("participants.write.intro")), groups, subject,
                body);
        content.setPadding(false);
        add(content);
        getFooter().add(back, send);
    }

    /** Opens empty, with the number of people in each group next to it. */
    void ask(ParticipantCounts current) {
        this.counts = current;
        groups.getDataProvider().refreshAll();
        groups.clear();
        subject.clear();
        body.clear();
        for (var field : new HasValidation[] {groups, subject, body}) {
            field.setInvalid(false);
        }
        open();
    }
}
