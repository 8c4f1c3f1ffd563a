package org.npmportal.seminar;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.Texts;
import org.npmportal.base.DashboardFigure;
import org.npmportal.base.DashboardFigureSource;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InputValidator;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling seminars: organisers plan, publish, close, complete, cancel and repeat them; the public
 * reads the published ones. Every change is validated here, again, because the API and imports do
 * not pass through the forms.
 */
@Service
@Order(10)
@Transactional
public class SeminarService implements DashboardFigureSource {

    static final String ORGANISERS = "hasAnyRole('ORGANISER', 'ADMIN')";
    static final String STAFF_READERS = "hasAnyRole('ORGANISER', 'ADMIN', 'FINANCE')";
    private static final String ENTITY = "seminar";
    private static final EnumSet<SeminarStatus> PUBLIC = EnumSet.of(SeminarStatus.PUBLISHED,
            SeminarStatus.REGISTRATION_CLOSED);
    /** The most rows one export or calendar range returns; beyond it, narrow the filter. */
    public static final int MAX_ROWS = 5_000;

    private final SeminarRepository seminars;
    private final InputValidator validator;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SeminarService(SeminarRepository seminars, InputValidator validator, AuditLog auditLog,
            ApplicationEventPublisher events, Clock clock) {
        this.seminars = seminars;
        this.validator = validator;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    // ---- Organisers: reading ----

    @PreAuthorize(STAFF_READERS)
    @Transactional(readOnly = true)
    public Slice<SeminarSummary> list(SeminarFilter filter, Pageable pageable) {
        // A slice, not a page: the grid asks for the count separately, and a page would count a second time.
        return seminars.findBy(specification(filter), query -> query.slice(withIdLast(pageable)))
                .map(SeminarSummary::of);
    }

    @PreAuthorize(STAFF_READERS)
    @Transactional(readOnly = true)
    public long count(SeminarFilter filter) {
        return seminars.count(specification(filter));
    }

    /** Everything matching the filter, in start order, for the calendar and exports (at most {@link #MAX_ROWS}). */
    @PreAuthorize(STAFF_READERS)
    @Transactional(readOnly = true)
    public List<SeminarSummary> all(SeminarFilter filter) {
        var page = PageRequest.of(0, MAX_ROWS, Sort.by("startsAt", "id"));
        return seminars.findAll(specification(filter), page).map(SeminarSummary::of).getContent();
    }

    /** The seminar with its languages, partners, trainers and agenda loaded, ready for a form. */
    @PreAuthorize(STAFF_READERS)
    @Transactional(readOnly = true)
    public Optional<Seminar> get(long id) {
        return seminars.findById(id).map(SeminarService::loadAll);
    }

    /** Other seminars that clash with this one; warnings for the organiser before saving. */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public List<Clash> clashes(Seminar candidate) {
        if (candidate.getStartsAt() == null || candidate.getEndsAt() == null) {
            return List.of();
        }
        var zone = candidate.zone();
        Instant from = candidate.getStartsAt().toLocalDate().atStartOfDay(zone).toInstant();
        Instant to = candidate.getEndsAt().toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        var others = seminars.findOverlapping(from, to, candidate.getId());
        others.forEach(other -> other.getTrainers().size());
        return ClashDetector.clashes(candidate, others);
    }

    // ---- Organisers: changing ----

    /** Creates a seminar as a draft, or saves an edit; the status is changed only by the life-cycle methods. */
    @PreAuthorize(ORGANISERS)
    public Seminar save(Seminar edited) {
        var now = clock.instant();
        Integer previousCapacity = null;
        if (edited.getId() == null) {
            edited.setStatus(SeminarStatus.DRAFT);
            edited.setCreatedAt(now);
        } else {
            // Locked, so that no seat is taken between the capacity check below and the commit.
            var stored = seminars.lockById(edited.getId()).orElseThrow(() -> new UserFacingException("error.notFound"));
            if (stored.getVersion() != edited.getVersion()) {
                throw new UserFacingException("error.concurrentChange");
            }
            if (!stored.getStatus().isEditable()) {
                throw new UserFacingException("seminar.notEditable");
            }
            edited.setStatus(stored.getStatus());
            edited.setCreatedAt(stored.getCreatedAt());
            previousCapacity = stored.getCapacity();
            if (edited.getCapacity() != null && edited.getCapacity() < stored.getSeatsTaken()) {
                throw new InvalidInputException("capacity", "seminar.capacity.belowTaken");
            }
        }
        normalise(edited);
        validate(edited, edited.getStatus().isPublic());
        edited.setUpdatedAt(now);
        edited.deriveInstants();
        edited.attachChildren();
        boolean isNew = edited.getId() == null;
        var saved = seminars.saveAndFlush(edited);
        auditLog.record(isNew ? "SEMINAR_CREATED" : "SEMINAR_UPDATED", ENTITY, saved.getId(), describe(saved));
        if (!isNew && saved.getCapacity() != null && previousCapacity != null && saved.getCapacity() > previousCapacity) {
            events.publishEvent(new SeminarCapacityRaised(saved.getId()));
        }
        return saved;
    }

    @PreAuthorize(ORGANISERS)
    public void publish(long id) {
        var seminar = load(id);
        requireStatus(seminar, EnumSet.of(SeminarStatus.DRAFT, SeminarStatus.REGISTRATION_CLOSED));
        validate(seminar, true);
        transition(seminar, SeminarStatus.PUBLISHED, "SEMINAR_PUBLISHED");
    }

    @PreAuthorize(ORGANISERS)
    public void closeRegistration(long id) {
        var seminar = load(id);
        requireStatus(seminar, EnumSet.of(SeminarStatus.PUBLISHED));
        transition(seminar, SeminarStatus.REGISTRATION_CLOSED, "SEMINAR_REGISTRATION_CLOSED");
    }

    @PreAuthorize(ORGANISERS)
    public void complete(long id) {
        var seminar = load(id);
        requireStatus(seminar, PUBLIC);
        if (seminar.getEndsAtUtc() == null || clock.instant().isBefore(seminar.getEndsAtUtc())) {
            throw new UserFacingException("seminar.complete.notEnded");
        }
        transition(seminar, SeminarStatus.COMPLETED, "SEMINAR_COMPLETED");
        events.publishEvent(new SeminarCompleted(seminar.getId()));
    }

    /** Cancels the seminar; registration listens for {@link SeminarCancelled} to tell everyone registered. */
    @PreAuthorize(ORGANISERS)
    public void cancel(long id, String reason) {
        var seminar = load(id);
        requireStatus(seminar, EnumSet.of(SeminarStatus.DRAFT, SeminarStatus.PUBLISHED,
                SeminarStatus.REGISTRATION_CLOSED));
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("cancelReason", "seminar.cancelReason.required");
        }
        if (trimmed.length() > Seminar.CANCEL_REASON_MAX) {
            throw new InvalidInputException("cancelReason", "seminar.cancelReason.size");
        }
        seminar.setCancelReason(trimmed);
        transition(seminar, SeminarStatus.CANCELLED, "SEMINAR_CANCELLED");
        events.publishEvent(new SeminarCancelled(seminar.getId(), trimmed));
    }

