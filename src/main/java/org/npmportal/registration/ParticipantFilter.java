package org.npmportal.registration;

import java.util.Set;

/**
 * What the organisers' participant list shows: any combination of statuses, a text found in the name,
 * e-mail address or organisation, and a region. Null or empty parts do not filter.
 */
public record ParticipantFilter(Set<RegistrationStatus> statuses, String text, Long regionId) {

    public ParticipantFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static ParticipantFilter all() {
        return new ParticipantFilter(Set.of(), null, null);
    }
}
