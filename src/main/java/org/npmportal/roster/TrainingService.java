package org.npmportal.roster;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.FieldProblem;
import org.npmportal.base.InputValidator;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.base.i18n.Language;
import org.npmportal.registration.InvitationResult;
import org.npmportal.registration.ParticipantService;
import org.npmportal.registration.RegistrationRequest;
import org.npmportal.registration.AttendanceHistory;
import org.npmportal.registration.SeminarAttended;
import org.npmportal.seminar.Seminar;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training requirements of rosters and who has met them. A member meets a requirement by attending one of
 * its seminars on every day, matched to their seminar registrations by e-mail address. Organisers invite
 * those who have not to the next of its seminars that takes registrations, through registration's own
 * invitations: each gets a personal link in their language.
 */
@Service
@Transactional
public class TrainingService {

    private static final String ENTITY = "training_requirement";

    private final TrainingRequirementRepository requirements;
    private final RosterRepository rosters;
    private final RosterMemberRepository members;
    private final AttendanceHistory attendance;
    private final ParticipantService participants;
    private final InputValidator validator;
    private final AuditLog audit;
    private final EntityManager em;
    private final Clock clock;

    TrainingService(TrainingRequirementRepository requirements, RosterRepository rosters,
            RosterMemberRepository members, AttendanceHistory attendance, ParticipantService participants,
            InputValidator validator, AuditLog audit, EntityManager em, Clock clock) {
        this.requirements = requirements;
        this.rosters = rosters;
        this.members = members;
        this.attendance = attendance;
        this.participants = participants;
        this.validator = validator;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
    }

    // ---- reading ----

    /** The roster's requirements, each with how many active members have met it and where to invite the rest. */
    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public List<RequirementRow> requirements(long rosterId) {
        List<TrainingRequirement> found = requirements.findOnRoster(rosterId);
        List<RosterMember> active = members.findOnRoster(rosterId).stream()
                .filter(m -> m.getStatus() == MemberStatus.ACTIVE).toList();
        var attended = attendance.byEmail(active.stream().map(RosterMember::getEmail).toList());
        Instant now = clock.instant();
        return found.stream().map(q -> {
            int met = (int) active.stream().filter(m -> metBy(q, attended.get(m.getEmail())) != null).count();
            return row(q, met, active.size() - met, now);
        }).toList();
    }

    /** A page of the roster's members with their standing on each requirement, by region and name. */
    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public List<TrainingRow> status(long rosterId, TrainingFilter filter, Pageable pageable) {
        List<TrainingRow> all = statusOf(rosterId, filter);
        int from = (int) Math.min(all.size(), pageable.isPaged() ? pageable.getOffset() : 0);
        int to = pageable.isPaged() ? Math.min(all.size(), from + pageable.getPageSize()) : all.size();
        return all.subList(from, to);
    }

    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public long countStatus(long rosterId, TrainingFilter filter) {
        return statusOf(rosterId, filter).size();
    }

    /** The seminars this person attended and their standing on the requirements of every roster they are on. */
    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public ProfileTraining profile(String email) {
        List<SeminarAttended> attended = attendance.byEmail(List.of(email)).getOrDefault(email, List.of());
        List<RosterMember> memberships = members.findByEmail(email);
        Map<Long, List<TrainingRequirement>> byRoster = requirements.findOnRosters(
                        memberships.stream().map(m -> m.getRoster().getId()).toList()).stream()
                .collect(Collectors.groupingBy(q -> q.getRoster().getId()));
        List<ProfileTraining.RosterTraining> rosterTraining = new ArrayList<>();
        for (RosterMember m : memberships) {
            List<TrainingRequirement> qs = byRoster.getOrDefault(m.getRoster().getId(), List.of());
            if (!qs.isEmpty()) {
                rosterTraining.add(new ProfileTraining.RosterTraining(m.getRoster().getId(), m.getRoster().getTitle(),
                        qs.stream().map(q -> new RequirementStatus(q.getId(), q.getName(), metBy(q, attended)))
                                .toList()));
            }
        }
        return new ProfileTraining(attended, rosterTraining);
    }

