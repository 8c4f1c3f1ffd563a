package org.npmportal.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.DashboardFigure;
import org.npmportal.base.DashboardFigureSource;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InputValidator;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.LinkTokens;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.npmportal.seminar.Seminar;
import org.npmportal.seminar.SeminarService;
import org.npmportal.seminar.SeminarStatus;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What organisers do with a seminar's participants: follow the list, approve or reject requests,
 * cancel registrations, write to groups, invite people, check them in on each day, and export the list.
 * Every change of a seat takes the seminar's row lock first and reads the registrations after it (see
 * {@link Seats}); every mail goes to the outbox in the same transaction; every action is audited.
 */
@Service
@Order(20)
@Transactional
public class ParticipantService implements DashboardFigureSource {

    static final String ORGANISERS = "hasAnyRole('ORGANISER', 'ADMIN')";
    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 5000;
    public static final int INVITATIONS_MAX = InvitationList.MAX_PEOPLE;
    public static final int UPLOAD_MAX_BYTES = InvitationList.MAX_BYTES;
    /** The groups an organiser can write to: everyone who still has, waits for or asked for a seat. */
    public static final Set<RegistrationStatus> GROUPS = RegistrationStatus.ACTIVE;

    private static final String ENTITY = "registration";
    private static final Pattern SINGLE_LINE = Pattern.compile(RegistrationRequest.SINGLE_LINE);
    private static final Pattern MULTI_LINE = Pattern.compile(RegistrationRequest.MULTI_LINE);
    /** Check-in is for seminars that are on or over, not for drafts or cancelled ones. */
    private static final Set<SeminarStatus> CHECK_IN = EnumSet.of(SeminarStatus.PUBLISHED,
            SeminarStatus.REGISTRATION_CLOSED, SeminarStatus.COMPLETED);

    private final ParticipantQueries queries;
    private final RegistrationRepository registrations;
    private final RegistrationService registration;
    private final Seats seats;
    private final Links links;
    private final RegistrationMails mails;
    private final InvitationMails invitationMails;
    private final InvitationRepository invitations;
    private final AttendanceRepository attendance;
    private final InputValidator validator;
    private final AuditLog audit;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;

    ParticipantService(ParticipantQueries queries, RegistrationRepository registrations,
            RegistrationService registration, Seats seats, Links links,
            RegistrationMails mails, InvitationMails invitationMails, InvitationRepository invitations,
            AttendanceRepository attendance, InputValidator validator, AuditLog audit,
            SecurityContextHolderStrategy security, Clock clock) {
        this.queries = queries;
        this.registrations = registrations;
        this.registration = registration;
        this.seats = seats;
        this.links = links;
        this.mails = mails;
        this.invitationMails = invitationMails;
        this.invitations = invitations;
        this.attendance = attendance;
        this.validator = validator;
        this.audit = audit;
        this.security = security;
        this.clock = clock;
    }

    // ---- the list ----

    /** The seminar the screens are about; empty when there is no such seminar. */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public Optional<SeminarOutline> seminar(long seminarId) {
        return queries.seminar(seminarId).map(SeminarOutline::of);
    }

    /**
     * One page of the seminar's registrations matching the filter. Sorts by {@code fullName},
     * {@code status} (in the order of a registration's life) or {@code createdAt}; by name otherwise.
     */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public List<ParticipantRow> list(long seminarId, ParticipantFilter filter, Pageable pageable) {
        return queries.rows(seminarId, filter, pageable);
    }

    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public long count(long seminarId, ParticipantFilter filter) {
        return queries.count(seminarId, filter);
    }

    /** Everything matching the filter, by name, for the exports (at most {@link SeminarService#MAX_ROWS}). */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public List<ParticipantRow> all(long seminarId, ParticipantFilter filter) {
        return queries.rows(seminarId, filter, PageRequest.of(0, SeminarService.MAX_ROWS,
                Sort.by(ParticipantQueries.SORT_NAME)));
    }

    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public ParticipantCounts counts(long seminarId) {
        var seminar = queries.seminar(seminarId).orElseThrow(ParticipantService::notFound);
        return new ParticipantCounts(seminar.getCapacity(), queries.countsByStatus(seminarId));
    }

    // ---- decisions ----

