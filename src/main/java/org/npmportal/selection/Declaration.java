package org.npmportal.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's statement, at a recorded time, that they have or have not a conflict of interest with a candidate. */
@Entity
@Table(name = "selection_declaration")
class Declaration {

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false)
    private boolean conflict;

    @Column(length = REASON_MAX)
    private String reason;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected Declaration() {
    }

    Declaration(long roundId, long candidateId, long memberId, boolean conflict, String reason, Instant declaredAt) {
        this.roundId = roundId;
        this.candidateId = candidateId;
        this.memberId = memberId;
        this.conflict = conflict;
        this.reason = reason;
        this.declaredAt = declaredAt;
    }

    long candidateId() {
        return candidateId;
    }

    long memberId() {
        return memberId;
    }

    boolean conflict() {
        return conflict;
    }

    String reason() {
        return reason;
    }

    Instant declaredAt() {
        return declaredAt;
    }
}
