package org.npmportal.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InputValidator;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.LinkTokens;
import org.npmportal.base.RateLimitedException;
import org.npmportal.base.RateLimiter;
import org.npmportal.directory.Region;
import org.npmportal.directory.RegionRepository;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarCancelled;
import org.npmportal.seminar.SeminarCapacityRaised;
import org.npmportal.seminar.SeminarStatus;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration by e-mail for people without accounts: register, confirm the address, get a seat or a
 * waitlist place, claim a seat offered from the waitlist, cancel. Every seat decision takes the
 * seminar's row lock first ({@link Seats}), and every mail goes to the outbox in the same transaction.
 */
@Service
@Transactional
public class RegistrationService {

    public static final int MESSAGE_MAX = 1000;
    static final String LIMIT_PER_ADDRESS = "registration-ip";
    static final String LIMIT_PER_EMAIL = "registration-email";

    private final RegistrationRepository registrations;
    private final InvitationRepository invitations;
    private final SeminarReminderRepository reminders;
    private final RegionRepository regions;
    private final Seats seats;
    private final SeatQueue seatQueue;
    private final TransactionTemplate lookUp;
    private final Links links;
    private final RegistrationMails mails;
    private final InputValidator validator;
    private final RateLimiter rateLimiter;
    private final RegistrationSettings settings;
    private final Clock clock;

