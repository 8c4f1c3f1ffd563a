package org.npmportal.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly team rosters: the rosters themselves with their targets per region, their members with every
 * dated change of role and status, carry-over to the next year, and the views built on them (coverage
 * against targets, the comparison with the year before, regional contact sheets, a person's profile).
 * Organisers and administrators change rosters; commission members read them. Every change is checked
 * here, again, and audited.
 */
@Service
@Order(30)
@Transactional
public class RosterService implements DashboardFigureSource {

    public static final String ORGANISERS = "hasAnyRole('ORGANISER', 'ADMIN')";
    public static final String READERS = "hasAnyRole('ORGANISER', 'ADMIN', 'COMMISSION')";
    /** The most rows one export returns. */
    public static final int MAX_ROWS = 5_000;
    /** Rosters are kept in Kazakhstan's dates: "today" is today there. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private final RosterRepository rosters;
    private final RosterMemberRepository members;
    private final MemberChangeRepository changes;
    private final MemberQueries memberQueries;
    private final RegionRepository regions;
    private final Enrolment enrolment;
    private final InputValidator validator;
    private final AuditLog audit;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;

    RosterService(RosterRepository rosters, RosterMemberRepository members, MemberChangeRepository changes,
            MemberQueries memberQueries, RegionRepository regions, Enrolment enrolment, InputValidator validator,
            AuditLog audit, SecurityContextHolderStrategy security, Clock clock) {
        this.rosters = rosters;
        this.members = members;
        this.changes = changes;
        this.memberQueries = memberQueries;
        this.regions = regions;
        this.enrolment = enrolment;
        this.validator = validator;
        this.audit = audit;
        this.security = security;
        this.clock = clock;
    }

    // ---- rosters ----

    /** A page of rosters, newest year first, with their member counts and how many regions are short. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<RosterSummary> list(RosterFilter filter, Pageable pageable) {
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("year"), Sort.Order.asc("programme"), Sort.Order.asc("id")));
        return summaries(rosters.search(pattern(filter), filter.year(), page));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(RosterFilter filter) {
        return rosters.countMatching(pattern(filter), filter.year());
    }

    /** Everything matching the filter, for the export (at most {@link #MAX_ROWS}). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<RosterSummary> all(RosterFilter filter) {
        return list(filter, PageRequest.of(0, MAX_ROWS));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<RosterOutline> roster(long rosterId) {
        return rosters.findById(rosterId).map(this::outline);
    }

    /** A new roster; the title defaults to programme and year. */
    @PreAuthorize(ORGANISERS)
    public RosterOutline create(RosterDetails typed) {
        var details = checked(typed, null);
        var now = clock.instant();
        var roster = new Roster(details.programme(), details.year(), now);
        roster.apply(details, now);
        var saved = saveRoster(roster);
        audit.record("ROSTER_CREATED", Enrolment.ROSTER, saved.getId(), Enrolment.describe(saved));
        return outline(saved);
    }

    /** Saves the edited details, period and targets, unless someone else changed the roster since it was read. */
    @PreAuthorize(ORGANISERS)
    public RosterOutline update(long rosterId, long version, RosterDetails typed) {
        var roster = load(rosterId);
        if (roster.getVersion() != version) {
            throw new UserFacingException("error.concurrentChange");
        }
        var details = checked(typed, rosterId);
        List<FieldProblem> problems = new ArrayList<>();
        if (members.countStartingOutside(rosterId, details.startsOn(), details.endsOn()) > 0) {
            problems.add(new FieldProblem("startsOn", "roster.period.excludesMembers"));
        }
        if (rosters.countVisitsOutside(rosterId, details.startsOn(), details.endsOn()) > 0) {
            problems.add(new FieldProblem("endsOn", "roster.period.excludesVisits"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        roster.apply(details, clock.instant());
        var saved = saveRoster(roster);
        audit.record("ROSTER_UPDATED", Enrolment.ROSTER, saved.getId(), Enrolment.describe(saved));
        return outline(saved);
    }

    // ---- members ----

    /**
     * One page of the roster's members matching the filter. Sorts by {@code fullName}, {@code region},
     * {@code role}, {@code status} or {@code startsOn}; by region and name otherwise.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<MemberRow> members(long rosterId, MemberFilter filter, Pageable pageable) {
        return memberQueries.page(rosterId, filter, pageable).stream().map(MemberRow::of).toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long countMembers(long rosterId, MemberFilter filter) {
        return memberQueries.count(rosterId, filter);
    }

    /** Everything matching the filter, by region and name, for exports and the PDF (at most {@link #MAX_ROWS}). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<MemberRow> allMembers(long rosterId, MemberFilter filter) {
        return members(rosterId, filter, PageRequest.of(0, MAX_ROWS));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<MemberRow> member(long memberId) {
        return members.findLoaded(memberId).map(MemberRow::of);
    }

    /** Joining and every change of role or status, oldest first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<MemberHistoryRow> history(long memberId) {
        return changes.history(memberId).stream().map(MemberHistoryRow::of).toList();
    }

    /**
     * Puts a person on the roster by hand. Someone already on it (by address) is refused with a message on
     * the address field, also when two organisers add them at the same moment.
     */
    @PreAuthorize(ORGANISERS)
    public MemberRow addMember(long rosterId, MemberDetails typed) {
        var roster = enrolment.lock(rosterId);
        var details = checked(roster, typed);
        boolean returning = enrolment.previousEmails(roster).contains(details.email());
        var member = enrolment.enrol(roster, details, MemberSource.MANUAL, null, returning);
        markNextYear(roster, details.email(), true);
        return MemberRow.of(member);
    }

    /** Saves a member's edited details; role and status change only through {@link #change}. */
    @PreAuthorize(ORGANISERS)
    public MemberRow updateMember(long memberId, long version, MemberDetails typed) {
        var member = loadMember(memberId, version);
        var roster = member.getRoster();
        var details = checked(roster, typed);
        String previousEmail = member.getEmail();
        if (!previousEmail.equals(details.email())) {
            enrolment.lock(roster.getId());
            if (members.existsByRosterIdAndEmail(roster.getId(), details.email())) {
                throw new InvalidInputException("email", "roster.member.email.onRoster");
            }
        }
        member.apply(details, enrolment.region(details.regionId()), clock.instant());
        enrolment.save(member);
        if (!previousEmail.equals(details.email())) {
            markNextYear(roster, previousEmail, false);
            markNextYear(roster, details.email(), true);
            members.markReturning(roster.getId(), details.email(),
                    enrolment.previousEmails(roster).contains(details.email()));
        }
        audit.record("ROSTER_MEMBER_UPDATED", Enrolment.MEMBER, memberId, "region " + member.getRegion().getCode()
                + ", period " + member.getStartsOn() + ".." + member.getEndsOn()
                + ", shares contacts " + member.isShareContacts());
        return MemberRow.of(members.findLoaded(memberId).orElseThrow());
    }

    /**
     * Changes a member's role or status from a given day, which must lie within the roster's period, not
     * before they joined or before their last change, and not in the future. Suspending or withdrawing
     * needs a reason; a withdrawal ends the membership on that day.
     */
    @PreAuthorize(ORGANISERS)
    public MemberRow change(long memberId, long version, MemberChangeRequest typed) {
        var member = loadMember(memberId, version);
        var request = typed.normalised();
        validator.check(request);
        var roster = member.getRoster();
        List<FieldProblem> problems = new ArrayList<>();
        boolean statusChanges = request.status() != member.getStatus();
        boolean roleChanges = request.role() != member.getRole();
        if (!statusChanges && !roleChanges) {
            problems.add(new FieldProblem("status", "roster.change.nothing"));
        }
        if (statusChanges && request.status().needsReason() && request.reason() == null) {
            problems.add(new FieldProblem("reason", "roster.change.reason.required"));
        }
        LocalDate day = request.effectiveOn();
        List<MemberChange> history = changes.history(memberId);
        LocalDate lastChange = history.isEmpty() ? member.getStartsOn() : history.getLast().getEffectiveOn();
        if (!roster.covers(day)) {
            problems.add(new FieldProblem("effectiveOn", "roster.change.effectiveOn.outsideRoster"));
        } else if (day.isBefore(member.getStartsOn()) || day.isBefore(lastChange)) {
            problems.add(new FieldProblem("effectiveOn", "roster.change.effectiveOn.beforeLast"));
        } else if (day.isAfter(today())) {
            problems.add(new FieldProblem("effectiveOn", "roster.change.effectiveOn.future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var before = member.getRole() + "/" + member.getStatus();
        member.change(request.role(), request.status(), day, statusChanges ? request.reason() : member.getStatusReason(),
                clock.instant());
        MemberChange.Kind kind = roleChanges && statusChanges ? MemberChange.Kind.ROLE_AND_STATUS
                : roleChanges ? MemberChange.Kind.ROLE : MemberChange.Kind.STATUS;
        changes.save(new MemberChange(memberId, day, kind, request.role(), request.status(), request.reason(),
                clock.instant(), enrolment.actor()));
        members.saveAndFlush(member);
        audit.record("ROSTER_MEMBER_CHANGED", Enrolment.MEMBER, memberId,
                before + " -> " + member.getRole() + "/" + member.getStatus() + " from " + day
                        + (request.reason() == null ? "" : ", with a reason"));
        return MemberRow.of(member);
    }

    /**
     * Takes someone off the roster who was put there by mistake. A member who took part in visits stays
     * (withdraw them instead), so that no visit loses its team.
     */
    @PreAuthorize(ORGANISERS)
    public void removeMember(long memberId) {
        var member = members.findLoaded(memberId).orElseThrow(RosterService::notFound);
        var roster = member.getRoster();
        String email = member.getEmail();
        try {
            members.delete(member);
            members.flush();
        } catch (DataIntegrityViolationException e) {
            throw new UserFacingException("roster.member.remove.hasVisits");
        }
        markNextYear(roster, email, false);
        audit.record("ROSTER_MEMBER_REMOVED", Enrolment.MEMBER, memberId, "roster " + roster.getId());
    }

    // ---- carry-over ----

    /**
     * Starts the same programme's roster of the next year from this one (or adds to it, if a selection round
     * already created it): the chosen members join it from its first day in the same role and region,
     * marked as returning. A new roster gets this one's targets and period, one year on.
     */
    @PreAuthorize(ORGANISERS)
    public CarryOverResult carryOver(long fromRosterId, Collection<Long> memberIds) {
        var from = load(fromRosterId);
        var chosen = memberIds == null ? Set.<Long>of() : new LinkedHashSet<>(memberIds);
        List<RosterMember> carried = members.findOnRoster(fromRosterId).stream()
                .filter(m -> chosen.contains(m.getId())).toList();
        if (carried.size() != chosen.size()) {
            throw new UserFacingException("error.notFound");
        }
        int nextYear = from.getYear() + 1;
        var existing = rosters.findByProgrammeAndYear(from.getProgramme(), nextYear);
        Roster next;
        if (existing.isPresent()) {
            next = existing.get();
        } else {
            if (nextYear > Roster.YEAR_MAX) {
                throw new UserFacingException("roster.carryOver.tooLate");
            }
            var details = new RosterDetails(from.getProgramme(), nextYear,
                    RosterDetails.defaultTitle(from.getProgramme(), nextYear), from.getStartsOn().plusYears(1),
                    from.getEndsOn().plusYears(1), from.getTargets());
            next = new Roster(from.getProgramme(), nextYear, clock.instant());
            next.apply(details, clock.instant());
        }
        if (next.getCarriedOverFrom() == null) {
            next.carriedOverFrom(from.getId());
        }
        next = saveRoster(next);
        enrolment.lock(next.getId());
        if (existing.isEmpty()) {
            audit.record("ROSTER_CREATED", Enrolment.ROSTER, next.getId(), Enrolment.describe(next));
        }
        Set<String> already = new HashSet<>(members.emailsOn(next.getId()));
        int added = 0;
        for (RosterMember m : carried) {
            if (!already.add(m.getEmail())) {
                continue;
            }
            var details = new MemberDetails(m.getFullName(), m.getEmail(), m.getPhone(), m.getOrganisation(),
                    m.getRegion().getId(), m.getRole(), m.getLanguage(), next.getStartsOn(), null,
                    m.isShareContacts());
            enrolment.enrol(next, details, MemberSource.CARRY_OVER, null, true);
            added++;
        }
        audit.record("ROSTER_CARRIED_OVER", Enrolment.ROSTER, next.getId(),
                "from roster " + from.getId() + ": " + added + " carried, " + (carried.size() - added) + " already on it");
        return new CarryOverResult(next.getId(), next.getTitle(), added, carried.size() - added);
    }

    // ---- what the roster shows ----

    /** Every region with its target and the members counting on the team on the roster's reference day. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<RegionCoverage> coverage(long rosterId) {
        var roster = load(rosterId);
        Map<Long, Long> active = activePerRegion(List.of(rosterId)).getOrDefault(rosterId, Map.of());
        return regions.findAllByOrderBySortOrderAsc().stream()
                .map(region -> new RegionCoverage(region, roster.getTargets().getOrDefault(region.getId(), 0),
                        active.getOrDefault(region.getId(), 0L)))
                .toList();
    }

    /** Who stayed, joined and left in each region, against the same programme's roster of the year before. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public RosterComparison comparison(long rosterId) {
        var roster = load(rosterId);
        var previous = enrolment.previous(roster);
        List<RosterMember> now = members.findOnRoster(rosterId);
        List<RosterMember> before = previous.map(p -> members.findOnRoster(p.getId())).orElse(List.of());
        Set<String> beforeEmails = before.stream().map(RosterMember::getEmail).collect(Collectors.toSet());
        Set<String> nowEmails = now.stream().map(RosterMember::getEmail).collect(Collectors.toSet());

        Map<Region, List<PersonRef>> stayed = new HashMap<>();
        Map<Region, List<PersonRef>> joined = new HashMap<>();
        Map<Region, List<PersonRef>> left = new HashMap<>();
        for (RosterMember m : now) {
            (beforeEmails.contains(m.getEmail()) ? stayed : joined)
                    .computeIfAbsent(m.getRegion(), r -> new ArrayList<>()).add(ref(m));
        }
        for (RosterMember m : before) {
            if (!nowEmails.contains(m.getEmail())) {
                left.computeIfAbsent(m.getRegion(), r -> new ArrayList<>()).add(ref(m));
            }
        }
        List<RegionChange> rows = regions.findAllByOrderBySortOrderAsc().stream()
                .filter(r -> stayed.containsKey(r) || joined.containsKey(r) || left.containsKey(r))
                .map(r -> new RegionChange(r, stayed.getOrDefault(r, List.of()), joined.getOrDefault(r, List.of()),
                        left.getOrDefault(r, List.of())))
                .toList();
        return new RosterComparison(previous.map(Roster::getId).orElse(null),
                previous.map(Roster::getTitle).orElse(null), rows);
    }

    /**
     * For each region with an active team, the contact details of the members who agreed to share them,
     * and how many others are on the team there. Withdrawn and suspended members are left out.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<RegionContacts> contactSheet(long rosterId) {
        var roster = load(rosterId);
        LocalDate day = roster.clamp(today());
        Map<Region, List<RosterMember>> byRegion = members.findOnRoster(rosterId).stream()
                .filter(m -> m.isActiveOn(day))
                .collect(Collectors.groupingBy(RosterMember::getRegion, LinkedHashMap::new, Collectors.toList()));
        List<RegionContacts> sheet = new ArrayList<>();
        byRegion.forEach((region, team) -> {
            List<Contact> contacts = team.stream().filter(RosterMember::isShareContacts)
                    .map(m -> new Contact(m.getId(), m.getFullName(), m.getOrganisation(), m.getRole(), m.getEmail(),
                            m.getPhone()))
                    .toList();
            sheet.add(new RegionContacts(region, contacts, team.size() - contacts.size()));
        });
        return sheet;
    }

    /** Every roster the person of this membership was on, matched by address, newest first, with histories. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<MonitorProfile> profile(long memberId) {
        return members.findLoaded(memberId).map(member -> {
            List<RosterMember> all = members.findByEmail(member.getEmail());
            Map<Long, List<MemberHistoryRow>> histories = changes
                    .histories(all.stream().map(RosterMember::getId).toList()).stream()
                    .collect(Collectors.groupingBy(MemberChange::getMemberId,
                            Collectors.mapping(MemberHistoryRow::of, Collectors.toList())));
            List<Membership> memberships = all.stream()
                    .map(m -> new Membership(MemberRow.of(m), m.getRoster().getTitle(), m.getRoster().getYear(),
                            histories.getOrDefault(m.getId(), List.of())))
                    .toList();
            RosterMember newest = all.getFirst();
            return new MonitorProfile(member.getEmail(), newest.getFullName(), newest.getPhone(),
                    newest.getOrganisation(), memberships);
        });
    }

    /**
     * The members of the roster who were on the team on that day: joined by then, not yet ended, and active
     * by their history of changes on that day (not merely today). Visits ask this of their teams.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<MemberRow> teamOn(long rosterId, LocalDate day) {
        List<RosterMember> all = members.findOnRoster(rosterId);
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MemberChange>> histories = changes.histories(all.stream().map(RosterMember::getId).toList())
                .stream().collect(Collectors.groupingBy(MemberChange::getMemberId));
        return all.stream()
                .filter(m -> wasActiveOn(m, histories.getOrDefault(m.getId(), List.of()), day))
                .map(MemberRow::of)
                .toList();
    }

    /** Whether the signed-in user may change rosters, so that screens offer only what they may do. */
    @PreAuthorize(READERS)
    public boolean mayEdit() {
        var authentication = security.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ORGANISER".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority()));
    }

    // ---- the dashboard ----

    /** For those who read rosters: the newest roster's active members and the regions short of their target. */
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
        return rosters.findFirstByOrderByYearDescIdAsc().map(newest -> {
            RosterSummary summary = summaries(List.of(newest)).getFirst();
            String route = "rosters/" + newest.getId();
            return List.of(new DashboardFigure("roster.figure.activeMembers", summary.active(), route),
                    new DashboardFigure("roster.figure.regionsShort", summary.regionsShort(), route));
        }).orElse(List.of());
    }

    // ---- internals ----

    /** Today in Kazakhstan, by the portal's clock: the default for dates screens suggest. */
    @PreAuthorize(READERS)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private Roster load(long rosterId) {
        return rosters.findById(rosterId).orElseThrow(RosterService::notFound);
    }

    private RosterMember loadMember(long memberId, long version) {
        var member = members.findLoaded(memberId).orElseThrow(RosterService::notFound);
        if (member.getVersion() != version) {
            throw new UserFacingException("error.concurrentChange");
        }
        return member;
    }

    private RosterOutline outline(Roster roster) {
        var previous = enrolment.previous(roster);
        var next = rosters.findByProgrammeAndYear(roster.getProgramme(), roster.getYear() + 1);
        String carriedFromTitle = roster.getCarriedOverFrom() == null ? null
                : rosters.findById(roster.getCarriedOverFrom()).map(Roster::getTitle).orElse(null);
        return new RosterOutline(roster.getId(), roster.getVersion(), roster.getProgramme(), roster.getYear(),
                roster.getTitle(), roster.getStartsOn(), roster.getEndsOn(), roster.getTargets(),
                roster.getCarriedOverFrom(), carriedFromTitle, previous.map(Roster::getId).orElse(null),
                previous.map(Roster::getTitle).orElse(null), next.map(Roster::getId).orElse(null),
                roster.clamp(today()));
    }

    private List<RosterSummary> summaries(List<Roster> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Roster::getId).toList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : members.countsPerRoster(ids)) {
            counts.put((Long) row[0], new long[] {(Long) row[1], row[2] == null ? 0 : ((Number) row[2]).longValue()});
        }
        Map<Long, Map<Long, Long>> active = activePerRegion(ids);
        return page.stream().map(r -> {
            long[] c = counts.getOrDefault(r.getId(), new long[2]);
            Map<Long, Long> perRegion = active.getOrDefault(r.getId(), Map.of());
            long activeToday = perRegion.values().stream().mapToLong(Long::longValue).sum();
            int regionsShort = (int) r.getTargets().entrySet().stream()
                    .filter(t -> perRegion.getOrDefault(t.getKey(), 0L) < t.getValue()).count();
            int targetTotal = r.getTargets().values().stream().mapToInt(Integer::intValue).sum();
            return new RosterSummary(r.getId(), r.getVersion(), r.getProgramme(), r.getYear(), r.getTitle(),
                    r.getStartsOn(), r.getEndsOn(), c[0], activeToday, targetTotal, regionsShort,
                    r.getCarriedOverFrom());
        }).toList();
    }

    /** Active members per roster and region, each roster counted on its reference day. */
    private Map<Long, Map<Long, Long>> activePerRegion(Collection<Long> rosterIds) {
        Map<Long, Map<Long, Long>> result = new HashMap<>();
        for (Object[] row : members.activePerRegion(rosterIds, today())) {
            result.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((Long) row[1], (Long) row[2]);
        }
        return result;
    }

    /** The details normalised and checked, including that no other roster has the programme and year. */
    private RosterDetails checked(RosterDetails typed, Long rosterId) {
        var details = typed.normalised();
        List<FieldProblem> problems = new ArrayList<>();
        try {
            validator.check(details);
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        if (details.startsOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
            problems.add(new FieldProblem("endsOn", "roster.endsOn.beforeStart"));
        }
        Set<Long> regionIds = regions.findAll().stream().map(Region::getId).collect(Collectors.toSet());
        details.targets().forEach((regionId, monitors) -> {
            if (regionId == null || !regionIds.contains(regionId)) {
                problems.add(new FieldProblem("targets", "roster.target.unknownRegion"));
            } else if (monitors != null && (monitors < 0 || monitors > Roster.TARGET_MAX)) {
                problems.add(new FieldProblem("targets", "roster.target.range"));
            }
        });
        if (details.programme() != null && details.year() != null) {
            rosters.findByProgrammeAndYear(details.programme(), details.year())
                    .filter(other -> !Objects.equals(other.getId(), rosterId))
                    .ifPresent(other -> problems.add(new FieldProblem("year", "roster.programmeYear.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().distinct().toList());
        }
        return details;
    }

    /** Member details normalised and checked against the roster: dates within its period, a known region. */
    private MemberDetails checked(Roster roster, MemberDetails typed) {
        var details = typed.normalised();
        List<FieldProblem> problems = new ArrayList<>();
        try {
            validator.check(details);
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        if (details.startsOn() != null && !roster.covers(details.startsOn())) {
            problems.add(new FieldProblem("startsOn", "roster.member.startsOn.outsideRoster"));
        }
        if (details.endsOn() != null && (!roster.covers(details.endsOn())
                || details.startsOn() != null && details.endsOn().isBefore(details.startsOn()))) {
            problems.add(new FieldProblem("endsOn", "roster.member.endsOn.invalid"));
        }
        if (details.regionId() != null && regions.findById(details.regionId()).isEmpty()) {
            problems.add(new FieldProblem("regionId", "roster.member.region.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return details;
    }

    /** Saves a roster; the unique key on programme and year decides between two organisers at once. */
    private Roster saveRoster(Roster roster) {
        try {
            return rosters.saveAndFlush(roster);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("year", "roster.programmeYear.taken");
        }
    }

    /** Keeps the next year's "returning" mark of this address in step with whether it is on this roster. */
    private void markNextYear(Roster roster, String email, boolean returning) {
        rosters.findByProgrammeAndYear(roster.getProgramme(), roster.getYear() + 1)
                .ifPresent(next -> members.markReturning(next.getId(), email, returning));
    }

    /** Within the member's dates, and the status of the last change that took effect by then was active. */
    private static boolean wasActiveOn(RosterMember m, List<MemberChange> history, LocalDate day) {
        if (day.isBefore(m.getStartsOn()) || m.getEndsOn() != null && day.isAfter(m.getEndsOn())) {
            return false;
        }
        MemberStatus status = MemberStatus.ACTIVE;
        for (MemberChange change : history) {
            if (!change.getEffectiveOn().isAfter(day)) {
                status = change.getStatus();
            }
        }
        return status == MemberStatus.ACTIVE;
    }

    private static PersonRef ref(RosterMember m) {
        return new PersonRef(m.getId(), m.getFullName());
    }

    private static String pattern(RosterFilter filter) {
        String text = Texts.blankToNull(filter.text());
        return text == null ? null : Texts.likeContains(text);
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
