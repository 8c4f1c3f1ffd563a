package org.npmportal.privacy;

import java.util.Locale;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.LinkTokens;
import org.npmportal.base.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's rights over their data, exercised by an administrator for one e-mail address: see what the portal
 * holds, download all of it as JSON, and anonymise it. Each action is one transaction (all or nothing) and is
 * audited with a hash of the address, never the address itself, so the log does not undo an anonymisation.
 */
@Service
@Transactional
public class PersonalDataService {

    static final String ADMIN = "hasRole('ADMIN')";
    static final String ENTITY = "person";
    private static final int EMAIL_MAX = 254;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PersonalRecords records;
    private final Anonymiser anonymiser;
    private final AuditLog audit;
    private final SecurityContextHolderStrategy security;

    PersonalDataService(PersonalRecords records, Anonymiser anonymiser, AuditLog audit,
            SecurityContextHolderStrategy security) {
        this.records = records;
        this.anonymiser = anonymiser;
        this.audit = audit;
        this.security = security;
    }

    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public PersonSummary lookUp(String email) {
        var person = records.find(normalised(email));
        return summary(person, records.auditEntries(person).size());
    }

    /** Everything held about the address as one UTF-8 JSON document. */
    @PreAuthorize(ADMIN)
    public byte[] export(String email) {
        var person = records.find(normalised(email));
        byte[] json = JSON.writeValueAsBytes(records.export(person));
        audit.record("PERSON_EXPORTED", ENTITY, null, "address sha256 " + addressHash(person.email()));
        return json;
    }

    /** Anonymises every row under the address; refuses an address with nothing, and one's own account. */
    @PreAuthorize(ADMIN)
    public PersonSummary anonymise(String email) {
        var person = records.find(normalised(email));
        if (person.isEmpty()) {
            throw new UserFacingException("privacy.person.notFound");
        }
        var authentication = security.getContext().getAuthentication();
        if (person.username() != null && authentication != null
                && person.username().equals(authentication.getName())) {
            throw new UserFacingException("privacy.person.self");
        }
        var before = summary(person, 0);
        anonymiser.person(person);
        audit.record("PERSON_ANONYMISED", ENTITY, null, "address sha256 " + addressHash(person.email()) + ": "
                + before.registrations() + " registration(s), " + before.invitations() + " invitation(s), "
                + before.applications() + " application(s), " + before.rosterMemberships()
                + " roster membership(s), " + before.mails() + " mail(s)"
                + (before.staffAccount() ? ", staff account" : ""));
        return before;
    }

    /**
     * The hash recorded instead of the address: whoever holds an address can check whether it was exported or
     * anonymised, but the log does not reveal it.
     */
    public static String addressHash(String email) {
        return LinkTokens.hash(email);
    }

    private static PersonSummary summary(Footprint person, int auditEntries) {
        return new PersonSummary(person.email(), person.registrations().size(), person.invitations().size(),
                person.candidates().size(), person.members().size(), person.mails().size(), person.userId() != null,
                auditEntries);
    }

    private static String normalised(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        int at = address.indexOf('@');
        if (address.length() > EMAIL_MAX || at < 1 || at != address.lastIndexOf('@') || at == address.length() - 1
                || address.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new InvalidInputException("email", "privacy.email.invalid");
        }
        return address;
    }
}
