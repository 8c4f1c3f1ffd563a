package org.npmportal.registration;

import java.util.EnumMap;
import java.util.Map;

/** How many registrations a seminar has in each status, next to its capacity (null when it has none). */
public record ParticipantCounts(Integer capacity, Map<RegistrationStatus, Long> byStatus) {

    public ParticipantCounts {
        var copy = new EnumMap<RegistrationStatus, Long>(RegistrationStatus.class);
        copy.putAll(byStatus);
        byStatus = Map.copyOf(copy);
    }

    public long of(RegistrationStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** Seats held: confirmed ones and those offered from the waitlist. */
    public long seatsTaken() {
        return of(RegistrationStatus.CONFIRMED) + of(RegistrationStatus.OFFERED);
    }
}