    /**
     * Of these members of a roster, those who have not met a requirement to be met before a first visit.
     * Recording a visit asks, so that the organiser is warned.
     */
    @PreAuthorize(RosterService.READERS)
    @Transactional(readOnly = true)
    public Set<Long> notReadyForFirstVisit(long rosterId, Collection<Long> memberIds) {
        List<TrainingRequirement> beforeVisit = requirements.findOnRoster(rosterId).stream()
                .filter(TrainingRequirement::isBeforeFirstVisit).toList();
        if (beforeVisit.isEmpty() || memberIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> wanted = new HashSet<>(memberIds);
        List<RosterMember> team = members.findOnRoster(rosterId).stream().filter(m -> wanted.contains(m.getId()))
                .toList();
        var attended = attendance.byEmail(team.stream().map(RosterMember::getEmail).toList());
        return team.stream()
                .filter(m -> beforeVisit.stream().anyMatch(q -> metBy(q, attended.get(m.getEmail())) == null))
                .map(RosterMember::getId)
                .collect(Collectors.toSet());
    }

    /** Every seminar that is not cancelled, newest first, for choosing a requirement's seminars. */
    @PreAuthorize(RosterService.ORGANISERS)
    @Transactional(readOnly = true)
    public List<SeminarChoice> seminarChoices() {
        Instant now = clock.instant();
        return em.createQuery("""
                        select s from Seminar s
                        where s.status <> org.npmportal.seminar.SeminarStatus.CANCELLED and s.startsAt is not null
                        order by s.startsAt desc, s.id
                        """, Seminar.class)
                .setMaxResults(RosterService.MAX_ROWS)
                .getResultList().stream().map(s -> choice(s, now)).toList();
    }

    // ---- changing ----

    @PreAuthorize(RosterService.ORGANISERS)
    public RequirementRow addRequirement(long rosterId, RequirementDetails typed) {
        var roster = rosters.findById(rosterId).orElseThrow(TrainingService::notFound);
        var details = checked(rosterId, typed, null);
        var requirement = new TrainingRequirement(roster, clock.instant());
        requirement.apply(details.name(), details.beforeFirstVisit(), seminars(details.seminarIds()));
        var saved = requirements.saveAndFlush(requirement);
        audit.record("TRAINING_REQUIREMENT_ADDED", ENTITY, saved.getId(), describe(saved));
        return rowOf(saved);
    }

    @PreAuthorize(RosterService.ORGANISERS)
    public RequirementRow updateRequirement(long requirementId, long version, RequirementDetails typed) {
        var requirement = requirements.findLoaded(requirementId).orElseThrow(TrainingService::notFound);
        if (requirement.getVersion() != version) {
            throw new UserFacingException("error.concurrentChange");
        }
        var details = checked(requirement.getRoster().getId(), typed, requirementId);
        requirement.apply(details.name(), details.beforeFirstVisit(), seminars(details.seminarIds()));
        var saved = requirements.saveAndFlush(requirement);
        audit.record("TRAINING_REQUIREMENT_UPDATED", ENTITY, saved.getId(), describe(saved));
        return rowOf(saved);
    }

    @PreAuthorize(RosterService.ORGANISERS)
    public void removeRequirement(long requirementId) {
        var requirement = requirements.findLoaded(requirementId).orElseThrow(TrainingService::notFound);
        requirements.delete(requirement);
        audit.record("TRAINING_REQUIREMENT_REMOVED", ENTITY, requirementId, describe(requirement));
    }

    /**
     * Invites the roster's active members who have not met the requirement to its next seminar that takes
     * registrations. Each is written to in their own language, or in {@code defaultLanguage} when the roster
     * does not know it. Members whose name or address the registration form would refuse are left out and
     * counted, so that one odd name does not stop everyone else's invitation.
     */
    @PreAuthorize(RosterService.ORGANISERS)
    public TrainingInvitation inviteNotMet(long requirementId, Language defaultLanguage) {
        var requirement = requirements.findLoaded(requirementId).orElseThrow(TrainingService::notFound);
        Instant now = clock.instant();
        SeminarChoice next = nextSeminar(requirement, now);
        if (next == null) {
            throw new UserFacingException("roster.training.invite.noSeminar");
        }
        Language fallback = defaultLanguage == null ? Language.EN : defaultLanguage;
        List<RosterMember> active = members.findOnRoster(requirement.getRoster().getId()).stream()
                .filter(m -> m.getStatus() == MemberStatus.ACTIVE).toList();
        var attended = attendance.byEmail(active.stream().map(RosterMember::getEmail).toList());
        List<String> lines = new ArrayList<>();
        int leftOut = 0;
        for (RosterMember m : active) {
            if (metBy(requirement, attended.get(m.getEmail())) != null) {
                continue;
            }
            Language language = m.getLanguage() == null ? fallback : m.getLanguage();
            var request = new RegistrationRequest(m.getFullName(), m.getEmail(), null, null, null, language, null,
                    true, false, null, null).normalised();
            try {
                validator.check(request);
            } catch (InvalidInputException unfit) {
                leftOut++;
                continue;
            }
            lines.add(request.fullName() + "\t" + request.email() + "\t" + language.tag());
        }
        if (lines.isEmpty()) {
            throw new UserFacingException("roster.training.invite.nobody");
        }
        int invited = 0;
        int renewed = 0;
        int registered = 0;
        for (int from = 0; from < lines.size(); from += ParticipantService.INVITATIONS_MAX) {
            List<String> chunk = lines.subList(from, Math.min(lines.size(), from + ParticipantService.INVITATIONS_MAX));
            InvitationResult result = participants.invite(next.id(), String.join("\n", chunk), fallback);
            invited += result.invited();
            renewed += result.renewed();
            registered += result.alreadyRegistered();
        }
        audit.record("TRAINING_INVITED", ENTITY, requirementId, "seminar " + next.id() + ": " + invited
                + " invited, " + renewed + " renewed, " + registered + " already registered, " + leftOut + " left out");
        return new TrainingInvitation(next, invited, renewed, registered, leftOut);
    }

    // ---- internals ----

    private List<TrainingRow> statusOf(long rosterId, TrainingFilter filter) {
        List<TrainingRequirement> qs = requirements.findOnRoster(rosterId).stream()
                .filter(q -> filter.requirementId() == null || q.getId().equals(filter.requirementId()))
                .toList();
        List<RosterMember> all = members.findOnRoster(rosterId);
        var attended = attendance.byEmail(all.stream().map(RosterMember::getEmail).toList());
        return all.stream()
                .map(m -> new TrainingRow(MemberRow.of(m), qs.stream()
                        .map(q -> new RequirementStatus(q.getId(), q.getName(), metBy(q, attended.get(m.getEmail()))))
                        .toList()))
                .filter(row -> !filter.onlyNotMet() || !row.metAll())
                .toList();
    }

    /** The earliest seminar of the requirement the person attended on every day, or null. */
    private static SeminarAttended metBy(TrainingRequirement q, List<SeminarAttended> attended) {
        if (attended == null) {
            return null;
        }
        Set<Long> ids = q.getSeminars().stream().map(Seminar::getId).collect(Collectors.toSet());
        return attended.stream().filter(a -> ids.contains(a.seminarId()) && attendedEveryDay(a))
                .min(Comparator.comparing(SeminarAttended::firstDay, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElse(null);
    }

    /** Present on every day of the seminar, as an attendance certificate requires. */
    static boolean attendedEveryDay(SeminarAttended seminar) {
        return seminar.days() > 0 && seminar.daysAttended() >= seminar.days();
    }

    private RequirementRow rowOf(TrainingRequirement q) {
        return requirements(q.getRoster().getId()).stream().filter(r -> r.id() == q.getId()).findFirst()
                .orElseThrow();
    }

    private RequirementRow row(TrainingRequirement q, int met, int notMet, Instant now) {
        List<SeminarChoice> seminars = q.getSeminars().stream()
                .sorted(Comparator.comparing(Seminar::getStartsAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(s -> choice(s, now)).toList();
        return new RequirementRow(q.getId(), q.getVersion(), q.getName(), q.isBeforeFirstVisit(), seminars, met,
                notMet, nextSeminar(q, now));
    }

    private static SeminarChoice nextSeminar(TrainingRequirement q, Instant now) {
        return q.getSeminars().stream().filter(s -> s.isRegistrationOpen(now))
                .min(Comparator.comparing(Seminar::getStartsAtUtc).thenComparing(Seminar::getId))
                .map(s -> choice(s, now)).orElse(null);
    }

    private static SeminarChoice choice(Seminar s, Instant now) {
        return new SeminarChoice(s.getId(), s.getTitle(), s.getCity(),
                s.getStartsAt() == null ? null : s.getStartsAt().toLocalDate(),
                s.getEndsAt() == null ? null : s.getEndsAt().toLocalDate(), s.getStatus(), s.isRegistrationOpen(now));
    }

    private RequirementDetails checked(long rosterId, RequirementDetails typed, Long requirementId) {
        var details = typed.normalised();
        List<FieldProblem> problems = new ArrayList<>();
        try {
            validator.check(details);
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        if (details.name() != null && requirements.nameTaken(rosterId, details.name(), requirementId)) {
            problems.add(new FieldProblem("name", "roster.requirement.name.taken"));
        }
        if (!details.seminarIds().isEmpty() && seminars(details.seminarIds()).size() != details.seminarIds().size()) {
            problems.add(new FieldProblem("seminarIds", "roster.requirement.seminars.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return details;
    }

    private Set<Seminar> seminars(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("""
                        select s from Seminar s
                        where s.id in :ids and s.status <> org.npmportal.seminar.SeminarStatus.CANCELLED
                        """, Seminar.class)
                .setParameter("ids", ids).getResultList());
    }

    private static String describe(TrainingRequirement q) {
        return "roster " + q.getRoster().getId() + ", name=" + q.getName() + ", beforeFirstVisit="
                + q.isBeforeFirstVisit() + ", seminars=" + q.getSeminars().stream().map(Seminar::getId).sorted().toList();
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
