package org.npmportal.selection;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.Texts;
import org.npmportal.base.UserFacingException;
import org.npmportal.security.StaffDirectory;
import org.npmportal.security.StaffMember;
import org.npmportal.selection.scoring.QuotaProposal;
import org.npmportal.selection.scoring.QuotaRules;
import org.npmportal.selection.scoring.Recusal;
import org.npmportal.selection.scoring.ScoreRounding;
import org.npmportal.selection.scoring.ScoreTable;
import org.npmportal.selection.scoring.ScoringInput;
import org.npmportal.selection.scoring.ScoringResult;
import org.npmportal.selection.scoring.SeatDecision;
import org.npmportal.selection.scoring.SelectionScoring;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's results, from the commission's scores to the published decision: the ranking and its figures
 * (see {@link org.npmportal.selection.scoring} for every rule), the quota proposal, the chair's decision and
 * overrides with reasons, and publication, which mails every candidate and hands the selected to the roster.
 *
 * <p>Organisers and the chair see results at any time; the other members from deliberation on.
 */
@Service
@Transactional
public class ResultsService {

    private static final String ENTITY = "selection_round";
    private static final Set<RoundPhase> MEMBERS_SEE_RESULTS = Set.of(RoundPhase.DELIBERATION, RoundPhase.DECIDED,
            RoundPhase.PUBLISHED);

    private final RoundAccess access;
    private final CandidateRepository candidates;
    private final CommissionMemberRepository members;
    private final CriterionScoreRepository scores;
    private final RoundScores roundScores;
    private final DeclarationRepository declarations;
    private final ScoreChangeRepository changes;
    private final DecisionRepository decisions;
    private final ChairOverrideRepository overrides;
    private final StaffDirectory staff;
    private final ResultMails mails;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final Clock clock;

