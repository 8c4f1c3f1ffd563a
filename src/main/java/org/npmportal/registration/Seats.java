package org.npmportal.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.npmportal.base.UserFacingException;
import org.npmportal.seminar.Seminar;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seat and waitlist decisions for one seminar. Callers hold the seminar's row lock ({@link #lock}) for the
 * whole transaction, and read the registrations they change only after taking it; under the portal's
 * READ COMMITTED isolation every count below then sees all earlier decisions, so no seat is given twice
 * and waitlist numbers have no gaps or repeats.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Seats {

    private final SeminarSeats seminars;
    private final RegistrationRepository registrations;

    Seats(SeminarSeats seminars, RegistrationRepository registrations) {
        this.seminars = seminars;
        this.registrations = registrations;
    }

    Seminar lock(long seminarId) {
        return seminars.lock(seminarId).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    /** Locks a seminar the public may register for; an id nobody has is as unavailable as a draft. */
    Seminar lockPublic(long seminarId) {
        return seminars.lock(seminarId).filter(seminar -> seminar.getStatus().isPublic())
                .orElseThrow(SeminarUnavailableException::new);
    }

    /**
     * Gives the registration a seat if one is free, else the next waitlist number, and writes the seminar's
     * counters. Returns the registration's place in the queue: 0 for a seat, else 1 + those waiting before it.
     */
    int place(Seminar seminar, Registration registration, Instant now) {
        SeatCounts counts = registrations.seatCounts(seminar.getId());
        int place;
        if (counts.seats() < capacity(seminar)) {
            registration.seat(now);
            place = 0;
            counts = new SeatCounts(counts.seats() + 1, counts.waiting(), counts.lastWaitlistNumber());
        } else {
            registration.waitlist(counts.lastWaitlistNumber() + 1, now);
            place = (int) counts.waiting() + 1;
            counts = new SeatCounts(counts.seats(), counts.waiting() + 1, counts.lastWaitlistNumber() + 1);
        }
        registrations.flush();
        seminars.setCounters(seminar.getId(), (int) counts.seats(), (int) counts.waiting());
        return place;
    }

    /**
     * Offers every free seat to the head of the waitlist, in queue order; returns the registrations that
     * got an offer, for the caller to mail.
     */
    List<Registration> offerFreeSeats(Seminar seminar, Instant offerExpiresAt, Instant now) {
        int free = free(seminar);
        if (free <= 0) {
            return List.of();
        }
        List<Registration> offered = new ArrayList<>();
        for (Registration next : registrations.findWaitlist(seminar.getId(), PageRequest.of(0, free))) {
            next.offer(offerExpiresAt, now);
            offered.add(next);
        }
        registrations.flush();
        return offered;
    }

    /** The place in the queue (1 = next to be offered a seat) of a waitlisted registration. */
    int placeInQueue(Registration registration) {
        return registrations.placeInQueue(registration.getSeminar().getId(), registration.getWaitlistNumber());
    }

    /** Writes the seminar's counters from the registrations, which are the truth. */
    void updateCounters(Seminar seminar) {
        registrations.flush();
        SeatCounts counts = registrations.seatCounts(seminar.getId());
        seminars.setCounters(seminar.getId(), (int) counts.seats(), (int) counts.waiting());
    }

    private int free(Seminar seminar) {
        return (int) Math.max(0, capacity(seminar) - registrations.seatCounts(seminar.getId()).seats());
    }

    private static int capacity(Seminar seminar) {
        return seminar.getCapacity() == null ? 0 : seminar.getCapacity();
    }
}
