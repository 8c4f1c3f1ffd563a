package org.npmportal.roster;

import java.time.LocalDate;
import java.util.Locale;
import org.npmportal.base.i18n.Language;
import org.npmportal.directory.Region;

/** A member as the screens, exports and the PDF show them, read inside the transaction. */
public record MemberRow(long id, long version, long rosterId, String fullName, String email, String phone,
        String organisation, Region region, Language language, MemberRole role, MemberStatus status,
        LocalDate statusSince, String statusReason, LocalDate startsOn, LocalDate endsOn, boolean shareContacts,
        boolean returning, MemberSource source) {

    static MemberRow of(RosterMember m) {
        return new MemberRow(m.getId(), m.getVersion(), m.getRoster().getId(), m.getFullName(), m.getEmail(),
                m.getPhone(), m.getOrganisation(), m.getRegion(), m.getLanguage(), m.getRole(), m.getStatus(),
                m.getStatusSince(), m.getStatusReason(), m.getStartsOn(), m.getEndsOn(), m.isShareContacts(),
                m.isReturning(), m.getSource());
    }

    public String regionName(Locale locale) {
        return region == null ? "" : region.name(locale);
    }

    /** The details as the member form edits them. */
    public MemberDetails details() {
        return new MemberDetails(fullName, email, phone, organisation, region == null ? null : region.getId(), role,
                language, startsOn, endsOn, shareContacts);
    }
}