    /**
     * Approves registrations awaiting approval, in the order their addresses were confirmed: each gets a
     * free seat or else the next waitlist place, and a mail saying which. Registrations no longer awaiting
     * approval (another organiser was quicker) are skipped.
     */
    @PreAuthorize(ORGANISERS)
    public ApprovalResult approve(long seminarId, Collection<Long> registrationIds) {
        var now = clock.instant();
        var seminar = seats.lock(seminarId);
        requireOpen(seminar);
        List<Registration> chosen = chosen(seminarId, registrationIds);
        int seated = 0;
        int waitlisted = 0;
        for (Registration r : chosen) {
            if (r.getStatus() != RegistrationStatus.AWAITING_APPROVAL) {
                continue;
            }
            registration.tellPlace(r, seats.place(seminar, r, now), now);
            if (r.getStatus() == RegistrationStatus.CONFIRMED) {
                seated++;
            } else {
                waitlisted++;
            }
            audit.record("REGISTRATION_APPROVED", ENTITY, r.getId(), "AWAITING_APPROVAL -> " + r.getStatus()
                    + (r.getWaitlistNumber() == null ? "" : ", waitlist number " + r.getWaitlistNumber()));
        }
        seats.updateCounters(seminar);
        return new ApprovalResult(seated, waitlisted, distinct(registrationIds).size() - seated - waitlisted);
    }

    /** Rejects registrations awaiting approval; each person gets a mail with the message, if there is one. */
    @PreAuthorize(ORGANISERS)
    public int reject(long seminarId, Collection<Long> registrationIds, String message) {
        String text = decisionMessage(message);
        var now = clock.instant();
        var seminar = seats.lock(seminarId);
        requireOpen(seminar);
        int rejected = 0;
        for (Registration r : chosen(seminarId, registrationIds)) {
            if (r.getStatus() == RegistrationStatus.AWAITING_APPROVAL) {
                registration.end(seminar, r, RegistrationStatus.REJECTED, EndedBy.ORGANISER, text, now);
                audit.record("REGISTRATION_REJECTED", ENTITY, r.getId(), "AWAITING_APPROVAL -> REJECTED"
                        + (text == null ? "" : ", with a message"));
                rejected++;
            }
        }
        return rejected;
    }

    /**
     * Cancels active registrations, whatever their status; each person gets a mail with the message, if
     * there is one, and every seat freed is offered to the waitlist at once. Those without a seat are
     * cancelled first, so that no seat is offered to someone cancelled a moment later.
     */
    @PreAuthorize(ORGANISERS)
    public int cancel(long seminarId, Collection<Long> registrationIds, String message) {
        String text = decisionMessage(message);
        var now = clock.instant();
        var seminar = seats.lock(seminarId);
        requireOpen(seminar);
        List<Registration> chosen = chosen(seminarId, registrationIds).stream()
                .filter(r -> r.getStatus().isActive())
                .sorted(Comparator.comparing((Registration r) -> r.getStatus().holdsSeat()))
                .toList();
        for (Registration r : chosen) {
            var before = r.getStatus();
            registration.end(seminar, r, RegistrationStatus.CANCELLED, EndedBy.ORGANISER, text, now);
            audit.record("REGISTRATION_CANCELLED", ENTITY, r.getId(), before + " -> CANCELLED"
                    + (text == null ? "" : ", with a message"));
        }
        return chosen.size();
    }

    // ---- writing to participants ----

    /**
     * Writes one mail to each person in the chosen groups (statuses among {@link #GROUPS}), with their own
     * management link below the text; returns how many mails were written.
     */
    @PreAuthorize(ORGANISERS)
    public int write(long seminarId, Set<RegistrationStatus> groups, String subject, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (groups == null || groups.isEmpty() || !GROUPS.containsAll(groups)) {
            problems.add(new FieldProblem("groups", "participants.write.groups.required"));
        }
        String cleanSubject = subject == null ? "" : subject.strip();
        check(problems, "subject", cleanSubject, SUBJECT_MAX, SINGLE_LINE);
        String cleanBody = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').strip();
        check(problems, "body", cleanBody, BODY_MAX, MULTI_LINE);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        queries.seminar(seminarId).orElseThrow(ParticipantService::notFound);
        var now = clock.instant();
        var recipients = registrations.findBySeminarIdAndStatusIn(seminarId, groups);
        for (Registration r : recipients) {
            mails.organiserMessage(r, links.manage(r, now), cleanSubject, cleanBody);
            audit.record("REGISTRATION_MESSAGED", ENTITY, r.getId(), "subject: " + cleanSubject);
        }
        return recipients.size();
    }

    // ---- invitations ----

