package org.npmportal.privacy;

/** What the portal holds about one e-mail address, counted, so that an administrator knows before acting. */
public record PersonSummary(String email, int registrations, int invitations, int applications,
        int rosterMemberships, int mails, boolean staffAccount, int auditEntries) {

    public boolean isEmpty() {
        return registrations == 0 && invitations == 0 && applications == 0 && rosterMemberships == 0 && mails == 0
                && !staffAccount;
    }
}
