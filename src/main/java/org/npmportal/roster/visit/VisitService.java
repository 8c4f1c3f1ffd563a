package org.npmportal.roster.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.DashboardFigure;
import org.npmportal.base.DashboardFigureSource;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InputValidator;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.Texts;
import org.npmportal.base.UserFacingException;
import org.npmportal.directory.Region;
import org.npmportal.directory.RegionRepository;
import org.npmportal.roster.MemberRow;
import org.npmportal.roster.PersonRef;
import org.npmportal.roster.Roster;
import org.npmportal.roster.RosterMember;
import org.npmportal.roster.RosterService;
import org.npmportal.roster.TrainingService;
import jakarta.persistence.EntityManager;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring visits and the directory of places of detention they go to. A visit belongs to one roster and
 * is made by members who were on its team on the day; its report's publication date gives the days from
 * visit to report that the statistics follow, per roster and per monitor. Organisers and administrators
 * record; commission members read.
 */
@Service
@Order(31)
@Transactional
public class VisitService implements DashboardFigureSource {

    /** Sort properties the visit list accepts; anything else is ignored. */
    public static final String SORT_VISITED = "visitedOn";
    public static final String SORT_REPORTED = "reportPublishedOn";
    public static final String SORT_FACILITY = "facility";
    public static final String SORT_REGION = "region";

    private static final String VISIT = "monitoring_visit";
    private static final String FACILITY = "facility";

    private final FacilityRepository facilities;
    private final MonitoringVisitRepository visits;
    private final VisitQueries visitQueries;
    private final RegionRepository regions;
    private final RosterService rosterService;
    private final TrainingService training;
    private final InputValidator validator;
    private final AuditLog audit;
    private final EntityManager em;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;

    VisitService(FacilityRepository facilities, MonitoringVisitRepository visits, VisitQueries visitQueries,
            RegionRepository regions, RosterService rosterService, TrainingService training, InputValidator validator,
            AuditLog audit, EntityManager em, SecurityContextHolderStrategy security, Clock clock) {
        this.facilities = facilities;
        this.visits = visits;
        this.visitQueries = visitQueries;
        this.regions = regions;
        this.rosterService = rosterService;
        this.training = training;
        this.validator = validator;
        this.audit = audit;
        this.em = em;
        this.security = security;
        this.clock = clock;
    }

    // ---- the directory of places ----