    /**
     * Invites the people on a pasted list (see {@link #inviteFile} for the format) while the seminar
     * takes registrations: each gets a personal link by mail, in their language, that opens the
     * registration form filled in for them and works until the seminar starts. Someone invited before
     * gets a new link (the old one stops working). People with an active registration are left out. If
     * any line is bad, nobody is invited.
     *
     * @param defaultLanguage the language of people whose line names none
     * @throws InvalidInvitationsException naming each bad line
     */
    @PreAuthorize(ORGANISERS)
    public InvitationResult invite(long seminarId, String text, Language defaultLanguage) {
        List<Invitee> invitees = invitees(InvitationList.parse(text),
                defaultLanguage == null ? Language.EN : defaultLanguage);
        var now = clock.instant();
        var seminar = seats.lock(seminarId);
        if (!seminar.isRegistrationOpen(now)) {
            throw new UserFacingException("participants.invite.closed");
        }
        Set<String> registered = new HashSet<>(queries.activeEmails(seminarId));
        Map<String, Invitation> existing = queries.invitations(seminarId).stream()
                .collect(Collectors.toMap(Invitation::getEmail, Function.identity()));
        String actor = actor();
        int invited = 0;
        int renewed = 0;
        int skipped = 0;
        for (Invitee person : invitees) {
            if (registered.contains(person.email())) {
                skipped++;
                continue;
            }
            String token = LinkTokens.newToken();
            Invitation invitation = existing.get(person.email());
            if (invitation == null) {
                invitation = invitations.save(new Invitation(seminarId, person.email(), person.name(),
                        person.language(), LinkTokens.hash(token), now, actor, seminar.getStartsAtUtc()));
                invited++;
                audit.record("INVITATION_SENT", "invitation", invitation.getId(), "seminar " + seminarId);
            } else {
                invitation.renew(LinkTokens.hash(token), person.name(), person.language(), now,
                        seminar.getStartsAtUtc());
                renewed++;
                audit.record("INVITATION_RENEWED", "invitation", invitation.getId(), "seminar " + seminarId);
            }
            invitationMails.invitation(invitation, seminar, token);
        }
        invitations.flush();
        return new InvitationResult(invited, renewed, skipped);
    }

    /**
     * Invites the people in an uploaded file: UTF-8 text (with or without a byte order mark) of at most
     * {@link #UPLOAD_MAX_BYTES} bytes, one person a line as name, e-mail address and optionally language
     * ({@code en}, {@code ru} or {@code kk}), separated by commas, semicolons or tabs; a first line
     * without an address is a header. What the file is called does not matter.
     */
    @PreAuthorize(ORGANISERS)
    public InvitationResult inviteFile(long seminarId, byte[] content, Language defaultLanguage) {
        return invite(seminarId, InvitationList.decode(content), defaultLanguage);
    }

    /** A page of the seminar's invitations by name, each with the person's registration status, if any. */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public List<InvitationRow> invitations(long seminarId, Pageable pageable) {
        return queries.invitationRows(seminarId, pageable);
    }

    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public long countInvitations(long seminarId) {
        return queries.countInvitations(seminarId);
    }

    // ---- check-in ----

    /** A page of those with a seat, found by part of their name or organisation, marked for the day. */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public List<CheckInRow> checkInList(long seminarId, LocalDate day, String search, Pageable pageable) {
        return queries.checkInRows(seminarId, day, search, pageable);
    }

    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public long checkInCount(long seminarId, String search) {
        return queries.countCheckIn(seminarId, search);
    }

    /**
     * Marks a participant with a seat present on a seminar day. Marking again changes nothing, also when
     * two tablets mark at once (the seminar's lock puts them one after the other); returns whether this
     * call marked them.
     */
    @PreAuthorize(ORGANISERS)
    public boolean markPresent(long seminarId, long registrationId, LocalDate day) {
        var registrationToMark = forCheckIn(seminarId, registrationId, day);
        if (attendance.existsByRegistrationIdAndAttendedOn(registrationId, day)) {
            return false;
        }
        attendance.saveAndFlush(new Attendance(registrationToMark.getId(), day, clock.instant(), actor()));
        audit.record("ATTENDANCE_MARKED", ENTITY, registrationId, "day " + day);
        return true;
    }

    /** Takes back a mark; returns whether there was one. */
    @PreAuthorize(ORGANISERS)
    public boolean markAbsent(long seminarId, long registrationId, LocalDate day) {
        forCheckIn(seminarId, registrationId, day);
        boolean removed = attendance.unmark(registrationId, day) > 0;
        if (removed) {
            audit.record("ATTENDANCE_UNMARKED", ENTITY, registrationId, "day " + day);
        }
        return removed;
    }

    /** How many people were marked present on each seminar day (days without anyone are 0). */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> presentPerDay(long seminarId) {
        var seminar = queries.seminar(seminarId).orElseThrow(ParticipantService::notFound);
        Map<LocalDate, Long> present = new TreeMap<>();
        SeminarOutline.of(seminar).days().forEach(day -> present.put(day, 0L));
        for (Object[] row : attendance.presentPerDay(seminarId)) {
            present.put((LocalDate) row[0], (Long) row[1]);
        }
        return present;
    }

    // ---- the dashboard ----

