package org.npmportal.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a score or its comment, kept for the audit: who, when, what it was and what it became. */
@Entity
@Table(name = "selection_score_change")
class ScoreChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(name = "criterion_id", nullable = false)
    private long criterionId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "old_score")
    private Integer oldScore;

    @Column(name = "new_score")
    private Integer newScore;

    @Column(name = "old_comment", length = CriterionScore.COMMENT_MAX)
    private String oldComment;

    @Column(name = "new_comment", length = CriterionScore.COMMENT_MAX)
    private String newComment;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ScoreChange() {
    }

    ScoreChange(long roundId, long candidateId, long criterionId, long memberId, Integer oldScore, Integer newScore,
            String oldComment, String newComment, String changedBy, Instant changedAt) {
        this.roundId = roundId;
        this.candidateId = candidateId;
        this.criterionId = criterionId;
        this.memberId = memberId;
        this.oldScore = oldScore;
        this.newScore = newScore;
        this.oldComment = oldComment;
        this.newComment = newComment;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    long candidateId() {
        return candidateId;
    }

    long criterionId() {
        return criterionId;
    }

    long memberId() {
        return memberId;
    }

    Integer oldScore() {
        return oldScore;
    }

    Integer newScore() {
        return newScore;
    }

    String oldComment() {
        return oldComment;
    }

    String newComment() {
        return newComment;
    }

    String changedBy() {
        return changedBy;
    }

    Instant changedAt() {
        return changedAt;
    }
}
