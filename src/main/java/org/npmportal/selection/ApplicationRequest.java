package org.npmportal.selection;

import org.npmportal.base.i18n.Language;

/**
 * What a person types into the public application form. The rules are the candidate's own
 * ({@link Candidate}'s constraints), which the service checks; field names are the candidate's, so that
 * problems land on the right fields.
 *
 * @param consentProcessing agreed that the data is processed for the selection; required
 * @param shareContacts     agreed that, if selected, their contacts go to the regional team; optional
 * @param website           a honeypot: hidden from people, filled in by robots
 */
public record ApplicationRequest(String fullName, String email, String phone, String organisation, Long regionId,
        String languages, String experience, String motivation, Language language, boolean consentProcessing,
        boolean shareContacts, String website) {

    /** Whether a robot filled in the hidden field. */
    boolean looksAutomated() {
        return website != null && !website.isBlank();
    }

    /** The candidate as applied for, not yet normalised or checked. */
    Candidate toCandidate() {
        var candidate = new Candidate();
        candidate.setFullName(fullName);
        candidate.setEmail(email);
        candidate.setPhone(phone);
        candidate.setOrganisation(organisation);
        candidate.setRegionId(regionId);
        candidate.setLanguages(languages);
        candidate.setExperience(experience);
        candidate.setMotivation(motivation);
        candidate.setLanguage(language);
        candidate.setShareContacts(shareContacts);
        return candidate;
    }
}
