package org.npmportal.privacy;

import java.util.List;
import java.util.Set;

/**
 * The rows that belong to one e-mail address, by table, and the texts (names, phone numbers) by which
 * other rows may mention the person.
 */
record Footprint(String email, List<Long> registrations, List<Long> invitations, List<Long> candidates,
        List<Long> members, List<Long> mails, Long userId, String username, Set<String> traces) {

    boolean isEmpty() {
        return registrations.isEmpty() && invitations.isEmpty() && candidates.isEmpty() && members.isEmpty()
                && mails.isEmpty() && userId == null;
    }
}