    RegistrationService(RegistrationRepository registrations, InvitationRepository invitations,
            SeminarReminderRepository reminders, RegionRepository regions, Seats seats, SeatQueue seatQueue,
            Links links, RegistrationMails mails, InputValidator validator, RateLimiter rateLimiter,
            RegistrationSettings settings, PlatformTransactionManager transactionManager, Clock clock) {
        this.registrations = registrations;
        this.invitations = invitations;
        this.reminders = reminders;
        this.regions = regions;
        this.seats = seats;
        this.seatQueue = seatQueue;
        this.lookUp = new TransactionTemplate(transactionManager);
        this.lookUp.setReadOnly(true);
        this.links = links;
        this.mails = mails;
        this.validator = validator;
        this.rateLimiter = rateLimiter;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Takes a registration and mails the confirmation link. Registering again with the same address
     * creates nothing new and mails the current status instead; the caller cannot tell the two apart,
     * so the form does not reveal who is registered. A filled-in honeypot is answered the same way and
     * stores nothing.
     *
     * @param clientAddress the client's IP address, for the rate limit
     * @throws SeminarUnavailableException  no published seminar has this id
     * @throws RegistrationClosedException  the seminar does not take registrations now
     * @throws InvalidInputException        naming each bad field; nothing was stored
     * @throws RateLimitedException         too many attempts from this address or for this e-mail
     */
    @PreAuthorize("permitAll()")
    public void register(long seminarId, RegistrationRequest request, String clientAddress) {
        limit(LIMIT_PER_ADDRESS, clientAddress == null ? "unknown" : clientAddress);
        if (request == null) {
            throw new InvalidInputException("fullName", "registration.fullName.required");
        }
        if (request.looksAutomated()) {
            return;
        }
        var input = request.normalised();
        Region region = input.regionCode() == null ? null : regions.findByCode(input.regionCode()).orElse(null);
        List<FieldProblem> problems = new ArrayList<>();
        try {
            validator.check(input);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (input.regionCode() != null && region == null) {
            problems.add(new FieldProblem("regionCode", "registration.region.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        limit(LIMIT_PER_EMAIL, input.email());

        var now = clock.instant();
        // Locked so that two registrations with one address at once do not both insert.
        var seminar = seats.lockPublic(seminarId);
        if (!seminar.isRegistrationOpen(now)) {
            throw new RegistrationClosedException();
        }
        Long invitationId = invitationId(seminarId, input.invitationToken(), now);
        var existing = registrations.findBySeminarIdAndEmail(seminarId, input.email());
        if (existing.isPresent() && !RegistrationStatus.RESTARTABLE.contains(existing.get().getStatus())) {
            tellCurrentStatus(existing.get(), now);
            return;
        }
        var registration = existing.orElseGet(() -> new Registration(seminar, input.email(), now));
        registration.fill(input, region);
        registration.restart(now, now.plus(settings.confirmationTime()), invitationId);
        registrations.save(registration);
        String confirm = links.issue(registration, TokenPurpose.CONFIRM, registration.getConfirmBy(), now);
        mails.confirmAddress(registration, confirm, links.manage(registration, now));
    }

    /** The invitation behind a personal link, while it is valid, to fill in the form. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<InvitationDetails> invitation(String token) {
        if (!LinkTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        var now = clock.instant();
        return invitations.findByTokenHash(LinkTokens.hash(token))
                .filter(invitation -> invitation.getExpiresAt().isAfter(now))
                .map(invitation -> new InvitationDetails(invitation.getSeminarId(), invitation.getFullName(),
                        invitation.getEmail(), invitation.getLanguage()));
    }

    /** Those with a seat who agreed to appear on the public list, by name. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.List<PublicParticipant> publicParticipants(long seminarId) {
        return registrations.findListed(seminarId).stream()
                .map(r -> new PublicParticipant(r.getFullName(), r.getOrganisation())).toList();
    }

    /** What a link shows, without doing anything. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public LinkResult look(String token) {
        var stored = links.find(token);
        if (stored.isEmpty()) {
            return LinkResult.invalid();
        }
        var now = clock.instant();
        var registration = registrations.findById(stored.get().registrationId()).orElseThrow();
        LinkOutcome outcome = stored.get().expiresAt().isAfter(now) ? LinkOutcome.DONE : LinkOutcome.EXPIRED;
        if (stored.get().usedAt() != null) {
            outcome = LinkOutcome.ALREADY_DONE;
        }
        return new LinkResult(outcome, stored.get().purpose(), Optional.of(view(registration, now)));
    }

    /**
     * {@link #confirm(String)} for the public API, under the same per-address limit as registering, so
     * that guessing at tokens costs an attacker as much as registering does.
     *
     * @param clientAddress the client's IP address, for the rate limit
     * @throws RateLimitedException too many attempts from this address
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public LinkResult confirm(String token, String clientAddress) {
        limit(LIMIT_PER_ADDRESS, clientAddress == null ? "unknown" : clientAddress);
        return confirm(token);
    }

    /** Confirms the address: a seat, a waitlist place, or the organiser's approval comes next. */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public LinkResult confirm(String token) {
        return follow(token, TokenPurpose.CONFIRM, (registration, seminar, now) -> {
            if (registration.getStatus() != RegistrationStatus.PENDING) {
                return LinkOutcome.ALREADY_DONE;
            }
            if (!takesParticipants(seminar, now)) {
                return LinkOutcome.SEMINAR_UNAVAILABLE;
            }
            registration.emailConfirmed(now);
            if (seminar.isApprovalRequired()) {
                registration.awaitApproval(now);
                mails.awaitingApproval(registration, links.manage(registration, now));
            } else {
                tellPlace(registration, seats.place(seminar, registration, now), now);
            }
            return LinkOutcome.DONE;
        });
    }

    /** Claims a seat offered from the waitlist, while the offer lasts. */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public LinkResult claim(String token) {
        return follow(token, TokenPurpose.CLAIM, (registration, seminar, now) -> {
            if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
                return LinkOutcome.ALREADY_DONE;
            }
            if (registration.getStatus() != RegistrationStatus.OFFERED) {
                return LinkOutcome.EXPIRED;
            }
            if (!now.isBefore(registration.getOfferExpiresAt())) {
                return LinkOutcome.EXPIRED;
            }
            if (!takesParticipants(seminar, now)) {
                return LinkOutcome.SEMINAR_UNAVAILABLE;
            }
            registration.seat(now);
            mails.seated(registration, links.manage(registration, now));
            seats.updateCounters(seminar);
            return LinkOutcome.DONE;
        });
    }

    /** The participant cancels through their link, up to the cut-off before the start; a freed seat goes to the waitlist. */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public LinkResult cancel(String token) {
        return follow(token, TokenPurpose.MANAGE, (registration, seminar, now) -> {
            if (!registration.getStatus().isActive()) {
                return LinkOutcome.ALREADY_DONE;
            }
            if (!canCancel(registration, now)) {
                return LinkOutcome.SEMINAR_UNAVAILABLE;
            }
            end(seminar, registration, RegistrationStatus.CANCELLED, EndedBy.PARTICIPANT, null, now);
            return LinkOutcome.DONE;
        });
    }

    // ---- jobs and events ----

    /** Ends unconfirmed registrations whose time is over; returns how many. */
    int expireConfirmations(long seminarId) {
        var now = clock.instant();
        var seminar = seats.lock(seminarId);
        var expired = registrations.findExpiredConfirmations(seminarId, now);
        expired.forEach(r -> r.end(RegistrationStatus.EXPIRED, EndedBy.SYSTEM, null, now));
        seats.updateCounters(seminar);
        return expired.size();
    }

    /** Ends offers whose claim time is over and offers those seats to the next people; returns how many ended. */
    int expireOffers(long seminarId) {
        var now = clock.instant();
        var seminar = seats.lock(seminarId);
        var expired = registrations.findExpiredOffers(seminarId, now);
        for (Registration registration : expired) {
            registration.end(RegistrationStatus.EXPIRED, EndedBy.SYSTEM, null, now);
            links.expireAll(registration, TokenPurpose.CLAIM, now);
            mails.offerExpired(registration, links.manage(registration, now));
        }
        offerFreeSeats(seminar, now);
        seats.updateCounters(seminar);
        return expired.size();
    }

    /**
     * Sends the reminder that is due for this seminar: of the configured days before the start, the
     * smallest one not yet passed. Larger ones not sent yet are recorded as skipped, so that nobody gets
     * a "one week before" mail the day before. Returns the number of mails; the unique key on
     * (seminar, days) makes a second instance's attempt fail and roll back instead of sending twice.
     */
    int sendDueReminder(long seminarId) {
        var now = clock.instant();
        var seminar = seats.lock(seminarId);
        if (!takesParticipants(seminar, now)) {
            return 0;
        }
        var done = reminders.findBySeminarId(seminarId).stream().map(SeminarReminder::daysBefore)
                .collect(java.util.stream.Collectors.toSet());
        var due = settings.reminderDays().stream().sorted()
                .filter(days -> !seminar.getStartsAtUtc().isAfter(now.plus(java.time.Duration.ofDays(days))))
                .toList();
        if (due.isEmpty() || done.contains(due.getFirst())) {
            return 0;
        }
        int days = due.getFirst();
        var confirmed = registrations.findBySeminarIdAndStatusIn(seminarId, java.util.List.of(RegistrationStatus.CONFIRMED));
        for (Registration registration : confirmed) {
            mails.reminder(registration, links.manage(registration, now), days);
        }
        reminders.save(new SeminarReminder(seminarId, days, now, confirmed.size()));
        due.stream().skip(1).filter(d -> !done.contains(d))
                .forEach(d -> reminders.save(new SeminarReminder(seminarId, d, now, 0)));
        reminders.flush();
        return confirmed.size();
    }

    @EventListener
    void onCapacityRaised(SeminarCapacityRaised event) {
        var now = clock.instant();
        var seminar = seats.lock(event.seminarId());
        offerFreeSeats(seminar, now);
        seats.updateCounters(seminar);
    }

    /** Ends every registration still active, with the organisers' reason, and tells each person. */
    @EventListener
    void onSeminarCancelled(SeminarCancelled event) {
        var now = clock.instant();
        var seminar = seats.lock(event.seminarId());
        for (Registration registration : registrations.findBySeminarIdAndStatusIn(event.seminarId(),
                RegistrationStatus.ACTIVE)) {
            registration.end(RegistrationStatus.CANCELLED, EndedBy.ORGANISER, event.reason(), now);
            links.expireAll(registration, TokenPurpose.CONFIRM, now);
            links.expireAll(registration, TokenPurpose.CLAIM, now);
            mails.seminarCancelled(registration, links.manage(registration, now), event.reason());
        }
        seats.updateCounters(seminar);
    }

    // ---- shared with the organisers' service (same package) ----

    /** Ends a registration; a seat it held is offered to the waitlist at once. The caller holds the lock. */
    void end(Seminar seminar, Registration registration, RegistrationStatus status, EndedBy by, String message,
            Instant now) {
        boolean heldSeat = registration.getStatus().holdsSeat();
        registration.end(status, by, message, now);
        links.expireAll(registration, TokenPurpose.CLAIM, now);
        if (status == RegistrationStatus.REJECTED) {
            mails.rejected(registration, links.manage(registration, now));
        } else {
            mails.cancelled(registration, links.manage(registration, now));
        }
        if (heldSeat) {
            offerFreeSeats(seminar, now);
        }
        seats.updateCounters(seminar);
    }

    /** Mails a registration its new seat or waitlist place ({@code placeInQueue} as {@link Seats#place} returned it). */
    void tellPlace(Registration registration, int placeInQueue, Instant now) {
        String manage = links.manage(registration, now);
        if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
            mails.seated(registration, manage);
        } else {
            mails.waitlisted(registration, manage, placeInQueue);
        }
    }

    void offerFreeSeats(Seminar seminar, Instant now) {
        if (!takesParticipants(seminar, now)) {
            return;
        }
        Instant until = now.plus(settings.offerTime());
        if (seminar.getStartsAtUtc() != null && until.isAfter(seminar.getStartsAtUtc())) {
            until = seminar.getStartsAtUtc();
        }
        for (Registration offered : seats.offerFreeSeats(seminar, until, now)) {
            String claim = links.issue(offered, TokenPurpose.CLAIM, until, now);
            mails.offered(offered, claim, links.manage(offered, now));
        }
    }

    ParticipantView view(Registration registration, Instant now) {
        return ParticipantView.of(registration, seats.placeInQueue(registration), canCancel(registration, now),
                cancelDeadline(registration));
    }

    // ---- internals ----

    @FunctionalInterface
    private interface LinkAction {
        LinkOutcome apply(Registration registration, Seminar seminar, Instant now);
    }

    /**
     * Resolves a link, then acts in the seminar's {@link SeatQueue}: under the seminar's lock, in a transaction
     * shared with other link actions on the same seminar. A single-use link is used under the lock, so the same
     * link clicked twice at once has one effect; the second click sees the result of the first.
     */
    private LinkResult follow(String token, TokenPurpose purpose, LinkAction action) {
        // One query in a transaction of its own, which gives its connection back before the wait in the queue.
        var stored = lookUp.execute(status -> links.findTarget(token))
                .filter(target -> target.token().purpose() == purpose);
        if (stored.isEmpty()) {
            return LinkResult.invalid();
        }
        var target = stored.get();
        return seatQueue.run(target.seminarId(), target.token().registrationId(), target.token().id(),
                seminar -> act(target.token(), action, seminar));
    }

    private LinkResult act(RegistrationToken stored, LinkAction action, Seminar seminar) {
        var now = clock.instant();
        var registration = registrations.findById(stored.registrationId()).orElseThrow();
        LinkOutcome outcome;
        if (stored.purpose() == TokenPurpose.MANAGE) {
            outcome = stored.expiresAt().isAfter(now) ? action.apply(registration, seminar, now) : LinkOutcome.EXPIRED;
        } else if (links.use(stored, now)) {
            outcome = action.apply(registration, seminar, now);
        } else {
            // Used before (perhaps by a click a moment ago, which held the lock first), or out of time.
            outcome = stored.expiresAt().isAfter(now) ? LinkOutcome.ALREADY_DONE : LinkOutcome.EXPIRED;
        }
        return new LinkResult(outcome, stored.purpose(), Optional.of(view(registration, now)));
    }

    private void tellCurrentStatus(Registration registration, Instant now) {
        String confirm = null;
        if (registration.getStatus() == RegistrationStatus.PENDING) {
            confirm = links.issue(registration, TokenPurpose.CONFIRM, now.plus(settings.confirmationTime()), now);
        }
        mails.currentStatus(registration, confirm, links.manage(registration, now), seats.placeInQueue(registration));
    }

    private Long invitationId(long seminarId, String token, Instant now) {
        if (token == null) {
            return null;
        }
        return invitations.findValid(seminarId, token, now).map(Invitation::getId).orElse(null);
    }

    private void limit(String name, String key) {
        if (!rateLimiter.tryAcquire(name, key)) {
            throw new RateLimitedException(rateLimiter.retryAfter(name, key));
        }
    }

    /** A seminar takes confirmations, claims and offers while it is public and has not started. */
    private static boolean takesParticipants(Seminar seminar, Instant now) {
        return seminar.getStatus().isPublic() && seminar.getStartsAtUtc() != null
                && now.isBefore(seminar.getStartsAtUtc());
    }

    private boolean canCancel(Registration registration, Instant now) {
        Instant deadline = cancelDeadline(registration);
        return registration.getStatus().isActive()
                && registration.getSeminar().getStatus() != SeminarStatus.COMPLETED
                && registration.getSeminar().getStatus() != SeminarStatus.CANCELLED
                && (deadline == null || now.isBefore(deadline));
    }

    private Instant cancelDeadline(Registration registration) {
        Instant start = registration.getSeminar().getStartsAtUtc();
        return start == null ? null : start.minus(settings.cancelCutoff());
    }
}
