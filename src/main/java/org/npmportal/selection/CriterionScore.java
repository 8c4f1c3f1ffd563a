package org.npmportal.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One member's score for one candidate on one criterion, with an optional comment. */
@Entity
@Table(name = "selection_score")
class CriterionScore {

    public static final int COMMENT_MAX = 1000;

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

    @Column(name = "score", nullable = false)
    private int value;

    @Column(length = COMMENT_MAX)
    private String comment;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CriterionScore() {
    }

    CriterionScore(long roundId, long candidateId, long criterionId, long memberId) {
        this.roundId = roundId;
        this.candidateId = candidateId;
        this.criterionId = criterionId;
        this.memberId = memberId;
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

    int value() {
        return value;
    }

    String comment() {
        return comment;
    }

    void set(int value, String comment, Instant now) {
        this.value = value;
        this.comment = comment;
        this.updatedAt = now;
    }
}
