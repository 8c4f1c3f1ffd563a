package org.npmportal.roster;

import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.InputValidator;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.UserFacingException;
import org.npmportal.directory.Region;
import org.npmportal.directory.RegionRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts people on rosters, the one way for every path (by hand, from a selection round, by carry-over):
 * finds or creates the roster of a programme and year, marks people who were on the year before as
 * returning, writes the first step of their history and the audit record. Runs inside its caller's
 * transaction, and checks no access itself: its callers do (the service by role; the selection listener
 * acts on a decision that selection has already authorised).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Enrolment {

    static final String ROSTER = "roster";
    static final String MEMBER = "roster_member";
    private static final String MEMBER_UNIQUE_KEY = "uk_roster_member_email";

    private final RosterRepository rosters;
    private final RosterMemberRepository members;
    private final MemberChangeRepository changes;
    private final RegionRepository regions;
    private final InputValidator validator;
    private final AuditLog audit;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;

    Enrolment(RosterRepository rosters, RosterMemberRepository members, MemberChangeRepository changes,
            RegionRepository regions, InputValidator validator, AuditLog audit, SecurityContextHolderStrategy security,
            Clock clock) {
        this.rosters = rosters;
        this.members = members;
        this.changes = changes;
        this.regions = regions;
        this.validator = validator;
        this.audit = audit;
        this.security = security;
        this.clock = clock;
    }

    /** The roster of the programme and year, created for the calendar year when there is none yet; locked. */
    Roster rosterFor(String programme, int year) {
        var found = rosters.findByProgrammeAndYear(programme.strip(), year);
        if (found.isPresent()) {
            return lock(found.get().getId());
        }
        return created(programme, year);
    }

    /** A new roster is this transaction's own until it commits, so it needs no lock. */
    private Roster created(String programme, int year) {
        var details = RosterDetails.forYear(programme, year).normalised();
        validator.check(details);
        var roster = new Roster(details.programme(), year, clock.instant());
        roster.apply(details, clock.instant());
        var saved = rosters.saveAndFlush(roster);
        audit.record("ROSTER_CREATED", ROSTER, saved.getId(), describe(saved));
        return saved;
    }

    /** The same programme's roster of the year before, if there is one. */
    Optional<Roster> previous(Roster roster) {
        return rosters.findByProgrammeAndYear(roster.getProgramme(), roster.getYear() - 1);
    }

    /** The addresses on the year before's roster: whoever is among them returns. */
    Set<String> previousEmails(Roster roster) {
        return previous(roster).map(p -> new HashSet<>(members.emailsOn(p.getId()))).orElseGet(HashSet::new);
    }

    /**
     * The roster, locked until the transaction ends. Adding people and changing addresses take this lock
     * first, so that two organisers adding the same person at once go one after the other and the second
     * finds the first's member (the isolation level is READ COMMITTED).
     */
    Roster lock(long rosterId) {
        return rosters.lockById(rosterId).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    /**
     * Adds a person whose details are already normalised and checked, to a roster locked with {@link #lock}.
     * Someone already on it is refused with a message on the address field; the table's unique key backs
     * this up should any path ever write without the lock.
     *
     * @throws InvalidInputException when the address is on the roster already
     */
    RosterMember enrol(Roster roster, MemberDetails details, MemberSource source, Long roundId, boolean returning) {
        if (members.existsByRosterIdAndEmail(roster.getId(), details.email())) {
            throw new InvalidInputException("email", "roster.member.email.onRoster");
        }
        Region region = region(details.regionId());
        var member = new RosterMember(roster, source, roundId, returning, clock.instant());
        member.apply(details, region, clock.instant());
        RosterMember saved = save(member);
        changes.save(new MemberChange(saved.getId(), details.startsOn(), MemberChange.Kind.JOINED, saved.getRole(),
                saved.getStatus(), null, clock.instant(), actor()));
        audit.record("ROSTER_MEMBER_ADDED", MEMBER, saved.getId(), "roster " + roster.getId() + ", " + source
                + (roundId == null ? "" : " round " + roundId) + ", role " + saved.getRole()
                + ", region " + region.getCode() + (returning ? ", returning" : ""));
        return saved;
    }

    /**
     * Writes the member at once, so that the roster's unique key on the address is checked here and, should
     * it ever fire, shows as the message on the address field rather than an error page.
     */
    RosterMember save(RosterMember member) {
        try {
            return members.saveAndFlush(member);
        } catch (DataIntegrityViolationException e) {
            if (isDuplicateMember(e)) {
                throw new InvalidInputException("email", "roster.member.email.onRoster");
            }
            throw e;
        }
    }

    Region region(Long regionId) {
        return regionId == null ? null : regions.findById(regionId)
                .orElseThrow(() -> new InvalidInputException("regionId", "roster.member.region.required"));
    }

    String actor() {
        var authentication = security.getContext().getAuthentication();
        return authentication == null ? AuditLog.SYSTEM : authentication.getName();
    }

    static String describe(Roster r) {
        return "programme=" + r.getProgramme() + ", year=" + r.getYear() + ", title=" + r.getTitle()
                + ", period=" + r.getStartsOn() + ".." + r.getEndsOn() + ", targets=" + r.getTargets().size();
    }

    /** Whether the insert broke the roster's one-row-per-address key, as opposed to any other rule. */
    private static boolean isDuplicateMember(DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(MEMBER_UNIQUE_KEY)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(MEMBER_UNIQUE_KEY)) {
                return true;
            }
        }
        return false;
    }
}
