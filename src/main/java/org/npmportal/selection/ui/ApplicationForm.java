package org.npmportal.selection.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.directory.Region;
import org.npmportal.selection.ApplicationRequest;
import org.npmportal.selection.Candidate;
import org.npmportal.selection.CandidateService;
import org.npmportal.selection.CvUpload;

/**
 * The public application form. It only collects the input (and the CV, read as it is uploaded) and
 * publishes a {@link SubmitEvent}; the page calls the service, which checks the candidate's rules and names
 * the fields to fix.
 */
class ApplicationForm extends Div {

    /** The field that CV problems are reported on. */
    static final String CV = "cv";

    final TextField fullName = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final TextField organisation = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final TextField languages = new TextField();
    final TextArea experience = new TextArea();
    final TextArea motivation = new TextArea();
    final RadioButtonGroup<Language> language = new RadioButtonGroup<>();
    final Upload cv = new Upload();
    final Paragraph cvProblem = new Paragraph();
    final Checkbox consentProcessing = new Checkbox();
    final Checkbox shareContacts = new Checkbox();
    /** A honeypot: people never see it, robots that fill in every field do. */
    final TextField website = new TextField();
    final Button submit = new Button();

    private final Binder<ApplicationFormData> binder = new Binder<>();
    /** The CV as uploaded, until the form is sent; null when there is none. */
    private volatile CvUpload cvFile;

