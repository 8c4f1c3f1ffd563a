package org.npmportal.selection.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.function.SerializablePredicate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.base.ui.Notifications;
import org.npmportal.directory.Region;
import org.npmportal.selection.Candidate;

/**
 * Adds a candidate or edits one, bound to the candidate with its own constraints. It only collects the
 * input and hands it to the screen, which calls the service; problems the service finds go back onto the
 * fields that caused them.
 */
class CandidateDialog extends Dialog {

    final TextField fullName = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final TextField organisation = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final TextField languages = new TextField();
    final TextArea experience = new TextArea();
    final TextArea motivation = new TextArea();
    final RadioButtonGroup<Language> language = new RadioButtonGroup<>();
    final Checkbox shareContacts = new Checkbox();
    final Button save = new Button();
    final Button back = new Button();

    private final TranslatedBeanValidationBinder<Candidate> binder;
    private Candidate candidate;

    /**
     * @param onSave saves the candidate; true when done, which closes the dialog. It may throw
     *               {@link InvalidInputException}, whose problems are shown on the fields.
     */
    CandidateDialog(List<Region> regions, SerializablePredicate<Candidate> onSave) {
        setWidth("min(48rem, 100vw)");
        binder = new TranslatedBeanValidationBinder<>(Candidate.class, this);
        Map<Long, Region> regionsById = regions.stream().collect(Collectors.toMap(Region::getId, Function.identity()));

        fullName.setLabel(getTranslation("selectionCandidates.field.fullName"));
        fullName.setMaxLength(Candidate.NAME_MAX);
        email.setLabel(getTranslation("selectionCandidates.field.email"));
        email.setMaxLength(Candidate.EMAIL_MAX);
        phone.setLabel(getTranslation("selectionCandidates.field.phone"));
        phone.setMaxLength(Candidate.PHONE_MAX);
        organisation.setLabel(getTranslation("selectionCandidates.field.organisation"));
        organisation.setMaxLength(Candidate.ORGANISATION_MAX);
        region.setLabel(getTranslation("selectionCandidates.field.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.name(getLocale()));
        languages.setLabel(getTranslation("selectionCandidates.field.languages"));
        languages.setHelperText(getTranslation("selectionCandidates.field.languages.help"));
        languages.setMaxLength(Candidate.LANGUAGES_MAX);
        experience.setLabel(getTranslation("selectionCandidates.field.experience"));
        experience.setMaxLength(Candidate.TEXT_MAX);
        experience.setMaxRows(8);
        motivation.setLabel(getTranslation("selectionCandidates.field.motivation"));
        motivation.setMaxLength(Candidate.TEXT_MAX);
        motivation.setMaxRows(8);
        language.setLabel(getTranslation("selectionCandidates.field.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        shareContacts.setLabel(getTranslation("selectionCandidates.field.shareContacts"));

        binder.forField(fullName).bind("fullName");
        binder.forField(email).bind("email");
        binder.forField(phone).bind("phone");
        binder.forField(organisation).bind("organisation");
        binder.forField(region)
                .withConverter(Converter.<Region, Long>from(r -> Result.ok(
                        r == null ? null : r.getId()), id -> id == null ? null : regionsById.get(id)))
                .bind("regionId");
        binder.forField(languages).bind("languages");
        binder.forField(experience).bind("experience");
        binder.forField(motivation).bind("motivation");
        binder.forField(language).bind("language");
        binder.forField(shareContacts).bind("shareContacts");

        save.setText(getTranslation("selectionCandidates.dialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!binder.writeBeanIfValid(candidate)) {
                return;
            }
            try {
                if (onSave.test(candidate)) {
                    close();
                }
            } catch (InvalidInputException invalid) {
                String rest = FieldErrors.show(invalid, fields(), this);
                if (!rest.isEmpty()) {
                    Notifications.error(rest);
                }
            }
        });
        back.setText(getTranslation("selectionCandidates.dialog.back"));
        back.addClickListener(click -> close());

        var form = new FormLayout(fullName, email, phone, organisation, region, languages, experience, motivation,
                language, shareContacts);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        form.setColspan(experience, 2);
        form.setColspan(motivation, 2);
        form.setColspan(language, 2);
        form.setColspan(shareContacts, 2);
        add(form);
        getFooter().add(back, save);
    }

    /** Opens the dialog for a new candidate (without id) or for one as stored. */
    void edit(Candidate edited) {
        this.candidate = edited;
        setHeaderTitle(getTranslation(edited.getId() == null ? "selectionCandidates.dialog.add"
                : "selectionCandidates.dialog.edit", edited.getCode()));
        binder.readBean(edited);
        fields().values().forEach(field -> field.setInvalid(false));
        open();
    }

    private Map<String, HasValidation> fields() {
        return Map.of("fullName", fullName, "email", email, "phone", phone, "organisation", organisation,
                "regionId", region, "languages", languages, "experience", experience, "motivation", motivation,
                "language", language);
    }
}
