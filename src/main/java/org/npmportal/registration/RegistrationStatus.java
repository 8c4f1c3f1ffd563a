package org.npmportal.registration;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a registration stands. A seat is held by {@link #CONFIRMED} and {@link #OFFERED} registrations
 * (an offered seat is kept for its claim link until the offer expires); {@link #WAITLISTED} ones hold a
 * numbered place in the queue.
 */
public enum RegistrationStatus {
    /** Registered; the e-mail address is not confirmed yet. */
    PENDING,
    /** The address is confirmed; an organiser has to approve. */
    AWAITING_APPROVAL,
    CONFIRMED,
    WAITLISTED,
    /** A freed seat is held for this waitlisted person until the claim link expires. */
    OFFERED,
    CANCELLED,
    REJECTED,
    /** The address was never confirmed, or an offered seat was not claimed in time. */
    EXPIRED;

    /** Statuses that still hold a seat, a queue place or a request; everyone here gets seminar news. */
    public static final Set<RegistrationStatus> ACTIVE =
            EnumSet.of(PENDING, AWAITING_APPROVAL, CONFIRMED, WAITLISTED, OFFERED);
    static final Set<RegistrationStatus> HOLDS_SEAT = EnumSet.of(CONFIRMED, OFFERED);
    /** Statuses after which registering again starts afresh on the same row. */
    static final Set<RegistrationStatus> RESTARTABLE = EnumSet.of(CANCELLED, EXPIRED);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    public boolean holdsSeat() {
        return HOLDS_SEAT.contains(this);
    }
}