    ApplicationForm(List<Region> regions) {
        addClassName("application-form");

        fullName.setLabel(getTranslation("selectionApply.form.fullName"));
        fullName.setMaxLength(Candidate.NAME_MAX);
        fullName.setAutocomplete(Autocomplete.NAME);
        fullName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("selectionApply.form.email"));
        email.setHelperText(getTranslation("selectionApply.form.email.help"));
        email.setMaxLength(Candidate.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.getElement().setAttribute("inputmode", "email");
        email.getElement().setAttribute("autocapitalize", "none");
        email.setRequiredIndicatorVisible(true);
        phone.setLabel(getTranslation("selectionApply.form.phone"));
        phone.setMaxLength(Candidate.PHONE_MAX);
        phone.setAutocomplete(Autocomplete.TEL);
        organisation.setLabel(getTranslation("selectionApply.form.organisation"));
        organisation.setMaxLength(Candidate.ORGANISATION_MAX);
        organisation.setAutocomplete(Autocomplete.ORGANIZATION);
        region.setLabel(getTranslation("selectionApply.form.region"));
        region.setHelperText(getTranslation("selectionApply.form.region.help"));
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.name(getLocale()));
        region.setRequiredIndicatorVisible(true);
        languages.setLabel(getTranslation("selectionApply.form.languages"));
        languages.setHelperText(getTranslation("selectionApply.form.languages.help"));
        languages.setMaxLength(Candidate.LANGUAGES_MAX);
        experience.setLabel(getTranslation("selectionApply.form.experience"));
        experience.setHelperText(getTranslation("selectionApply.form.experience.help"));
        experience.setMaxLength(Candidate.TEXT_MAX);
        experience.setMinRows(4);
        motivation.setLabel(getTranslation("selectionApply.form.motivation"));
        motivation.setHelperText(getTranslation("selectionApply.form.motivation.help"));
        motivation.setMaxLength(Candidate.TEXT_MAX);
        motivation.setMinRows(4);
        language.setLabel(getTranslation("selectionApply.form.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setRequiredIndicatorVisible(true);

        // Read as it arrives, at most one byte more than allowed, so that a client that ignores the size
        // limit cannot make the server hold more; the service checks the size and that it is a PDF.
        UploadHandler handler = event -> {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(CandidateService.CV_MAX_BYTES + 1);
            }
            cvFile = new CvUpload(event.getFileName(), content);
            event.getUI().access(() -> cvProblem.setText(""));
        };
        cv.setUploadHandler(handler);
        cv.setMaxFiles(1);
        cv.setMaxFileSize(CandidateService.CV_MAX_BYTES);
        cv.setAcceptedFileTypes("application/pdf", ".pdf");
        cv.setI18n(UploadTexts.cv(this));
        cv.addFileRejectedListener(rejected -> cvProblem.setText(rejected.getErrorMessage()));
        cv.addFileRemovedListener(removed -> cvFile = null);
        cvProblem.addClassName("selection-problem");
        cvProblem.setId("cv-problem");
        var cvLabel = new NativeLabel(getTranslation("selectionApply.form.cv"));
        var cvHint = new Paragraph(getTranslation("selectionApply.form.cv.help",
                CandidateService.CV_MAX_BYTES / (1024 * 1024)));
        cvHint.addClassName("application-cv-hint");
        var cvBlock = new Div(cvLabel, cvHint, cv, cvProblem);
        cvBlock.addClassName("application-cv");

        consentProcessing.setLabel(getTranslation("selectionApply.form.consentProcessing"));
        consentProcessing.setHelperText(getTranslation("selectionApply.form.consentProcessing.help"));
        consentProcessing.setRequiredIndicatorVisible(true);
        shareContacts.setLabel(getTranslation("selectionApply.form.shareContacts"));
        shareContacts.setHelperText(getTranslation("selectionApply.form.shareContacts.help"));

        website.setLabel(getTranslation("selectionApply.form.website"));
        website.setAutocomplete(Autocomplete.OFF);
        website.setTabIndex(-1);
        website.getElement().setAttribute("name", "website");
        website.getElement().setAttribute("aria-hidden", "true");
        var honeypot = new Div(website);
        honeypot.addClassName("registration-honeypot");
        honeypot.getElement().setAttribute("aria-hidden", "true");

        // The service is the one judge of the input, so that every way in gives the same answers.
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(fullName).bind(ApplicationFormData::getFullName, ApplicationFormData::setFullName);
        binder.forField(email).bind(ApplicationFormData::getEmail, ApplicationFormData::setEmail);
        binder.forField(phone).bind(ApplicationFormData::getPhone, ApplicationFormData::setPhone);
        binder.forField(organisation).bind(ApplicationFormData::getOrganisation, ApplicationFormData::setOrganisation);
        binder.forField(region).bind(ApplicationFormData::getRegion, ApplicationFormData::setRegion);
        binder.forField(languages).bind(ApplicationFormData::getLanguages, ApplicationFormData::setLanguages);
        binder.forField(experience).bind(ApplicationFormData::getExperience, ApplicationFormData::setExperience);
        binder.forField(motivation).bind(ApplicationFormData::getMotivation, ApplicationFormData::setMotivation);
        binder.forField(language).bind(ApplicationFormData::getLanguage, ApplicationFormData::setLanguage);
        binder.forField(consentProcessing)
                .bind(ApplicationFormData::isConsentProcessing, ApplicationFormData::setConsentProcessing);
        binder.forField(shareContacts).bind(ApplicationFormData::isShareContacts, ApplicationFormData::setShareContacts);
        binder.forField(website).bind(ApplicationFormData::getWebsite, ApplicationFormData::setWebsite);

        submit.setText(getTranslation("selectionApply.form.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> fireEvent(new SubmitEvent(this, binder.getBean().toRequest(), cvFile)));

        var fields = new FormLayout(fullName, email, phone, organisation, region, languages, experience, motivation,
                language, cvBlock, consentProcessing, shareContacts);
        fields.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        for (var wide : List.of(experience, motivation, language, cvBlock, consentProcessing, shareContacts)) {
            fields.setColspan(wide, 2);
        }
        var actions = new Div(submit);
        actions.addClassName("registration-actions");
        add(fields, honeypot, actions);
        binder.setBean(new ApplicationFormData(Language.of(getLocale())));
    }

    /** Starts the form over in the reader's language, as if it had never been sent. */
    void start(Language readerLanguage) {
        binder.setBean(new ApplicationFormData(readerLanguage));
        fields().values().forEach(field -> field.setInvalid(false));
        cvFile = null;
        cv.clearFileList();
        cvProblem.setText("");
        submit.setEnabled(true);
        setVisible(true);
    }

    /** Marks the fields the service refused, in the reader's language; returns what fits no field. */
    String showProblems(InvalidInputException problems) {
        submit.setEnabled(true);
        cvProblem.setText(problems.problems().stream().filter(problem -> CV.equals(problem.field()))
                .map(problem -> getTranslation(problem.messageKey())).distinct().collect(Collectors.joining(" ")));
        var onFields = problems.problems().stream().filter(problem -> !CV.equals(problem.field())).toList();
        return FieldErrors.show(new InvalidInputException(onFields), fields(), this);
    }

    /** Lets the person send the form again after a refusal that names no field. */
    void allowRetry() {
        submit.setEnabled(true);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("fullName", fullName, "email", email, "phone", phone, "organisation", organisation,
                "regionId", region, "languages", languages, "experience", experience, "motivation", motivation,
                "language", language, "consentProcessing", consentProcessing);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** The person sent the form; the request is as typed, the service normalises and checks it. */
    static final class SubmitEvent extends ComponentEvent<ApplicationForm> {

        private final transient ApplicationRequest request;
        private final transient CvUpload cv;

        SubmitEvent(ApplicationForm source, ApplicationRequest request, CvUpload cv) {
            super(source, false);
            this.request = request;
            this.cv = cv;
        }

        ApplicationRequest request() {
            return request;
        }

        /** The uploaded CV, or null. */
        CvUpload cv() {
            return cv;
        }
    }
}
