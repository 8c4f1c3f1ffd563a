package org.npmportal.selection.ui;

import org.npmportal.base.i18n.Language;
import org.npmportal.directory.Region;
import org.npmportal.selection.ApplicationRequest;

/**
 * What the application form holds while someone types: mutable, so that the binder can write into it. The
 * rules are the candidate's, which the service checks; this only carries the values.
 */
class ApplicationFormData {

    private String fullName;
    private String email;
    private String phone;
    private String organisation;
    private Region region;
    private String languages;
    private String experience;
    private String motivation;
    private Language language;
    private boolean consentProcessing;
    private boolean shareContacts;
    private String website;

    ApplicationFormData(Language language) {
        this.language = language;
    }

    ApplicationRequest toRequest() {
        return new ApplicationRequest(fullName, email, phone, organisation, region == null ? null : region.getId(),
                languages, experience, motivation, language, consentProcessing, shareContacts, website);
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

    String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    String getOrganisation() {
        return organisation;
    }

    void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    Region getRegion() {
        return region;
    }

    void setRegion(Region region) {
        this.region = region;
    }

    String getLanguages() {
        return languages;
    }

    void setLanguages(String languages) {
        this.languages = languages;
    }

    String getExperience() {
        return experience;
    }

    void setExperience(String experience) {
        this.experience = experience;
    }

    String getMotivation() {
        return motivation;
    }

    void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    Language getLanguage() {
        return language;
    }

    void setLanguage(Language language) {
        this.language = language;
    }

    boolean isConsentProcessing() {
        return consentProcessing;
    }

    void setConsentProcessing(boolean consentProcessing) {
        this.consentProcessing = consentProcessing;
    }

    boolean isShareContacts() {
        return shareContacts;
    }

    void setShareContacts(boolean shareContacts) {
        this.shareContacts = shareContacts;
    }

    String getWebsite() {
        return website;
    }

    void setWebsite(String website) {
        this.website = website;
    }
}
