package org.npmportal.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff user with the COMMISSION role who rates in one round; one member per round chairs it. */
@Entity
@Table(name = "selection_member")
class CommissionMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private boolean chair;

    /** When the member submitted their ratings as complete; their scores are final from then on. */
    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected CommissionMember() {
    }

    CommissionMember(long roundId, long userId, boolean chair) {
        this.roundId = roundId;
        this.userId = userId;
        this.chair = chair;
    }

    Long getId() {
        return id;
    }

    long getRoundId() {
        return roundId;
    }

    long getUserId() {
        return userId;
    }

    boolean isChair() {
        return chair;
    }

    void setChair(boolean chair) {
        this.chair = chair;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    boolean submitted() {
        return submittedAt != null;
    }
}
