package org.npmportal.selection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.npmportal.audit.AuditLog;
import org.npmportal.base.InvalidInputException;
import org.npmportal.base.Texts;
import org.npmportal.base.UserFacingException;
import org.npmportal.security.StaffDirectory;
import org.npmportal.security.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A commission member's work in a round: declare a conflict of interest or its absence for each candidate,
 * score the candidates they are not recused from, and submit. Every save of a score takes the member's own
 * row lock, so two tabs of one member are serialised, while members never wait for one another: each score
 * is a row of its own, and no member's save can overwrite another's.
 */
@Service
@Transactional
public class RatingService {

    static final String COMMISSION = "hasRole('COMMISSION')";

    private final RoundAccess access;
    private final CandidateRepository candidates;
    private final CandidateCvRepository cvs;
    private final DeclarationRepository declarations;
    private final CriterionScoreRepository scores;
    private final ScoreChangeRepository changes;
    private final CommissionMemberRepository members;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final Clock clock;

    RatingService(RoundAccess access, CandidateRepository candidates, CandidateCvRepository cvs,
            DeclarationRepository declarations, CriterionScoreRepository scores, ScoreChangeRepository changes,
            CommissionMemberRepository members, StaffDirectory staff, AuditLog audit, Clock clock) {
        this.access = access;
        this.candidates = candidates;
        this.cvs = cvs;
        this.declarations = declarations;
        this.scores = scores;
        this.changes = changes;
        this.members = members;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member's list: every active candidate with their declaration and how many criteria they scored. */
    @PreAuthorize(COMMISSION)
    @Transactional(readOnly = true)
    public List<QueueItem> queue(long roundId) {
        var round = access.round(roundId);
        var member = access.requireMember(roundId);
        int criteria = round.getCriteria().size();
        var states = declarationStates(roundId, member.getId());
        var scored = scores.findByRoundIdAndMemberId(roundId, member.getId()).stream()
                .collect(Collectors.groupingBy(CriterionScore::candidateId, Collectors.counting()));
        boolean blind = round.isBlindRating();
        return candidates.findByRoundIdAndStatusOrderByCode(roundId, CandidateStatus.ACTIVE).stream()
                .map(c -> new QueueItem(c.getId(), c.getCode(), blind ? null : c.getFullName(),
                        blind ? null : c.getOrganisation(), c.getRegionId(),
                        states.getOrDefault(c.getId(), DeclarationState.NONE),
                        scored.getOrDefault(c.getId(), 0L).intValue(), criteria))
                .toList();
    }

    @PreAuthorize(COMMISSION)
    @Transactional(readOnly = true)
    public RatingProgressFigures progress(long roundId) {
        return figures(queue(roundId));
    }

    /**
     * Declares a conflict of interest with the candidate, or its absence. "No conflict" may later become
     * "conflict"; a declared conflict is final. The time of every declaration is kept.
     */
    @PreAuthorize(COMMISSION)
    public DeclarationState declare(long roundId, long candidateId, boolean conflict, String reason) {
        var round = access.round(roundId);
        requireRating(round);
        var member = access.lockMember(roundId);
        var candidate = activeCandidate(roundId, candidateId);
        String text = Texts.blankToNull(reason);
        if (conflict && text == null) {
            throw new InvalidInputException("reason", "selection.declaration.reasonRequired");
        }
        if (text != null && text.length() > Declaration.REASON_MAX) {
            throw new InvalidInputException("reason", "selection.declaration.reasonSize");
        }
        var state = state(declarations.findByCandidateIdAndMemberIdOrderByIdAsc(candidate.getId(), member.getId()));
        if (state == DeclarationState.CONFLICT) {
            throw new UserFacingException("selection.declaration.final");
        }
        if (state == DeclarationState.NO_CONFLICT && !conflict) {
            return state;
        }
        declarations.saveAndFlush(new Declaration(roundId, candidateId, member.getId(), conflict, text,
                clock.instant()));
        audit.record("DECLARATION_MADE", "selection_candidate", candidateId, "round " + roundId + ", member "
                + member.getId() + ": " + (conflict ? "conflict" : "no conflict"));
        return conflict ? DeclarationState.CONFLICT : DeclarationState.NO_CONFLICT;
    }

    /** The candidate's file, opened only after the member declared that they have no conflict with them. */
    @PreAuthorize(COMMISSION)
    @Transactional(readOnly = true)
    public CandidateFile open(long roundId, long candidateId) {
        var round = access.round(roundId);
        var member = access.requireMember(roundId);
        var candidate = activeCandidate(roundId, candidateId);
        var state = state(declarations.findByCandidateIdAndMemberIdOrderByIdAsc(candidateId, member.getId()));
        if (state != DeclarationState.NO_CONFLICT) {
            throw new UserFacingException(state == DeclarationState.CONFLICT
                    ? "selection.declaration.recused" : "selection.declaration.required");
        }
        var mine = new HashMap<Long, CandidateFile.GivenScore>();
        var others = new ArrayList<CandidateFile.OtherScore>();
        boolean showOthers = round.isScoresAfterSubmit() && member.submitted();
        Map<Long, String> names = showOthers ? memberNames(roundId) : Map.of();
        for (var score : scores.findByCandidateId(candidateId)) {
            if (score.memberId() == member.getId()) {
                mine.put(score.criterionId(), new CandidateFile.GivenScore(score.value(), score.comment()));
            } else if (showOthers) {
                others.add(new CandidateFile.OtherScore(names.get(score.memberId()), score.criterionId(),
                        score.value(), score.comment()));
            }
        }
        others.sort(java.util.Comparator.comparing(CandidateFile.OtherScore::rater)
                .thenComparing(CandidateFile.OtherScore::criterionId));
        boolean blind = round.isBlindRating();
        boolean editable = round.getPhase() == RoundPhase.RATING && !member.submitted();
        return new CandidateFile(candidate.getId(), candidate.getCode(),
                blind ? null : candidate.getFullName(), blind ? null : candidate.getEmail(),
                blind ? null : candidate.getPhone(), blind ? null : candidate.getOrganisation(),
                candidate.getRegionId(), candidate.getLanguages(), candidate.getExperience(),
                candidate.getMotivation(), !blind && cvs.existsById(candidateId), editable, mine, others);
    }

    /**
     * Saves one score (or clears it with a null value) with its optional comment, and records the change.
     * Saving the value already stored changes nothing and records nothing.
     */
    @PreAuthorize(COMMISSION)
    public RatingProgressFigures saveScore(long roundId, long candidateId, long criterionId, Integer value,
            String comment) {
        var round = access.round(roundId);
        requireRating(round);
        var member = access.lockMember(roundId);
        if (member.submitted()) {
            throw new UserFacingException("selection.rating.submitted");
        }
        activeCandidate(roundId, candidateId);
        var criterion = round.getCriteria().stream().filter(c -> c.getId() == criterionId).findFirst()
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        var state = state(declarations.findByCandidateIdAndMemberIdOrderByIdAsc(candidateId, member.getId()));
        if (state != DeclarationState.NO_CONFLICT) {
            throw new UserFacingException(state == DeclarationState.CONFLICT
                    ? "selection.declaration.recused" : "selection.declaration.required");
        }
        if (value != null && !criterion.accepts(value)) {
            throw new InvalidInputException("score", "selection.score.outsideScale");
        }
        String text = Texts.blankToNull(comment);
        if (text != null && text.length() > CriterionScore.COMMENT_MAX) {
            throw new InvalidInputException("comment", "selection.score.commentSize");
        }
        if (value == null && text != null) {
            throw new InvalidInputException("score", "selection.score.required");
        }
        var now = clock.instant();
        var stored = scores.findByCandidateIdAndCriterionIdAndMemberId(candidateId, criterionId, member.getId());
        Integer oldValue = stored.map(CriterionScore::value).orElse(null);
        String oldComment = stored.map(CriterionScore::comment).orElse(null);
        if (Objects.equals(oldValue, value) && Objects.equals(oldComment, text)) {
            return progress(roundId);
        }
        if (value == null) {
            scores.delete(stored.orElseThrow());
        } else {
            var score = stored.orElseGet(() -> new CriterionScore(roundId, candidateId, criterionId, member.getId()));
            score.set(value, text, now);
            scores.save(score);
        }
        changes.save(new ScoreChange(roundId, candidateId, criterionId, member.getId(), oldValue, value, oldComment,
                text, access.username(), now));
        // The audit log is where administrators read who changed which rating; the comment stays out of it,
        // being free text about the candidate.
        audit.record("SCORE_CHANGED", "selection_candidate", candidateId, "round " + roundId + ", criterion "
                + criterionId + ", member " + member.getId() + ": " + (oldValue == null ? "–" : oldValue) + " → "
                + (value == null ? "–" : value) + (Objects.equals(oldComment, text) ? "" : ", comment changed"));
        scores.flush();
        return progress(roundId);
    }

    /**
     * Submits the member's ratings as final: every candidate declared about and every candidate they are not
     * recused from scored on every criterion. In a round that shows scores after submitting, the member
     * then sees the others' scores.
     */
    @PreAuthorize(COMMISSION)
    public RatingProgressFigures submit(long roundId) {
        var round = access.round(roundId);
        requireRating(round);
        var member = access.lockMember(roundId);
        if (member.submitted()) {
            return progress(roundId);
        }
        var figures = progress(roundId);
        if (!figures.finished()) {
            throw new UserFacingException("selection.rating.unfinished");
        }
        member.setSubmittedAt(clock.instant());
        members.save(member);
        return figures;
    }

    // ---- helpers ----

    static RatingProgressFigures figures(List<QueueItem> queue) {
        int assigned = 0;
        int complete = 0;
        int partial = 0;
        int recused = 0;
        int undeclared = 0;
        for (var item : queue) {
            switch (item.declaration()) {
                case CONFLICT -> recused++;
                case NONE -> {
                    undeclared++;
                    assigned++;
                }
                case NO_CONFLICT -> {
                    assigned++;
                    if (item.scored() == item.criteria()) {
                        complete++;
                    } else if (item.scored() > 0) {
                        partial++;
                    }
                }
            }
        }
        return new RatingProgressFigures(assigned, complete, partial, recused, undeclared);
    }

    private Map<Long, DeclarationState> declarationStates(long roundId, long memberId) {
        return declarations.findByRoundIdAndMemberId(roundId, memberId).stream()
                .collect(Collectors.groupingBy(Declaration::candidateId)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> state(e.getValue())));
    }

    static DeclarationState state(List<Declaration> declared) {
        if (declared.isEmpty()) {
            return DeclarationState.NONE;
        }
        return declared.stream().anyMatch(Declaration::conflict) ? DeclarationState.CONFLICT
                : DeclarationState.NO_CONFLICT;
    }

    private Map<Long, String> memberNames(long roundId) {
        var list = members.findByRoundIdOrderById(roundId);
        var users = staff.byIds(list.stream().map(CommissionMember::getUserId).toList()).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::fullName));
        return list.stream().collect(Collectors.toMap(CommissionMember::getId, m -> users.get(m.getUserId())));
    }

    private Candidate activeCandidate(long roundId, long candidateId) {
        return candidates.findById(candidateId)
                .filter(c -> c.getRoundId() == roundId && c.getStatus() == CandidateStatus.ACTIVE)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private static void requireRating(SelectionRound round) {
        if (round.getPhase() != RoundPhase.RATING) {
            throw new UserFacingException("selection.rating.closed");
        }
    }
}