    /** A page of places by region and name, each with its number of visits. */
    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public List<FacilityRow> facilities(FacilityFilter filter, Pageable pageable) {
        return facilities.search(pattern(filter.text()), filter.type(), filter.regionId(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public long countFacilities(FacilityFilter filter) {
        return facilities.countMatching(pattern(filter.text()), filter.type(), filter.regionId());
    }

    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public Optional<FacilityRow> facility(long facilityId) {
        return facilities.findById(facilityId).map(this::row);
    }

    @PreAuthorize(RosterService.ORGANISERS)
    public FacilityRow addFacility(FacilityDetails typed) {
        var details = checked(typed, null);
        var facility = new Facility(clock.instant());
        facility.apply(details, region(details.regionId()), clock.instant());
        var saved = facilities.saveAndFlush(facility);
        audit.record("FACILITY_ADDED", FACILITY, saved.getId(), describe(saved));
        return row(saved);
    }

    @PreAuthorize(RosterService.ORGANISERS)
    public FacilityRow updateFacility(long facilityId, long version, FacilityDetails typed) {
        var facility = facilities.findById(facilityId).orElseThrow(VisitService::notFound);
        if (facility.getVersion() != version) {
            throw new UserFacingException("error.concurrentChange");
        }
        var details = checked(typed, facilityId);
        facility.apply(details, region(details.regionId()), clock.instant());
        var saved = facilities.saveAndFlush(facility);
        audit.record("FACILITY_UPDATED", FACILITY, saved.getId(), describe(saved));
        return row(saved);
    }

    // ---- visits ----

    /**
     * A page of the roster's visits matching the filter, latest first unless sorted by {@code visitedOn},
     * {@code reportPublishedOn}, {@code facility} or {@code region}; the teams come in one more query.
     */
    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public List<VisitRow> visits(long rosterId, VisitFilter filter, Pageable pageable) {
        return rows(visitQueries.page(rosterId, filter, pageable));
    }

    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public long countVisits(long rosterId, VisitFilter filter) {
        return visitQueries.count(rosterId, filter);
    }

    /** Everything matching the filter, for the export (at most {@link RosterService#MAX_ROWS}). */
    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public List<VisitRow> allVisits(long rosterId, VisitFilter filter) {
        return visits(rosterId, filter, PageRequest.of(0, RosterService.MAX_ROWS));
    }

    /** The roster's members who were on the team on that day: whom a visit on that day can name. */
    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public List<MemberRow> teamChoices(long rosterId, LocalDate day) {
        return rosterService.teamOn(rosterId, day);
    }

    /**
     * Team members who have not met a requirement to be met before a first visit and have no earlier visit
     * on the roster: the organiser is warned before recording the visit, but may record it, because it
     * happened.
     */
    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public List<PersonRef> notReadyForFirstVisit(long rosterId, Long visitId, VisitDetails details) {
        if (details.teamIds().isEmpty() || details.visitedOn() == null) {
            return List.of();
        }
        Set<Long> untrained = new HashSet<>(training.notReadyForFirstVisit(rosterId, details.teamIds()));
        if (untrained.isEmpty()) {
            return List.of();
        }
        untrained.removeAll(visits.visitedBefore(rosterId, untrained, details.visitedOn(), visitId));
        return visitQueries.members(rosterId, untrained).stream()
                .sorted(Comparator.comparing(RosterMember::getFullName))
                .map(m -> new PersonRef(m.getId(), m.getFullName())).toList();
    }

    @PreAuthorize(RosterService.ORGANISERS)
    public VisitRow addVisit(long rosterId, VisitDetails typed) {
        var roster = em.find(Roster.class, rosterId);
        if (roster == null) {
            throw notFound();
        }
        var visit = new MonitoringVisit(roster, clock.instant());
        store(visit, roster, typed);
        var saved = visits.saveAndFlush(visit);
        audit.record("VISIT_RECORDED", VISIT, saved.getId(), describe(saved));
        return rows(List.of(saved)).getFirst();
    }

    @PreAuthorize(RosterService.ORGANISERS)
    public VisitRow updateVisit(long visitId, long version, VisitDetails typed) {
        var visit = visits.findLoaded(visitId).orElseThrow(VisitService::notFound);
        if (visit.getVersion() != version) {
            throw new UserFacingException("error.concurrentChange");
        }
        store(visit, visit.getRoster(), typed);
        var saved = visits.saveAndFlush(visit);
        audit.record("VISIT_UPDATED", VISIT, saved.getId(), describe(saved));
        return rows(List.of(saved)).getFirst();
    }

    @PreAuthorize(RosterService.ORGANISERS)
    public void removeVisit(long visitId) {
        var visit = visits.findLoaded(visitId).orElseThrow(VisitService::notFound);
        String description = describe(visit);
        visits.delete(visit);
        audit.record("VISIT_REMOVED", VISIT, visitId, description);
    }

    // ---- statistics ----

    /** The roster's visits, reports published and the days in between. */
    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public ReportDelays statistics(long rosterId) {
        return ReportDelays.of(visits.datesOnRoster(rosterId).stream().map(VisitService::delay).toList());
    }

    /**
     * Every member of the roster (also those without visits) with their visits and reports, by region and
     * name.
     */
    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public List<MonitorVisits> perMonitor(long rosterId) {
        var roster = em.find(Roster.class, rosterId);
        if (roster == null) {
            throw notFound();
        }
        Map<Long, List<Long>> delays = new HashMap<>();
        for (Object[] row : visits.memberDatesOnRoster(rosterId)) {
            delays.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(delay(new Object[] {row[1], row[2]}));
        }
        return em.createQuery("""
                        select m from RosterMember m join fetch m.region g
                        where m.roster.id = :rosterId order by g.sortOrder, m.fullName, m.id
                        """, RosterMember.class)
                .setParameter("rosterId", rosterId)
                .getResultList().stream()
                .map(m -> new MonitorVisits(m.getId(), m.getFullName(), m.getRegion(), rosterId, roster.getTitle(),
                        ReportDelays.of(delays.getOrDefault(m.getId(), List.of()))))
                .toList();
    }

    /** A person's visits on each roster they visited for, newest roster first. */
    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public List<MonitorVisits> ofPerson(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Map<Long, List<Object[]>> byMember = new LinkedHashMap<>();
        for (Object[] row : visits.datesOfPerson(address)) {
            byMember.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(row);
        }
        List<MonitorVisits> result = new ArrayList<>();
        byMember.forEach((memberId, rows) -> {
            Object[] first = rows.getFirst();
            result.add(new MonitorVisits(memberId, (String) first[1], (Region) first[2], (Long) first[3],
                    (String) first[4], ReportDelays.of(rows.stream().map(r -> delay(new Object[] {r[5], r[6]})).toList())));
        });
        result.sort(Comparator.comparing(MonitorVisits::rosterId).reversed());
        return result;
    }

    /** For those who read rosters: visits whose report is not published yet. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    @Override
    public List<DashboardFigure> dashboardFigures() {
        var authentication = security.getContext().getAuthentication();
        boolean reader = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Set.of("ROLE_ORGANISER", "ROLE_ADMIN", "ROLE_COMMISSION").contains(a.getAuthority()));
        if (!reader) {
            return List.of();
        }
        return List.of(new DashboardFigure("visits.figure.reportsNotPublished",
                visits.countByReportPublishedOnIsNull(), "rosters"));
    }

    // ---- internals ----

    /**
     * Checks the visit against the roster: a known place, a day within the roster's period and not in the
     * future, a report not before the visit nor in the future, and a team of members who were on the team
     * that day.
     */
    private void store(MonitoringVisit visit, Roster roster, VisitDetails typed) {
        var details = typed.normalised();
        List<FieldProblem> problems = new ArrayList<>();
        try {
            validator.check(details);
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        LocalDate today = LocalDate.now(clock.withZone(RosterService.ZONE));
        LocalDate day = details.visitedOn();
        if (day != null && !roster.covers(day)) {
            problems.add(new FieldProblem("visitedOn", "visits.visit.visitedOn.outsideRoster"));
        } else if (day != null && day.isAfter(today)) {
            problems.add(new FieldProblem("visitedOn", "visits.visit.visitedOn.future"));
        }
        LocalDate report = details.reportPublishedOn();
        if (report != null && (day != null && report.isBefore(day) || report.isAfter(today))) {
            problems.add(new FieldProblem("reportPublishedOn", "visits.visit.reportPublishedOn.invalid"));
        }
        Facility facility = details.facilityId() == null ? null : facilities.findById(details.facilityId()).orElse(null);
        if (details.facilityId() != null && facility == null) {
            problems.add(new FieldProblem("facilityId", "visits.visit.facility.required"));
        }
        Set<RosterMember> team = new HashSet<>();
        if (!details.teamIds().isEmpty() && day != null && roster.covers(day)) {
            Set<Long> onTeam = rosterService.teamOn(roster.getId(), day).stream().map(MemberRow::id)
                    .collect(Collectors.toSet());
            if (!onTeam.containsAll(details.teamIds())) {
                problems.add(new FieldProblem("teamIds", "visits.visit.team.notOnTeam"));
            }
            team.addAll(visitQueries.members(roster.getId(), details.teamIds()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        visit.apply(facility, details, team, clock.instant());
    }

    private List<VisitRow> rows(List<MonitoringVisit> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PersonRef>> teams = new HashMap<>();
        for (Object[] row : visits.teams(page.stream().map(MonitoringVisit::getId).toList())) {
            teams.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new PersonRef((Long) row[1],
                    (String) row[2]));
        }
        return page.stream().map(v -> new VisitRow(v.getId(), v.getVersion(), v.getRoster().getId(),
                v.getFacility().getId(), v.getFacility().getName(), v.getFacility().getType(),
                v.getFacility().getRegion(), v.getVisitedOn(), v.getReportPublishedOn(), v.daysToReport(),
                teams.getOrDefault(v.getId(), List.of()), v.getNotes())).toList();
    }

    private FacilityDetails checked(FacilityDetails typed, Long facilityId) {
        var details = typed.normalised();
        List<FieldProblem> problems = new ArrayList<>();
        try {
            validator.check(details);
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        if (details.regionId() != null && regions.findById(details.regionId()).isEmpty()) {
            problems.add(new FieldProblem("regionId", "visits.facility.region.required"));
        } else if (details.regionId() != null && details.name() != null
                && facilities.nameTaken(details.regionId(), details.name(), facilityId)) {
            problems.add(new FieldProblem("name", "visits.facility.name.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return details;
    }

    private Region region(long regionId) {
        return regions.findById(regionId).orElseThrow(VisitService::notFound);
    }

    private FacilityRow row(Facility f) {
        return new FacilityRow(f.getId(), f.getVersion(), f.getName(), f.getType(), f.getRegion(), f.getAddress(),
                visits.countByFacilityId(f.getId()));
    }

    private static Long delay(Object[] dates) {
        var visited = (LocalDate) dates[0];
        var reported = (LocalDate) dates[1];
        return reported == null ? null : ChronoUnit.DAYS.between(visited, reported);
    }

    private static String pattern(String text) {
        String clean = Texts.blankToNull(text);
        return clean == null ? null : Texts.likeContains(clean);
    }

    private static String describe(Facility f) {
        return "name=" + f.getName() + ", type=" + f.getType() + ", region=" + f.getRegion().getCode();
    }

    private static String describe(MonitoringVisit v) {
        return "roster " + v.getRoster().getId() + ", facility " + v.getFacility().getId() + ", visited "
                + v.getVisitedOn() + ", report " + v.getReportPublishedOn() + ", team of " + v.getTeam().size();
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