    /**
     * Copies a seminar, agenda, partners and trainers included, to a new start (and optionally a new
     * city and venue), moving every date and session by the same offset. The copy is a draft.
     */
    @PreAuthorize(ORGANISERS)
    public Seminar repeat(long id, RepeatRequest request) {
        var original = load(id);
        if (request.newStart() == null) {
            throw new InvalidInputException("newStart", "seminar.repeat.startRequired");
        }
        if (original.getStartsAt() == null) {
            throw new UserFacingException("seminar.repeat.originalHasNoDates");
        }
        var copy = original.repeatedCopy(Duration.between(original.getStartsAt(), request.newStart()));
        if (request.city() != null && !request.city().isBlank()) {
            copy.setCity(request.city());
        }
        if (request.region() != null) {
            copy.setRegion(request.region());
        }
        if (request.venueName() != null && !request.venueName().isBlank()) {
            copy.setVenueName(request.venueName());
            copy.setVenueAddress(request.venueAddress());
            copy.setRoomCapacity(request.roomCapacity());
        }
        var saved = save(copy);
        auditLog.record("SEMINAR_REPEATED", ENTITY, saved.getId(), "copy of seminar " + id);
        return saved;
    }

    // ---- The public ----

    /** Upcoming published seminars (not yet ended), optionally in one city and overlapping a date range. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicSeminar> upcoming(String city, java.time.LocalDate from, java.time.LocalDate to) {
        var now = clock.instant();
        return seminars.findUpcoming(PUBLIC, now).stream()
                .filter(s -> city == null || city.isBlank() || city.strip().equalsIgnoreCase(s.getCity()))
                .filter(s -> from == null || !s.getEndsAt().toLocalDate().isBefore(from))
                .filter(s -> to == null || !s.getStartsAt().toLocalDate().isAfter(to))
                .map(s -> PublicSeminar.of(loadAll(s), now))
                .toList();
    }

    /** A published seminar for its public page, the API and the calendar file; empty for anything else. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicSeminar> published(long id) {
        return seminars.findById(id)
                .filter(s -> s.getStatus().isPublic())
                .map(s -> PublicSeminar.of(loadAll(s), clock.instant()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    @Override
    public List<DashboardFigure> dashboardFigures() {
        var now = clock.instant();
        var upcoming = seminars.findUpcoming(PUBLIC, now);
        long open = upcoming.stream().filter(s -> s.isRegistrationOpen(now)).count();
        return List.of(
                new DashboardFigure("dashboard.figure.upcomingSeminars", upcoming.size(), "catalogue"),
                new DashboardFigure("dashboard.figure.openRegistrations", open, "catalogue"));
    }

    // ---- internals ----

    private Seminar load(long id) {
        return seminars.findById(id).map(SeminarService::loadAll)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private static Seminar loadAll(Seminar seminar) {
        seminar.getLanguages().size();
        seminar.getPartners().forEach(p -> p.getOrganisation().getName());
        seminar.getTrainers().size();
        seminar.getSessions().size();
        if (seminar.getLeadOrganiser() != null) {
            seminar.getLeadOrganiser().getName();
        }
        if (seminar.getRegion() != null) {
            seminar.getRegion().getCode();
        }
        return seminar;
    }

    private void validate(Seminar seminar, boolean mustBePublishable) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            validator.check(seminar);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(SeminarRules.check(seminar, mustBePublishable));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void requireStatus(Seminar seminar, EnumSet<SeminarStatus> allowed) {
        if (!allowed.contains(seminar.getStatus())) {
            throw new UserFacingException("seminar.status.notAllowed");
        }
    }

    private void transition(Seminar seminar, SeminarStatus next, String action) {
        var previous = seminar.getStatus();
        seminar.setStatus(next);
        seminar.setUpdatedAt(clock.instant());
        auditLog.record(action, ENTITY, seminar.getId(), previous + " -> " + next);
    }

    private static void normalise(Seminar seminar) {
        seminar.setTitle(Texts.blankToNull(seminar.getTitle()));
        seminar.setCity(Texts.blankToNull(seminar.getCity()));
        seminar.setVenueName(Texts.blankToNull(seminar.getVenueName()));
        seminar.setVenueAddress(Texts.blankToNull(seminar.getVenueAddress()));
        seminar.setMeetingUrl(Texts.blankToNull(seminar.getMeetingUrl()));
        seminar.setAudience(Texts.blankToNull(seminar.getAudience()));
        if (!seminar.getFormat().needsMeetingLink()) {
            seminar.setMeetingUrl(null);
        }
        seminar.getTrainers().forEach(t -> t.setName(Texts.blankToNull(t.getName())));
    }

    private static String describe(Seminar s) {
        return "title=" + s.getTitle() + ", start=" + s.getStartsAt() + ", end=" + s.getEndsAt()
                + ", city=" + s.getCity() + ", capacity=" + s.getCapacity() + ", status=" + s.getStatus();
    }

    /**
     * The requested order, then the id (in the direction of the first order, so that an index can serve both),
     * so that rows with equal values keep one order and pages never overlap or skip a row.
     */
    private static Pageable withIdLast(Pageable pageable) {
        if (pageable.isUnpaged()) {
            return pageable;
        }
        var sort = pageable.getSort();
        var direction = sort.stream().findFirst().map(Sort.Order::getDirection).orElse(Sort.Direction.ASC);
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by(direction, "id")));
    }

    private static Specification<Seminar> specification(SeminarFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.statuses() != null && !filter.statuses().isEmpty()) {
                predicates.add(root.get("status").in(filter.statuses()));
            }
            if (filter.city() != null && !filter.city().isBlank()) {
                predicates.add(cb.equal(cb.lower(root.get("city")), filter.city().strip().toLowerCase(Locale.ROOT)));
            }
            if (filter.regionId() != null) {
                predicates.add(cb.equal(root.get("region").get("id"), filter.regionId()));
            }
            if (filter.partnerId() != null) {
                var sub = query.subquery(Long.class);
                var partner = sub.from(SeminarPartner.class);
                sub.select(partner.get("id")).where(cb.equal(partner.get("seminar"), root),
                        cb.equal(partner.get("organisation").get("id"), filter.partnerId()));
                predicates.add(cb.or(cb.equal(root.get("leadOrganiser").get("id"), filter.partnerId()),
                        cb.exists(sub)));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("endsAt"), filter.from().atStartOfDay()));
            }
            if (filter.to() != null) {
                LocalDateTime endOfTo = filter.to().plusDays(1).atStartOfDay();
                predicates.add(cb.lessThan(root.get("startsAt"), endOfTo));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                predicates.add(cb.like(cb.lower(root.get("title")), Texts.likeContains(filter.text()),
                        Texts.LIKE_ESCAPE));
            }
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                root.fetch("region", JoinType.LEFT);
                root.fetch("leadOrganiser", JoinType.LEFT);
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
