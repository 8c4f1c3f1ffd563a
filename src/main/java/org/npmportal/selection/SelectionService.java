package org.npmportal.selection;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.npmportal.directory.RegionRepository;
import org.npmportal.security.Role;
import org.npmportal.security.StaffDirectory;
import org.npmportal.security.StaffMember;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection rounds: organisers set them up (details, seats, criteria, commission) and move them through
 * their phases; commission members see the rounds they sit on.
 */
@Service
@Order(40)
@Transactional
public class SelectionService implements DashboardFigureSource {

    static final String ORGANISERS = "hasAnyRole('ORGANISER', 'ADMIN')";
    static final String SELECTION_STAFF = "hasAnyRole('ORGANISER', 'ADMIN', 'COMMISSION')";
    static final int CRITERIA_MAX = 20;
    private static final String ENTITY = "selection_round";

    private final SelectionRoundRepository rounds;
    private final CommissionMemberRepository members;
    private final CandidateRepository candidates;
    private final CriterionScoreRepository scores;
    private final DeclarationRepository declarations;
    private final RegionRepository regions;
    private final StaffDirectory staff;
    private final RoundAccess access;
    private final InputValidator validator;
    private final RatingService rating;
    private final AuditLog auditLog;
    private final Clock clock;

    SelectionService(SelectionRoundRepository rounds, CommissionMemberRepository members,
            CandidateRepository candidates, CriterionScoreRepository scores, DeclarationRepository declarations,
            RegionRepository regions, StaffDirectory staff, RoundAccess access, InputValidator validator,
            RatingService rating, AuditLog auditLog, Clock clock) {
        this.rounds = rounds;
        this.members = members;
        this.candidates = candidates;
        this.scores = scores;
        this.declarations = declarations;
        this.regions = regions;
        this.staff = staff;
        this.access = access;
        this.validator = validator;
        this.rating = rating;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // ---- Reading ----

    /** Organisers see every round, newest year first; commission members the rounds they sit on. */
    @PreAuthorize(SELECTION_STAFF)
    @Transactional(readOnly = true)
    public Page<RoundSummary> list(Pageable pageable) {
        Page<SelectionRound> page = access.isOrganiser()
                ? rounds.findAllByOrderByYearDescIdDesc(pageable)
                : rounds.findForMember(access.currentUser().id(), pageable);
        return page.map(this::summary);
    }

    @PreAuthorize(SELECTION_STAFF)
    @Transactional(readOnly = true)
    public long count() {
        return access.isOrganiser() ? rounds.count() : rounds.countForMember(access.currentUser().id());
    }

    /** The round with its seats and criteria loaded, ready for a form or a rating screen. */
    @PreAuthorize(SELECTION_STAFF)
    @Transactional(readOnly = true)
    public Optional<SelectionRound> get(long roundId) {
        var round = rounds.findById(roundId);
        if (round.isEmpty()) {
            return Optional.empty();
        }
        access.requireReader(roundId);
        return round.map(SelectionService::loadAll);
    }

    @PreAuthorize(SELECTION_STAFF)
    @Transactional(readOnly = true)
    public List<MemberRow> commission(long roundId) {
        access.requireReader(roundId);
        return memberRows(roundId);
    }

    /** Users who may sit on a commission: enabled, with the COMMISSION role. */
    @PreAuthorize(ORGANISERS)
    @Transactional(readOnly = true)
    public List<StaffMember> eligibleMembers() {
        return staff.withRole(Role.COMMISSION);
    }

    /** The signed-in user's part in the round: whether they rate in it, chair it, or steer it as organiser. */
    @PreAuthorize(SELECTION_STAFF)
    @Transactional(readOnly = true)
    public RoundRole myRole(long roundId) {
        var member = access.currentMember(roundId);
        return new RoundRole(access.isOrganiser(), member.isPresent(),
                member.map(CommissionMember::isChair).orElse(false),
                member.map(CommissionMember::submitted).orElse(false));
    }

    // ---- Organisers: changing ----

    /** Creates a round as a draft, or saves the details of an existing one. Criteria and commission are saved apart. */
    @PreAuthorize(ORGANISERS)
    public SelectionRound save(SelectionRound edited) {
        var now = clock.instant();
        if (edited.getId() == null) {
            edited.setPhase(RoundPhase.DRAFT);
            edited.setCreatedAt(now);
        } else {
            var stored = access.lockRound(edited.getId());
            if (stored.getVersion() != edited.getVersion()) {
                throw new UserFacingException("error.concurrentChange");
            }
            if (stored.getPhase().ordinal() >= RoundPhase.DECIDED.ordinal()) {
                throw new UserFacingException("selection.round.notEditable");
            }
            edited.setPhase(stored.getPhase());
            edited.setCreatedAt(stored.getCreatedAt());
            edited.setDecidedAt(stored.getDecidedAt());
            edited.setPublishedAt(stored.getPublishedAt());
            if (stored.getPhase() != RoundPhase.DRAFT && (!stored.getProgramme().equals(Texts.blankToNull(edited.getProgramme()))
                    || !stored.getYear().equals(edited.getYear()))) {
                throw new InvalidInputException("programme", "selection.programme.fixed");
            }
        }
        edited.setTitle(Texts.blankToNull(edited.getTitle()));
        edited.setProgramme(Texts.blankToNull(edited.getProgramme()));
        edited.setDescription(Texts.blankToNull(edited.getDescription()));
        validateDetails(edited);
        edited.setUpdatedAt(now);
        boolean created = edited.getId() == null;
        var saved = rounds.saveAndFlush(edited);
        auditLog.record(created ? "SELECTION_ROUND_CREATED" : "SELECTION_ROUND_UPDATED", ENTITY, saved.getId(),
                saved.getTitle());
        return loadAll(saved);
    }

    /** Replaces the round's criteria; possible only until rating starts, because scores refer to them. */
    @PreAuthorize(ORGANISERS)
    public SelectionRound replaceCriteria(long roundId, List<RatingCriterion> criteria) {
        var round = access.lockRound(roundId);
        if (!round.getPhase().criteriaEditable()) {
            throw new UserFacingException("selection.criteria.locked");
        }
        criteria.forEach(c -> {
            c.setName(Texts.blankToNull(c.getName()));
            c.setDescription(Texts.blankToNull(c.getDescription()));
            var anchors = new java.util.TreeMap<Integer, String>();
            c.getAnchors().forEach((point, label) -> {
                String text = Texts.blankToNull(label);
                if (text != null) {
                    anchors.put(point, text);
                }
            });
            c.setAnchors(anchors);
        });
        validateCriteria(criteria);
        round.setCriteria(criteria);
        round.setUpdatedAt(clock.instant());
        rounds.saveAndFlush(round);
        auditLog.record("SELECTION_CRITERIA_REPLACED", ENTITY, roundId, criteria.stream()
                .map(c -> c.getName() + " ×" + c.getWeight().stripTrailingZeros().toPlainString() + " ["
                        + c.getScaleMin() + "–" + c.getScaleMax() + "]")
                .collect(Collectors.joining("; ")));
        return loadAll(round);
    }

    /**
     * Sets who sits on the commission and who chairs it. Members who already declared or rated stay: their
     * work is part of the record.
     */
    @PreAuthorize(ORGANISERS)
    public List<MemberRow> setCommission(long roundId, Set<Long> userIds, Long chairUserId) {
        var round = access.lockRound(roundId);
        if (round.getPhase().ordinal() >= RoundPhase.DECIDED.ordinal()) {
            throw new UserFacingException("selection.round.notEditable");
        }
        if (chairUserId == null || !userIds.contains(chairUserId)) {
            throw new InvalidInputException("chair", "selection.commission.chairRequired");
        }
        for (long userId : userIds) {
            if (!staff.hasRole(userId, Role.COMMISSION)) {
                throw new InvalidInputException("members", "selection.commission.notCommissionRole");
            }
        }
        var current = members.findByRoundIdOrderById(roundId);
        var keep = new HashSet<>(userIds);
        for (var member : current) {
            if (!keep.contains(member.getUserId())) {
                boolean hasWork = !declarations.findByRoundIdAndMemberId(roundId, member.getId()).isEmpty()
                        || !scores.findByRoundIdAndMemberId(roundId, member.getId()).isEmpty();
                if (hasWork) {
                    throw new InvalidInputException("members", "selection.commission.memberHasWork");
                }
                members.delete(member);
            }
        }
        members.flush();
        var present = members.findByRoundIdOrderById(roundId).stream()
                .collect(Collectors.toMap(CommissionMember::getUserId, m -> m));
        for (long userId : userIds) {
            var member = present.get(userId);
            if (member == null) {
                members.save(new CommissionMember(roundId, userId, userId == chairUserId));
            } else {
                member.setChair(userId == chairUserId);
            }
        }
        members.flush();
        var rows = memberRows(roundId);
        auditLog.record("SELECTION_COMMISSION_SET", ENTITY, round.getId(), rows.stream()
                .map(r -> r.username() + (r.chair() ? " (chair)" : "")).collect(Collectors.joining(", ")));
        return rows;
    }

    /**
     * Moves the round one phase on (or from deliberation back to rating). Organisers open applications and
     * start rating; organisers and the chair move between rating and deliberation. Deciding and publishing
     * are {@link ResultsService}'s.
     */
    @PreAuthorize(SELECTION_STAFF)
    public SelectionRound changePhase(long roundId, RoundPhase target) {
        var round = access.lockRound(roundId);
        var from = round.getPhase();
        if (!from.next(target) || target == RoundPhase.DECIDED || target == RoundPhase.PUBLISHED) {
            throw new UserFacingException("selection.phase.notAllowed");
        }
        switch (target) {
            case APPLICATIONS_OPEN -> {
                requireOrganiser();
                requireCriteria(round);
                if (round.getApplicationsOpen() == null || round.getApplicationsClose() == null) {
                    throw new InvalidInputException("applicationsOpen", "selection.applications.windowRequired");
                }
            }
            case RATING -> {
                if (from == RoundPhase.APPLICATIONS_OPEN) {
                    requireOrganiser();
                } else {
                    access.requireOrganiserOrChair(roundId);
                }
                requireCriteria(round);
                var commission = members.findByRoundIdOrderById(roundId);
                if (commission.size() < round.getMinimumRatings()) {
                    throw new UserFacingException("selection.phase.tooFewMembers");
                }
                if (commission.stream().noneMatch(CommissionMember::isChair)) {
                    throw new UserFacingException("selection.commission.chairRequired");
                }
            }
            case DELIBERATION -> access.requireOrganiserOrChair(roundId);
            default -> throw new UserFacingException("selection.phase.notAllowed");
        }
        round.setPhase(target);
        round.setUpdatedAt(clock.instant());
        auditLog.record("SELECTION_PHASE_CHANGED", ENTITY, roundId, from + " → " + target);
        return loadAll(round);
    }

    /**
     * Organisers: rounds in progress. Commission members: for each round they rate in, the candidates they
     * still have to declare for or finish scoring, linked to their rating screen.
     */
    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DashboardFigure> dashboardFigures() {
        var figures = new ArrayList<DashboardFigure>();
        var inProgress = rounds.findByPhaseIn(List.of(RoundPhase.APPLICATIONS_OPEN, RoundPhase.RATING,
                RoundPhase.DELIBERATION, RoundPhase.DECIDED));
        if (access.isOrganiser()) {
            figures.add(new DashboardFigure("dashboard.figure.selectionRounds", inProgress.size(), "selection"));
        }
        for (var round : inProgress) {
            if (round.getPhase() != RoundPhase.RATING) {
                continue;
            }
            var member = access.currentMember(round.getId());
            if (member.isPresent() && !member.get().submitted()) {
                var progress = rating.progress(round.getId());
                figures.add(new DashboardFigure("dashboard.figure.toRate", progress.assigned() - progress.complete(),
                        "selection/" + round.getId() + "/rate"));
            }
        }
        return figures;
    }

    // ---- Rules ----

    private void requireOrganiser() {
        if (!access.isOrganiser()) {
            throw new UserFacingException("error.accessDenied");
        }
    }

    private static void requireCriteria(SelectionRound round) {
        if (round.getCriteria().isEmpty()) {
            throw new UserFacingException("selection.criteria.required");
        }
    }

    private void validateDetails(SelectionRound round) {
        validator.check(round);
        var problems = new ArrayList<FieldProblem>();
        if (round.getApplicationsOpen() != null && round.getApplicationsClose() != null
                && round.getApplicationsClose().isBefore(round.getApplicationsOpen())) {
            problems.add(new FieldProblem("applicationsClose", "selection.applicationsClose.beforeOpen"));
        }
        try {
            ZoneId.of(round.getTimeZone());
        } catch (DateTimeException | NullPointerException e) {
            problems.add(new FieldProblem("timeZone", "selection.timeZone.invalid"));
        }
        var known = regions.findAll().stream().map(r -> r.getId()).collect(Collectors.toSet());
        boolean seatsValid = round.getSeatsByRegion().entrySet().stream().allMatch(seats ->
                known.contains(seats.getKey()) && seats.getValue() != null && seats.getValue() >= 0
                        && seats.getValue() <= SelectionRound.SEATS_MAX);
        if (!seatsValid) {
            problems.add(new FieldProblem("seatsByRegion", "selection.seats.invalid"));
        } else {
            round.getSeatsByRegion().values().removeIf(seats -> seats == 0);
        }
        if (seatsValid && round.regionalSeats() > round.getTotalSeats()) {
            problems.add(new FieldProblem("seatsByRegion", "selection.seats.regionalExceedTotal"));
        }
        boolean taken = round.getId() == null
                ? rounds.existsByTitleIgnoreCase(round.getTitle())
                : rounds.existsByTitleIgnoreCaseAndIdNot(round.getTitle(), round.getId());
        if (taken) {
            problems.add(new FieldProblem("title", "selection.title.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void validateCriteria(List<RatingCriterion> criteria) {
        if (criteria.isEmpty()) {
            throw new InvalidInputException("criteria", "selection.criteria.required");
        }
        if (criteria.size() > CRITERIA_MAX) {
            throw new InvalidInputException("criteria", "selection.criteria.tooMany");
        }
        var names = new HashSet<String>();
        for (int i = 0; i < criteria.size(); i++) {
            var criterion = criteria.get(i);
            String prefix = "criteria[" + i + "].";
            try {
                validator.check(criterion);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.problems().stream()
                        .map(p -> new FieldProblem(prefix + p.field(), p.messageKey())).toList());
            }
            if (criterion.getScaleMin() >= criterion.getScaleMax()) {
                throw new InvalidInputException(prefix + "scaleMax", "selection.criterion.scale.order");
            }
            if (!names.add(criterion.getName().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException(prefix + "name", "selection.criterion.name.duplicate");
            }
            for (var anchor : criterion.getAnchors().entrySet()) {
                if (!criterion.accepts(anchor.getKey())) {
                    throw new InvalidInputException(prefix + "anchors", "selection.criterion.anchor.outside");
                }
                if (anchor.getValue().length() > RatingCriterion.ANCHOR_MAX) {
                    throw new InvalidInputException(prefix + "anchors", "selection.criterion.anchor.size");
                }
            }
        }
    }

    private List<MemberRow> memberRows(long roundId) {
        var list = members.findByRoundIdOrderById(roundId);
        var users = staff.byIds(list.stream().map(CommissionMember::getUserId).toList()).stream()
                .collect(Collectors.toMap(StaffMember::id, u -> u));
        return list.stream()
                .map(m -> {
                    var user = users.get(m.getUserId());
                    return new MemberRow(m.getId(), m.getUserId(), user.username(), user.fullName(), m.isChair(),
                            m.getSubmittedAt());
                })
                .sorted(java.util.Comparator.comparing(MemberRow::chair).reversed()
                        .thenComparing(MemberRow::fullName))
                .toList();
    }

    private RoundSummary summary(SelectionRound round) {
        return new RoundSummary(round.getId(), round.getTitle(), round.getProgramme(), round.getYear(),
                round.getPhase(), round.getApplicationsOpen(), round.getApplicationsClose(), round.getTotalSeats(),
                candidates.countByRoundIdAndStatus(round.getId(), CandidateStatus.ACTIVE));
    }

    static SelectionRound loadAll(SelectionRound round) {
        round.getSeatsByRegion().size();
        round.getCriteria().forEach(c -> c.getAnchors().size());
        return round;
    }
}