    ResultsService(RoundAccess access, CandidateRepository candidates, CommissionMemberRepository members,
            CriterionScoreRepository scores, RoundScores roundScores, DeclarationRepository declarations,
            ScoreChangeRepository changes, DecisionRepository decisions, ChairOverrideRepository overrides,
            StaffDirectory staff, ResultMails mails, ApplicationEventPublisher events, AuditLog auditLog,
            Clock clock) {
        this.access = access;
        this.candidates = candidates;
        this.members = members;
        this.scores = scores;
        this.roundScores = roundScores;
        this.declarations = declarations;
        this.changes = changes;
        this.decisions = decisions;
        this.overrides = overrides;
        this.staff = staff;
        this.mails = mails;
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // ---- Reading ----

    @PreAuthorize(SelectionService.SELECTION_STAFF)
    @Transactional(readOnly = true)
    public RoundResults results(long roundId) {
        var round = access.round(roundId);
        requireResultsReader(round);
        var computed = compute(round);
        var decided = decisions.findByRoundIdOrderByRankAsc(roundId).stream()
                .collect(Collectors.toMap(Decision::candidateId, d -> d));
        boolean isDecided = !decided.isEmpty();
        var proposals = computed.proposal().decisions().stream()
                .collect(Collectors.toMap(SeatDecision::candidateId, SeatDecision::outcome));
        var rows = new ArrayList<ResultRow>();
        for (var result : computed.scoring().ranking()) {
            var candidate = computed.candidates().get(Long.parseLong(result.candidateId()));
            var proposed = proposals.get(result.candidateId());
            var decision = decided.get(candidate.id());
            rows.add(new ResultRow(candidate.id(), candidate.code(), candidate.fullName(),
                    candidate.organisation(), candidate.regionId(), result.rank(), result.tieRank(),
                    result.tied(), result.ratings(), result.mean(), result.median(), result.standardDeviation(),
                    result.min(), result.max(), result.zMean(), result.discuss(),
                    decision == null ? proposed : decision.proposed(),
                    decision == null ? null : decision.outcome(),
                    decision != null && decision.outcome() != Decision.outcomeOf(decision.proposed()),
                    decision == null ? null : decision.reservePosition()));
        }
        var progress = progress(round, computed);
        var regionFills = regionFills(round, rows, isDecided);
        int selected = (int) rows.stream().filter(r -> isSelected(r, isDecided)).count();
        int reserve = (int) rows.stream().filter(r -> isDecided
                ? r.outcome() == Outcome.RESERVE
                : r.proposed() == org.npmportal.selection.scoring.SeatOutcome.RESERVE).count();
        return new RoundResults(roundId, round.getTitle(), round.getPhase(), isDecided, rows,
                computed.scoring().alpha(), round.getDiscussThreshold().doubleValue(), progress, regionFills,
                round.getTotalSeats(), selected, reserve);
    }

    /** Each member's declaration for each active candidate, with reasons and times: organisers and the chair. */
    @PreAuthorize(SelectionService.SELECTION_STAFF)
    @Transactional(readOnly = true)
    public RecusalMatrix recusals(long roundId) {
        access.round(roundId);
        access.requireOrganiserOrChair(roundId);
        var memberRows = memberRows(roundId);
        var byCandidate = declarations.findByRoundIdOrderByDeclaredAtAscIdAsc(roundId).stream()
                .collect(Collectors.groupingBy(Declaration::candidateId));
        var rows = candidates.findByRoundIdAndStatusOrderByCode(roundId, CandidateStatus.ACTIVE).stream()
                .map(c -> {
                    var cells = new HashMap<Long, RecusalMatrix.Cell>();
                    byCandidate.getOrDefault(c.getId(), List.of()).stream()
                            .collect(Collectors.groupingBy(Declaration::memberId))
                            .forEach((memberId, declared) -> cells.put(memberId, cell(declared)));
                    return new RecusalMatrix.Row(c.getId(), c.getCode(), c.getFullName(), cells);
                })
                .toList();
        return new RecusalMatrix(memberRows, rows);
    }

    /** Each rater's scores, comments and total for one candidate, and every change to them. */
    @PreAuthorize(SelectionService.SELECTION_STAFF)
    @Transactional(readOnly = true)
    public CandidateBreakdown breakdown(long roundId, long candidateId) {
        var round = access.round(roundId);
        requireResultsReader(round);
        var candidate = candidates.findById(candidateId).filter(c -> c.getRoundId() == roundId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        var computed = compute(round);
        var names = memberNames(roundId);
        var criterionNames = round.getCriteria().stream()
                .collect(Collectors.toMap(RatingCriterion::getId, RatingCriterion::getName));
        var byMember = scores.findByCandidateId(candidateId).stream()
                .collect(Collectors.groupingBy(CriterionScore::memberId));
        var declared = declarations.findByCandidateIdOrderByIdAsc(candidateId).stream()
                .collect(Collectors.groupingBy(Declaration::memberId));
        var raters = new ArrayList<CandidateBreakdown.Rater>();
        for (var member : members.findByRoundIdOrderById(roundId)) {
            var memberDeclarations = declared.getOrDefault(member.getId(), List.of());
            var state = RatingService.state(memberDeclarations);
            String reason = memberDeclarations.stream().filter(Declaration::conflict).map(Declaration::reason)
                    .findFirst().orElse(null);
            var given = byMember.getOrDefault(member.getId(), List.of()).stream().collect(Collectors.toMap(
                    CriterionScore::criterionId, s -> new CandidateFile.GivenScore(s.value(), s.comment())));
            double total = computed.scoring().total(String.valueOf(member.getId()), scoringId(candidateId))
                    .orElse(Double.NaN);
            raters.add(new CandidateBreakdown.Rater(names.get(member.getId()), state, reason, total, given));
        }
        var history = changes.findByCandidateIdOrderByChangedAtAscIdAsc(candidateId).stream()
                .map(c -> new CandidateBreakdown.Change(names.get(c.memberId()), criterionNames.get(c.criterionId()),
                        c.oldScore(), c.newScore(), c.oldComment(), c.newComment(), c.changedBy(), c.changedAt()))
                .toList();
        return new CandidateBreakdown(candidateId, candidate.getCode(), candidate.getFullName(), raters, history);
    }

    @PreAuthorize(SelectionService.SELECTION_STAFF)
    @Transactional(readOnly = true)
    public List<OverrideRow> overrides(long roundId) {
        var round = access.round(roundId);
        requireResultsReader(round);
        var byId = candidates.findAllById(overrides.findByRoundIdOrderByDecidedAtAscIdAsc(roundId).stream()
                .map(ChairOverride::candidateId).toList()).stream()
                .collect(Collectors.toMap(Candidate::getId, c -> c));
        return overrides.findByRoundIdOrderByDecidedAtAscIdAsc(roundId).stream()
                .map(o -> {
                    var c = byId.get(o.candidateId());
                    return new OverrideRow(o.candidateId(), c.getCode(), c.getFullName(), o.from(), o.to(),
                            o.reason(), o.decidedBy(), o.decidedAt());
                })
                .toList();
    }

    // ---- The chair decides ----

    /**
     * Takes the decision: the proposal as it stands, with the figures it was computed from, is frozen for
     * every active candidate. Only the chair, in deliberation.
     */
    @PreAuthorize(RatingService.COMMISSION)
    public RoundResults decide(long roundId) {
        var round = access.lockRound(roundId);
        access.requireChair(roundId);
        if (round.getPhase() != RoundPhase.DELIBERATION) {
            throw new UserFacingException("selection.phase.notAllowed");
        }
        var computed = compute(round);
        var proposals = computed.proposal().decisions().stream()
                .collect(Collectors.toMap(SeatDecision::candidateId, SeatDecision::outcome));
        int reservePosition = 0;
        for (var result : computed.scoring().ranking()) {
            long candidateId = Long.parseLong(result.candidateId());
            var proposed = proposals.get(result.candidateId());
            var decision = new Decision(roundId, candidateId, result.rank(), result.tieRank(), result.ratings(),
                    rounded(result.mean()), rounded(result.median()), rounded(result.standardDeviation()),
                    rounded(result.zMean()), proposed);
            if (decision.outcome() == Outcome.RESERVE) {
                decision.setReservePosition(++reservePosition);
            }
            decisions.save(decision);
        }
        decisions.flush();
        round.setPhase(RoundPhase.DECIDED);
        round.setDecidedAt(clock.instant());
        round.setUpdatedAt(clock.instant());
        auditLog.record("SELECTION_DECIDED", ENTITY, roundId, computed.scoring().ranking().size() + " candidates");
        return results(roundId);
    }

    /** The chair moves a candidate to another outcome, with a written reason that goes into the minutes. */
    @PreAuthorize(RatingService.COMMISSION)
    public RoundResults override(long roundId, long candidateId, Outcome to, String reason) {
        var round = access.lockRound(roundId);
        access.requireChair(roundId);
        if (round.getPhase() != RoundPhase.DECIDED) {
            throw new UserFacingException("selection.override.notDecided");
        }
        String text = Texts.blankToNull(reason);
        if (text == null || text.length() < 10) {
            throw new InvalidInputException("reason", "selection.override.reasonRequired");
        }
        if (text.length() > ChairOverride.REASON_MAX) {
            throw new InvalidInputException("reason", "selection.override.reasonSize");
        }
        if (to == null) {
            throw new InvalidInputException("outcome", "selection.override.outcomeRequired");
        }
        var decision = decisions.findById(candidateId).filter(d -> d.roundId() == roundId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (decision.outcome() == to) {
            throw new InvalidInputException("outcome", "selection.override.unchanged");
        }
        var from = decision.outcome();
        decision.setOutcome(to);
        renumberReserve(roundId, decision);
        overrides.save(new ChairOverride(roundId, candidateId, from, to, text, access.username(), clock.instant()));
        auditLog.record("SELECTION_OVERRIDE", ENTITY, roundId, "candidate " + candidateId + ": " + from + " → " + to
                + ": " + text);
        return results(roundId);
    }

    /**
     * Publishes the decision: mails every active candidate their result in their language, and hands the
     * selected to the yearly roster in the same transaction. The chair or an organiser, once decided.
     */
    @PreAuthorize(SelectionService.SELECTION_STAFF)
    public RoundResults publish(long roundId) {
        var round = access.lockRound(roundId);
        access.requireOrganiserOrChair(roundId);
        if (round.getPhase() != RoundPhase.DECIDED) {
            throw new UserFacingException("selection.publish.notDecided");
        }
        var decided = decisions.findByRoundIdOrderByRankAsc(roundId);
        long selected = decided.stream().filter(d -> d.outcome() == Outcome.SELECTED).count();
        if (selected > round.getTotalSeats()) {
            throw new UserFacingException("selection.publish.tooManySelected");
        }
        var byId = candidates.findAllById(decided.stream().map(Decision::candidateId).toList()).stream()
                .collect(Collectors.toMap(Candidate::getId, c -> c));
        var handedOver = new ArrayList<SelectedMonitor>();
        for (var decision : decided) {
            var candidate = byId.get(decision.candidateId());
            mails.result(round, candidate, decision.outcome(), decision.reservePosition());
            if (decision.outcome() == Outcome.SELECTED) {
                handedOver.add(new SelectedMonitor(candidate.getId(), candidate.getFullName(), candidate.getEmail(),
                        candidate.getPhone(), candidate.getOrganisation(), candidate.getRegionId(),
                        decision.rank(), candidate.isShareContacts()));
            }
        }
        round.setPhase(RoundPhase.PUBLISHED);
        round.setPublishedAt(clock.instant());
        round.setUpdatedAt(clock.instant());
        events.publishEvent(new SelectionPublished(roundId, round.getTitle(), round.getProgramme(), round.getYear(),
                handedOver));
        auditLog.record("SELECTION_PUBLISHED", ENTITY, roundId, selected + " selected");
        return results(roundId);
    }

    // ---- Computing ----

    /** The scoring and what it was computed from, read once per request. */
    record Computed(ScoringResult scoring, QuotaProposal proposal, Map<Long, RankedCandidate> candidates,
            List<CommissionMember> members, ScoreCounts scored, List<Declaration> declarations) {
    }

    /** How many scores each member of the commission gave each active candidate. */
    static final class ScoreCounts {

        private final IdIndex members;
        private final IdIndex candidates;
        private final int[] counts;

        ScoreCounts(IdIndex members, IdIndex candidates) {
            this.members = members;
            this.candidates = candidates;
            this.counts = new int[members.size() * candidates.size()];
        }

        /** One more score, by the member and for the candidate at these positions of their indexes. */
        void add(int member, int candidate) {
            counts[member * candidates.size() + candidate]++;
        }

        int of(long memberId, long candidateId) {
            int m = members.of(memberId);
            int c = candidates.of(candidateId);
            return m < 0 || c < 0 ? 0 : counts[m * candidates.size() + c];
        }
    }

    /** Ids and their positions in sorted order, to find a stored id without boxing it: 600,000 times a page. */
    record IdIndex(long[] ids) {

        static IdIndex of(LongStream ids) {
            return new IdIndex(ids.sorted().distinct().toArray());
        }

        /** The id's position, or -1 for an id that is not there. */
        int of(long id) {
            int position = Arrays.binarySearch(ids, id);
            return position < 0 ? -1 : position;
        }

        int size() {
            return ids.length;
        }

        /** A text per id, in the same positions, as the scoring names them. */
        String[] keys(LongFunction<String> key) {
            var keys = new String[ids.length];
            for (int i = 0; i < ids.length; i++) {
                keys[i] = key.apply(ids[i]);
            }
            return keys;
        }
    }

    Computed compute(SelectionRound round) {
        long roundId = round.getId();
        var active = candidates.ranked(roundId);
        var byId = active.stream().collect(Collectors.toMap(RankedCandidate::id, c -> c));
        var commission = members.findByRoundIdOrderById(roundId);
        var criteria = round.getCriteria().stream()
                .map(c -> new org.npmportal.selection.scoring.Criterion(String.valueOf(c.getId()),
                        c.getWeight().doubleValue(), c.getScaleMin(), c.getScaleMax()))
                .toList();
        var declared = declarations.findByRoundIdOrderByDeclaredAtAscIdAsc(roundId);
        var candidateIndex = IdIndex.of(active.stream().mapToLong(RankedCandidate::id));
        var memberIndex = IdIndex.of(commission.stream().mapToLong(CommissionMember::getId));
        var criterionIndex = IdIndex.of(round.getCriteria().stream().mapToLong(RatingCriterion::getId));
        // Ids as the scoring sees them, made once per candidate, member and criterion rather than per score.
        String[] candidateKeys = candidateIndex.keys(ResultsService::scoringId);
        String[] memberKeys = memberIndex.keys(String::valueOf);
        String[] criterionKeys = criterionIndex.keys(String::valueOf);
        var scored = new ScoreCounts(memberIndex, candidateIndex);
        // Room for every score the round can hold (a complete national round: 600,000): allocated once.
        long slots = (long) memberKeys.length * candidateKeys.length * criterionKeys.length;
        var scoreTable = new ScoreTable(memberKeys, candidateKeys, criterionKeys, (int) Math.min(slots, 1 << 22));
        roundScores.read(roundId, (candidateId, criterionId, memberId, value) -> {
            int c = candidateIndex.of(candidateId);
            int m = memberIndex.of(memberId);
            if (c < 0 || m < 0) {
                return;
            }
            scored.add(m, c);
            int k = criterionIndex.of(criterionId);
            if (k >= 0) {
                scoreTable.add(m, c, k, value);
            }
        });
        var recusals = declared.stream()
                .filter(Declaration::conflict).filter(d -> byId.containsKey(d.candidateId()))
                .map(d -> new Recusal(String.valueOf(d.memberId()), scoringId(d.candidateId())))
                .distinct()
                .toList();
        var input = new ScoringInput(criteria,
                commission.stream().map(m -> String.valueOf(m.getId())).toList(),
                active.stream().map(c -> new org.npmportal.selection.scoring.Candidate(scoringId(c.id()),
                        String.valueOf(c.regionId()))).toList(),
                scoreTable, recusals);
        var scoring = SelectionScoring.score(input, round.getDiscussThreshold().doubleValue());
        var seats = round.getSeatsByRegion().entrySet().stream()
                .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue));
        var proposal = QuotaProposal.propose(scoring, new QuotaRules(seats, round.getTotalSeats(),
                round.getReserveSize(), round.getMinimumRatings()));
        return new Computed(scoring, proposal, byId, commission, scored, declared);
    }

    /**
     * A candidate's id as the scoring sees it. The scoring breaks the last tie by id as text, so ids are
     * zero-padded to one width: candidate 10 then comes after candidate 9, in the order they entered the
     * round, as the stated rule says, and not before it as "10" &lt; "9" would have it.
     */
    static String scoringId(long candidateId) {
        return "%019d".formatted(candidateId);
    }

    private List<MemberProgress> progress(SelectionRound round, Computed computed) {
        long roundId = round.getId();
        int criteria = round.getCriteria().size();
        var names = memberNames(roundId);
        var declared = computed.declarations().stream()
                .filter(d -> computed.candidates().containsKey(d.candidateId()))
                .collect(Collectors.groupingBy(Declaration::memberId,
                        Collectors.groupingBy(Declaration::candidateId)));
        var list = new ArrayList<MemberProgress>();
        for (var member : computed.members()) {
            var memberDeclared = declared.getOrDefault(member.getId(), Map.of());
            var queue = computed.candidates().values().stream()
                    .map(c -> new QueueItem(c.id(), c.code(), null, null, c.regionId(),
                            RatingService.state(memberDeclared.getOrDefault(c.id(), List.of())),
                            computed.scored().of(member.getId(), c.id()), criteria))
                    .toList();
            list.add(new MemberProgress(member.getId(), names.get(member.getId()), member.isChair(),
                    RatingService.figures(queue), member.getSubmittedAt()));
        }
        list.sort(Comparator.comparing(MemberProgress::chair).reversed().thenComparing(MemberProgress::fullName));
        return list;
    }

    private static List<RegionFill> regionFills(SelectionRound round, List<ResultRow> rows, boolean decided) {
        var candidatesByRegion = rows.stream().collect(Collectors.groupingBy(ResultRow::regionId, Collectors.counting()));
        var selectedByRegion = rows.stream().filter(r -> isSelected(r, decided))
                .collect(Collectors.groupingBy(ResultRow::regionId, Collectors.counting()));
        var regionIds = new java.util.TreeSet<Long>(round.getSeatsByRegion().keySet());
        regionIds.addAll(candidatesByRegion.keySet());
        return regionIds.stream()
                .map(id -> new RegionFill(id, round.getSeatsByRegion().getOrDefault(id, 0),
                        selectedByRegion.getOrDefault(id, 0L).intValue(),
                        candidatesByRegion.getOrDefault(id, 0L).intValue()))
                .toList();
    }

    private static boolean isSelected(ResultRow row, boolean decided) {
        return decided ? row.outcome() == Outcome.SELECTED
                : Decision.outcomeOf(row.proposed()) == Outcome.SELECTED;
    }

    private void renumberReserve(long roundId, Decision changed) {
        int position = 0;
        for (var decision : decisions.findByRoundIdOrderByRankAsc(roundId)) {
            var outcome = decision.candidateId() == changed.candidateId() ? changed.outcome() : decision.outcome();
            decision.setReservePosition(outcome == Outcome.RESERVE ? ++position : null);
        }
    }

    private static RecusalMatrix.Cell cell(List<Declaration> declared) {
        var state = RatingService.state(declared);
        var latest = declared.getLast();
        var conflict = declared.stream().filter(Declaration::conflict).findFirst();
        return conflict.map(d -> new RecusalMatrix.Cell(state, d.reason(), d.declaredAt()))
                .orElse(new RecusalMatrix.Cell(state, null, latest.declaredAt()));
    }

    private void requireResultsReader(SelectionRound round) {
        if (access.isOrganiser() || access.isChair(round.getId())) {
            return;
        }
        access.requireMember(round.getId());
        if (!MEMBERS_SEE_RESULTS.contains(round.getPhase())) {
            throw new UserFacingException("selection.results.notYet");
        }
    }

    private List<MemberRow> memberRows(long roundId) {
        var list = members.findByRoundIdOrderById(roundId);
        var users = users(list);
        return list.stream().map(m -> {
            var user = users.get(m.getUserId());
            return new MemberRow(m.getId(), m.getUserId(), user.username(), user.fullName(), m.isChair(),
                    m.getSubmittedAt());
        }).toList();
    }

    private Map<Long, String> memberNames(long roundId) {
        var list = members.findByRoundIdOrderById(roundId);
        var users = users(list);
        return list.stream().collect(Collectors.toMap(CommissionMember::getId, m -> users.get(m.getUserId()).fullName()));
    }

    private Map<Long, StaffMember> users(List<CommissionMember> list) {
        return staff.byIds(list.stream().map(CommissionMember::getUserId).toList()).stream()
                .collect(Collectors.toMap(StaffMember::id, u -> u));
    }

    private static BigDecimal rounded(double value) {
        return Double.isFinite(value) ? ScoreRounding.display(value) : null;
    }
}
