package org.npmportal.registration.ui;

import org.npmportal.base.i18n.Language;
import org.npmportal.directory.Region;
import org.npmportal.registration.RegistrationRequest;

/**
 * What the registration form holds while someone types: mutable, so that the binder can write into it.
 * The rules live on {@link RegistrationRequest}, which the service checks; this only carries the values.
 */
class RegistrationFormData {

    private String fullName;
    private String email;
    private String organisation;
    private String position;
    private Region region;
    private Language language;
    private String needs;
    private boolean consentProcessing;
    private boolean consentListing;
    private String website;
    private String invitationToken;

    RegistrationFormData(Language language) {
        this.language = language;
    }

    RegistrationRequest toRequest() {
        return new RegistrationRequest(fullName, email, organisation, position,
                region == null ? null : region.getCode(), language, needs, consentProcessing, consentListing,
                website, invitationToken);
    }

    String getFullName() {
        return fullName;
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String getOrganisation() {
        return organisation;
    }

    void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    String getPosition() {
        return position;
    }

    void setPosition(String position) {
        this.position = position;
    }

    Region getRegion() {
        return region;
    }

    void setRegion(Region region) {
        this.region = region;
    }

    Language getLanguage() {
        return language;
    }

    void setLanguage(Language language) {
        this.language = language;
    }

    String getNeeds() {
        return needs;
    }

    void setNeeds(String needs) {
        this.needs = needs;
    }

    boolean isConsentProcessing() {
        return consentProcessing;
    }

    void setConsentProcessing(boolean consentProcessing) {
        this.consentProcessing = consentProcessing;
    }

    boolean isConsentListing() {
        return consentListing;
    }

    void setConsentListing(boolean consentListing) {
        this.consentListing = consentListing;
    }

    String getWebsite() {
        return website;
    }

    void setWebsite(String website) {
        this.website = website;
    }

    /** Not a form field: the token of the invitation link the form was opened with. */
    String getInvitationToken() {
        return invitationToken;
    }

    void setInvitationToken(String invitationToken) {
        this.invitationToken = invitationToken;
    }
}
