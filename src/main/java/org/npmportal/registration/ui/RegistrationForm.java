package org.npmportal.registration.ui;

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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.i18n.Language;
import org.npmportal.base.ui.FieldErrors;
import org.npmportal.directory.Region;
import org.npmportal.registration.RegistrationRequest;

/**
 * The registration form of the public pages, for anyone and for invited people alike. It only collects
 * the input and publishes a {@link SubmitEvent}; the page calls the service, which checks the rules of
 * {@link RegistrationRequest} and names the fields to fix.
 */
class RegistrationForm extends Div {

    final TextField fullName = new TextField();
    final TextField email = new TextField();
    final TextField organisation = new TextField();
    final TextField position = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final RadioButtonGroup<Language> language = new RadioButtonGroup<>();
    final TextArea needs = new TextArea();
    final Checkbox consentProcessing = new Checkbox();
    final Checkbox consentListing = new Checkbox();
    /** A honeypot: people never see it, robots that fill in every field do. */
    final TextField website = new TextField();
    final Button submit = new Button();

    private final Binder<RegistrationFormData> binder = new Binder<>();

    RegistrationForm(List<Region> regions) {
        addClassName("registration-form");

        fullName.setLabel(getTranslation("registrationPublic.form.fullName"));
        fullName.setHelperText(getTranslation("registrationPublic.form.fullName.help"));
        fullName.setMaxLength(RegistrationRequest.NAME_MAX);
        fullName.setAutocomplete(Autocomplete.NAME);
        fullName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("registrationPublic.form.email"));
        email.setHelperText(getTranslation("registrationPublic.form.email.help"));
        email.setMaxLength(RegistrationRequest.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        // A text field rather than an EmailField: the service's rule is the only one, with one message.
        email.getElement().setAttribute("inputmode", "email");
        email.getElement().setAttribute("autocapitalize", "none");
        email.setRequiredIndicatorVisible(true);
        organisation.setLabel(getTranslation("registrationPublic.form.organisation"));
        organisation.setMaxLength(RegistrationRequest.ORGANISATION_MAX);
        organisation.setAutocomplete(Autocomplete.ORGANIZATION);
        position.setLabel(getTranslation("registrationPublic.form.position"));
        position.setMaxLength(RegistrationRequest.POSITION_MAX);
        position.setAutocomplete(Autocomplete.ORGANIZATION_TITLE);
        region.setLabel(getTranslation("registrationPublic.form.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.name(getLocale()));
        region.setClearButtonVisible(true);
        language.setLabel(getTranslation("registrationPublic.form.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setRequiredIndicatorVisible(true);
        needs.setLabel(getTranslation("registrationPublic.form.needs"));
        needs.setHelperText(getTranslation("registrationPublic.form.needs.help"));
        needs.setMaxLength(RegistrationRequest.NEEDS_MAX);
        consentProcessing.setLabel(getTranslation("registrationPublic.form.consentProcessing"));
        consentProcessing.setHelperText(getTranslation("registrationPublic.form.consentProcessing.help"));
        consentProcessing.setRequiredIndicatorVisible(true);
        consentListing.setLabel(getTranslation("registrationPublic.form.consentListing"));
        consentListing.setHelperText(getTranslation("registrationPublic.form.consentListing.help"));

        website.setLabel(getTranslation("registrationPublic.form.website"));
        website.setAutocomplete(Autocomplete.OFF);
        website.setTabIndex(-1);
        website.getElement().setAttribute("name", "website");
        website.getElement().setAttribute("aria-hidden", "true");
        var honeypot = new Div(website);
        honeypot.addClassName("registration-honeypot");
        honeypot.getElement().setAttribute("aria-hidden", "true");

        // The service is the one judge of the input, so that the form and the API give the same answers.
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(fullName).bind(RegistrationFormData::getFullName, RegistrationFormData::setFullName);
        binder.forField(email).bind(RegistrationFormData::getEmail, RegistrationFormData::setEmail);
        binder.forField(organisation)
                .bind(RegistrationFormData::getOrganisation, RegistrationFormData::setOrganisation);
        binder.forField(position).bind(RegistrationFormData::getPosition, RegistrationFormData::setPosition);
        binder.forField(region).bind(RegistrationFormData::getRegion, RegistrationFormData::setRegion);
        binder.forField(language).bind(RegistrationFormData::getLanguage, RegistrationFormData::setLanguage);
        binder.forField(needs).bind(RegistrationFormData::getNeeds, RegistrationFormData::setNeeds);
        binder.forField(consentProcessing)
                .bind(RegistrationFormData::isConsentProcessing, RegistrationFormData::setConsentProcessing);
        binder.forField(consentListing)
                .bind(RegistrationFormData::isConsentListing, RegistrationFormData::setConsentListing);
        binder.forField(website).bind(RegistrationFormData::getWebsite, RegistrationFormData::setWebsite);

        submit.setText(getTranslation("registrationPublic.form.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> fireEvent(new SubmitEvent(this, binder.getBean().toRequest())));

        var fields = new FormLayout(fullName, email, organisation, position, region, language, needs,
                consentProcessing, consentListing);
        fields.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
        fields.setColspan(language, 2);
        fields.setColspan(needs, 2);
        fields.setColspan(consentProcessing, 2);
        fields.setColspan(consentListing, 2);
        var actions = new Div(submit);
        actions.addClassName("registration-actions");
        add(fields, honeypot, actions);
        fill(new RegistrationFormData(Language.of(getLocale())));
    }

    /** Starts the form over with these values, as if it had never been sent. */
    void fill(RegistrationFormData data) {
        binder.setBean(data);
        fields().values().forEach(field -> field.setInvalid(false));
        submit.setEnabled(true);
        setVisible(true);
    }

    /** Marks the fields the service refused, in the reader's language; returns what fits no field. */
    String showProblems(InvalidInputException problems) {
        submit.setEnabled(true);
        return FieldErrors.show(problems, fields(), this);
    }

    /** Lets the person send the form again after a refusal that names no field. */
    void allowRetry() {
        submit.setEnabled(true);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("fullName", fullName, "email", email, "organisation", organisation, "position", position,
                "regionCode", region, "language", language, "needs", needs, "consentProcessing", consentProcessing,
                "consentListing", consentListing);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** The person sent the form; the request is as typed, the service normalises and checks it. */
    static final class SubmitEvent extends ComponentEvent<RegistrationForm> {

        private final RegistrationRequest request;

        SubmitEvent(RegistrationForm source, RegistrationRequest request) {
            super(source, false);
            this.request = request;
        }

        RegistrationRequest request() {
            return request;
        }
    }
}
