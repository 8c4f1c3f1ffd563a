package org.npmportal.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The chair moved a candidate away from the proposal's outcome, and wrote why. */
@Entity
@Table(name = "selection_override")
class ChairOverride {

    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_outcome", nullable = false, length = 20)
    private Outcome from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_outcome", nullable = false, length = 20)
    private Outcome to;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ChairOverride() {
    }

    ChairOverride(long roundId, long candidateId, Outcome from, Outcome to, String reason, String decidedBy,
            Instant decidedAt) {
        this.roundId = roundId;
        this.candidateId = candidateId;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    long candidateId() {
        return candidateId;
    }

    Outcome from() {
        return from;
    }

    Outcome to() {
        return to;
    }

    String reason() {
        return reason;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}