    /** For organisers and administrators: requests waiting for a decision and people waiting for a seat. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    @Override
    public List<DashboardFigure> dashboardFigures() {
        var authentication = security.getContext().getAuthentication();
        boolean organiser = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ORGANISER".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
        if (!organiser) {
            return List.of();
        }
        return List.of(
                new DashboardFigure("participants.figure.awaitingApproval",
                        queries.countInPublicSeminars(RegistrationStatus.AWAITING_APPROVAL), "seminars"),
                new DashboardFigure("participants.figure.waitlisted",
                        queries.countInPublicSeminars(RegistrationStatus.WAITLISTED), "seminars"));
    }

    // ---- internals ----

    private record Invitee(String name, String email, Language language) {
    }

    /**
     * Each line checked with the registration form's own rules, and no address twice; all problems
     * together, so that the organiser fixes the list once.
     */
    private List<Invitee> invitees(List<InvitationList.Line> lines, Language defaultLanguage) {
        List<InvitationProblem> problems = new ArrayList<>();
        List<Invitee> invitees = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (InvitationList.Line line : lines) {
            Optional<Language> language = line.language().isEmpty() ? Optional.of(defaultLanguage)
                    : Language.fromTag(line.language());
            if (language.isEmpty()) {
                problems.add(new InvitationProblem(line.number(), "participants.invite.language.unknown"));
            }
            var request = new RegistrationRequest(line.name(), line.email(), null, null, null,
                    language.orElse(defaultLanguage), null, true, false, null, null).normalised();
            try {
                validator.check(request);
            } catch (InvalidInputException invalid) {
                invalid.problems().forEach(problem ->
                        problems.add(new InvitationProblem(line.number(), problem.messageKey())));
                continue;
            }
            if (seen.putIfAbsent(request.email(), line.number()) != null) {
                problems.add(new InvitationProblem(line.number(), "participants.invite.duplicate"));
                continue;
            }
            language.ifPresent(l -> invitees.add(new Invitee(request.fullName(), request.email(), l)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInvitationsException(problems);
        }
        return invitees;
    }

    /** The chosen registrations of the seminar, oldest confirmation first; read after the lock was taken. */
    private List<Registration> chosen(long seminarId, Collection<Long> registrationIds) {
        return queries.registrations(seminarId, distinct(registrationIds)).stream()
                .sorted(Comparator.comparing(Registration::getEmailConfirmedAt,
                                Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                        .thenComparing(Registration::getCreatedAt)
                        .thenComparing(Registration::getId))
                .toList();
    }

    private static Set<Long> distinct(Collection<Long> ids) {
        return ids == null ? Set.of() : new LinkedHashSet<>(ids);
    }

    /** Decisions are for seminars that are public: not drafts, nor completed or cancelled ones. */
    private static void requireOpen(Seminar seminar) {
        if (!seminar.getStatus().isPublic()) {
            throw new UserFacingException("participants.seminarNotOpen");
        }
    }

    private Registration forCheckIn(long seminarId, long registrationId, LocalDate day) {
        var seminar = seats.lock(seminarId);
        if (!CHECK_IN.contains(seminar.getStatus())) {
            throw new UserFacingException("participants.checkIn.notPossible");
        }
        if (day == null || !SeminarOutline.of(seminar).days().contains(day)) {
            throw new InvalidInputException("day", "participants.checkIn.day.invalid");
        }
        var found = queries.registrations(seminarId, List.of(registrationId));
        if (found.isEmpty()) {
            throw notFound();
        }
        if (found.getFirst().getStatus() != RegistrationStatus.CONFIRMED) {
            throw new UserFacingException("participants.checkIn.notConfirmed");
        }
        return found.getFirst();
    }

    /** The optional message to a person, as stored and mailed; null when there is none. */
    private static String decisionMessage(String message) {
        String text = message == null ? null : message.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > RegistrationService.MESSAGE_MAX) {
            throw new InvalidInputException("message", "participants.message.size");
        }
        if (!MULTI_LINE.matcher(text).matches()) {
            throw new InvalidInputException("message", "participants.text.controlCharacters");
        }
        return text;
    }

    private static void check(List<FieldProblem> problems, String field, String value, int max, Pattern allowed) {
        if (value.isEmpty()) {
            problems.add(new FieldProblem(field, "participants.write." + field + ".required"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "participants.write." + field + ".size"));
        } else if (!allowed.matcher(value).matches()) {
            problems.add(new FieldProblem(field, "participants.text.controlCharacters"));
        }
    }

    private String actor() {
        var authentication = security.getContext().getAuthentication();
        String name = authentication == null ? AuditLog.SYSTEM : authentication.getName();
        return name.length() > Attendance.MARKED_BY_MAX ? name.substring(0, Attendance.MARKED_BY_MAX) : name;
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
