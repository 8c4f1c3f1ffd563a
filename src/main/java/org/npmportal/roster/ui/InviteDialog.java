package org.npmportal.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.ui.Notifications;
import org.npmportal.roster.RequirementRow;
import org.npmportal.roster.TrainingService;

/**
 * Confirms inviting a requirement's missing members to its next seminar, and asks which language to write
 * in to members whose language the roster does not know.
 */
class InviteDialog extends Dialog {

    final Paragraph text = new Paragraph();
    final Select<Language> language = new Select<>();
    final Button send = new Button();

    private final TrainingService training;
    private final Runnable onDone;
    private RequirementRow requirement;

    InviteDialog(TrainingService training, Runnable onDone) {
        this.training = training;
        this.onDone = onDone;
        setWidth("min(36rem, 100vw)");
        setHeaderTitle(getTranslation("roster.invite.title"));
        language.setLabel(getTranslation("roster.invite.language"));
        language.setHelperText(getTranslation("roster.invite.language.help"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        send.setText(getTranslation("roster.invite.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send());
        add(text, language);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), send);
    }

    void ask(RequirementRow shown) {
        this.requirement = shown;
        Locale locale = getLocale();
        text.setText(getTranslation("roster.invite.text", shown.notMet(), shown.name(), shown.nextSeminar().title(),
                RosterUi.date(shown.nextSeminar().firstDay(), locale)));
        language.setValue(Language.of(locale));
        open();
    }

    private void send() {
        var result = training.inviteNotMet(requirement.id(), language.getValue());
        close();
        Notifications.success(getTranslation("roster.invite.done", result.invited(), result.renewed(),
                result.alreadyRegistered(), result.leftOut()));
        onDone.run();
    }
}
