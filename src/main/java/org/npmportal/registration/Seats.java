package org.npmportal.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.npmportal.base.UserFacingException;
import org.npmportal.seminar.Seminar;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Seat and waitlist decisions for one seminar. Callers hold the seminar's row lock ({@link #lock}) for the
 * whole transaction, and read the registrations they change only after taking it; under the portal's
 * READ COMMITTED isolation every count below then sees all earlier decisions, so no seat is given twice
 * and waitlist numbers have no gaps or repeats.
 *
 * <p>In a {@link SeatQueue} batch ({@link #lockForBatch}) many decisions share one transaction under the lock;
 * there the counts are read once and then kept up to date by {@link #place} itself, the seminar's counters are
 * written once before the commit, and a registration just put on the waitlist knows its place in the queue
 * without counting. Anything else that changes the seminar's registrations in the batch (a cancellation, a claimed
 * offer) ends with {@link #updateCounters}, which reads the counts again.
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
     * counters (in a batch: once, before it commits). Returns the registration's place in the queue: 0 for a
     * seat, else 1 + those waiting before it.
     */
    int place(Seminar seminar, Registration registration, Instant now) {
        Batch batch = batch(seminar.getId());
        SeatCounts counts = batch != null && batch.counts != null ? batch.counts
                : registrations.seatCounts(seminar.getId());
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
        if (batch == null) {
            registrations.flush();
            writeCounters(seminar.getId(), counts);
        } else {
            // Written once, just before the batch commits.
            batch.counts = counts;
            batch.countersToWrite = true;
            if (place > 0) {
                batch.placesInQueue.put(registration.getId(), place);
            }
        }
        return place;
    }

    /**
     * Offers every free seat to the head of the waitlist, in queue order; returns the registrations that
     * got an offer, for the caller to mail.
     */
    List<Registration> offerFreeSeats(Seminar seminar, Instant offerExpiresAt, Instant now) {
        forget(seminar.getId());
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

    /** The place in the queue (1 = next to be offered a seat) of a waitlisted registration; 0 for any other. */
    int placeInQueue(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
            return 0;
        }
        long seminarId = registration.getSeminar().getId();
        Batch batch = batch(seminarId);
        Integer known = batch == null ? null : batch.placesInQueue.get(registration.getId());
        return known != null ? known : registrations.placeInQueue(seminarId, registration.getWaitlistNumber());
    }

    /** Writes the seminar's counters from the registrations, which are the truth. */
    void updateCounters(Seminar seminar) {
        forget(seminar.getId());
        registrations.flush();
        SeatCounts counts = registrations.seatCounts(seminar.getId());
        writeCounters(seminar.getId(), counts);
        Batch batch = batch(seminar.getId());
        if (batch != null) {
            batch.counts = counts;
            batch.countersToWrite = false;
        }
    }

    /**
     * Locks the seminar and starts a batch of decisions for it in the current transaction; the batch ends with the
     * transaction. Only {@link SeatQueue} does this, whose actions change the seminar's registrations only
     * through this class.
     */
    Seminar lockForBatch(long seminarId) {
        Seminar seminar = lock(seminarId);
        Batch batch = new Batch(seminarId);
        TransactionSynchronizationManager.bindResource(Batch.class, batch);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (batch.countersToWrite) {
                    writeCounters(seminarId, batch.counts != null ? batch.counts : registrations.seatCounts(seminarId));
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(Batch.class);
            }
        });
        return seminar;
    }

    private void writeCounters(long seminarId, SeatCounts counts) {
        seminars.setCounters(seminarId, (int) counts.seats(), (int) counts.waiting());
    }

    /** The current transaction's batch for this seminar, if it runs one. */
    private static Batch batch(long seminarId) {
        return TransactionSynchronizationManager.getResource(Batch.class) instanceof Batch batch
                && batch.seminarId == seminarId ? batch : null;
    }

    /** Registrations are about to change other than by {@link #place}: what the batch knew no longer holds. */
    private static void forget(long seminarId) {
        Batch batch = batch(seminarId);
        if (batch != null) {
            batch.counts = null;
            batch.placesInQueue.clear();
        }
    }

    private int free(Seminar seminar) {
        return (int) Math.max(0, capacity(seminar) - registrations.seatCounts(seminar.getId()).seats());
    }

    private static int capacity(Seminar seminar) {
        return seminar.getCapacity() == null ? 0 : seminar.getCapacity();
    }

    /** What one batch's decisions know: the seminar's counts after the last of them, and the waitlist places given. */
    private static final class Batch {

        final long seminarId;
        SeatCounts counts;
        /** Decisions changed the counts since the seminar's counters were last written. */
        boolean countersToWrite;
        final Map<Long, Integer> placesInQueue = new HashMap<>();

        Batch(long seminarId) {
            this.seminarId = seminarId;
        }
    }
}
